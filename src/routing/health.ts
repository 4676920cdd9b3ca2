import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import type { TargetHealth } from "../routers/alb/elbv2.ts";

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

/** The gate before traffic moves: every serving target healthy, and at least `minHealthy` of them. */
export function judgeHealth(color: Color, targets: TargetHealth[], minHealthy: number): HealthVerdict {
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
  return { ...verdict, ok: true };
}

export function describeTarget(t: TargetHealth): string {
  const where = t.port ? `${t.id}:${t.port}` : t.id;
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
): Promise<HealthVerdict & { ms: number }> {
  const started = Date.now();
  let nextProgress = started + 5_000;
  for (;;) {
    const verdict = judgeHealth(color, await describe(), minHealthy);
    const ms = Date.now() - started;
    if (verdict.ok || ms >= timeoutMs) return { ...verdict, ms };
    if (Date.now() >= nextProgress) {
      const waiting = verdict.serving.filter((t) => t.state !== "healthy");
      core.info(
        `Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeTargets(waiting)}; ${formatDuration(timeoutMs - ms)} left.`,
      );
      nextProgress += 5_000;
    }
    await sleep(Math.min(pollMs, Math.max(0, timeoutMs - ms)));
  }
}
