import type { TargetHealth } from "./aws/elbv2.ts";
import type { Color } from "./color.ts";

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
