import type { Color } from "../core/color.ts";
import { pollUntil } from "../core/poll.ts";
import type { MemberHealth } from "./port.ts";

export interface HealthVerdict {
  color: Color;
  /** The router's word for a pool member, for what is said of this verdict. */
  member: string;
  ok: boolean;
  healthy: number;
  /** Registered targets that are not draining: the ones that would take traffic. */
  serving: MemberHealth[];
  targets: MemberHealth[];
  problem?: string;
}

const DRAINING = new Set(["draining"]);

/**
 * The gate before traffic moves: every serving target healthy, and at least `minHealthy` of them;
 * with several routers (`members`), at least `minHealthy` behind each, or one region would be left
 * with nothing to serve it.
 */
export function judgeHealth(
  color: Color,
  targets: MemberHealth[],
  minHealthy: number,
  members = 1,
  member = "member",
): HealthVerdict {
  const serving = targets.filter((t) => !DRAINING.has(t.state));
  const healthy = serving.filter((t) => t.state === "healthy").length;
  const verdict = { color, member, healthy, serving, targets };
  if (healthy < minHealthy) {
    return {
      ...verdict,
      ok: false,
      problem: `${color} has ${healthy} healthy ${member}(s); at least ${minHealthy} required (min-healthy-targets).`,
    };
  }
  if (healthy < serving.length) {
    return {
      ...verdict,
      ok: false,
      problem: `${serving.length - healthy} of ${color}'s ${serving.length} ${member}(s) are not healthy.`,
    };
  }
  const short = members > 1 ? shortMember(serving, minHealthy, members) : undefined;
  if (short) {
    return {
      ...verdict,
      ok: false,
      problem: `${color} has ${short.healthy} healthy ${member}(s) behind router #${short.member + 1}; at least ${minHealthy} required behind each (min-healthy-targets).`,
    };
  }
  return { ...verdict, ok: true };
}

/** The first router (member) with fewer than `minHealthy` healthy targets. */
function shortMember(serving: MemberHealth[], minHealthy: number, members: number) {
  for (let member = 0; member < members; member++) {
    const healthy = serving.filter((t) => (t.member ?? 0) === member && t.state === "healthy").length;
    if (healthy < minHealthy) return { member, healthy };
  }
  return undefined;
}

/** `10.0.1.12:8080`, or the id alone when there is no port. */
export function memberKey(t: { id: string; port?: number }): string {
  return t.port ? `${t.id}:${t.port}` : t.id;
}

export function describeMember(t: MemberHealth): string {
  const where = memberKey(t);
  const why = [t.reason, t.description].filter(Boolean).join(": ");
  return `${where} ${t.word ?? t.state}${why ? ` (${why})` : ""}`;
}

/** Each member with its state; `member` names them when there are none (ALB: no targets). */
export function describeMembers(targets: MemberHealth[], member = "member"): string {
  return targets.length ? targets.map(describeMember).join(", ") : `no ${member}s`;
}

/**
 * Waits until the color passes the health gate, with a progress line every few seconds; past the
 * timeout the verdict lists each target that is not healthy, with its state and reason code.
 */
export async function waitForHealthy(
  describe: () => Promise<MemberHealth[]>,
  color: Color,
  minHealthy: number,
  timeoutMs: number,
  pollMs = 1_000,
  members = 1,
  member = "member",
): Promise<HealthVerdict & { ms: number }> {
  const polled = await pollUntil(
    async () => {
      const verdict = judgeHealth(color, await describe(), minHealthy, members, member);
      return { done: verdict.ok, value: verdict };
    },
    {
      timeoutMs,
      pollMs,
      progress: (verdict, left) =>
        `Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeMembers(
          verdict.serving.filter((t) => t.state !== "healthy"),
          member,
        )}; ${left} left.`,
    },
  );
  return { ...polled.value, ms: polled.ms };
}
