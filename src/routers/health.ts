import type { Color } from "../core/color.ts";
import { pollUntil } from "../core/poll.ts";
import type { TargetHealth } from "./port.ts";

export interface HealthVerdict {
  color: Color;
  ok: boolean;
  healthy: number;
  /** Registered targets that are not draining: the ones that would take traffic. */
  serving: TargetHealth[];
  targets: TargetHealth[];
  problem?: string;
}

const DRAINING = new Set(["draining", "unhealthy.draining"]);

/**
 * The gate before traffic moves: every serving target healthy, and at least `minHealthy` of them;
 * with several routers (`members`), at least `minHealthy` behind each, or one region would be left
 * with nothing to serve it.
 */
export function judgeHealth(color: Color, targets: TargetHealth[], minHealthy: number, members = 1): HealthVerdict {
  const serving = targets.filter((t) => !DRAINING.has(t.state));
  const healthy = serving.filter((t) => t.state === "healthy").length;
  const verdict = { color, healthy, serving, targets };
  if (healthy < minHealthy) {
    return {
      ...verdict,
      ok: false,
      problem: `${color} has ${healthy} healthy target(s); at least ${minHealthy} required (min-healthy-targets).`,
    };
  }
  if (healthy < serving.length) {
    return {
      ...verdict,
      ok: false,
      problem: `${serving.length - healthy} of ${color}'s ${serving.length} target(s) are not healthy.`,
    };
  }
  const short = members > 1 ? shortMember(serving, minHealthy, members) : undefined;
  if (short) {
    return {
      ...verdict,
      ok: false,
      problem: `${color} has ${short.healthy} healthy target(s) behind router #${short.member + 1}; at least ${minHealthy} required behind each (min-healthy-targets).`,
    };
  }
  return { ...verdict, ok: true };
}

/** The first router (member) with fewer than `minHealthy` healthy targets. */
function shortMember(serving: TargetHealth[], minHealthy: number, members: number) {
  for (let member = 0; member < members; member++) {
    const healthy = serving.filter((t) => (t.member ?? 0) === member && t.state === "healthy").length;
    if (healthy < minHealthy) return { member, healthy };
  }
  return undefined;
}

/** `10.0.1.12:8080`, or the id alone when there is no port. */
export function targetKey(t: { id: string; port?: number }): string {
  return t.port ? `${t.id}:${t.port}` : t.id;
}

export function describeTarget(t: TargetHealth): string {
  const where = targetKey(t);
  const why = [t.reason, t.description].filter(Boolean).join(": ");
  return `${where} ${t.state}${why ? ` (${why})` : ""}`;
}

export function describeTargets(targets: TargetHealth[]): string {
  return targets.length ? targets.map(describeTarget).join(", ") : "no targets registered";
}

/**
 * Waits until the color passes the health gate, with a progress line every few seconds; past the
 * timeout the verdict lists each target that is not healthy, with its state and reason code.
 */
export async function waitForHealthy(
  describe: () => Promise<TargetHealth[]>,
  color: Color,
  minHealthy: number,
  timeoutMs: number,
  pollMs = 1_000,
  members = 1,
): Promise<HealthVerdict & { ms: number }> {
  const polled = await pollUntil(
    async () => {
      const verdict = judgeHealth(color, await describe(), minHealthy, members);
      return { done: verdict.ok, value: verdict };
    },
    {
      timeoutMs,
      pollMs,
      progress: (verdict, left) =>
        `Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeTargets(verdict.serving.filter((t) => t.state !== "healthy"))}; ${left} left.`,
    },
  );
  return { ...polled.value, ms: polled.ms };
}
