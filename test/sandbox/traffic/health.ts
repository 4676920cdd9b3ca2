// Health checks as ALB runs them: each target group's path, interval, timeout, thresholds and
// matcher, with the states and reason codes DescribeTargetHealth reports.
import { request } from "node:http";
import { markInUse, markUnused, type Target, type TargetGroup, type TargetGroups } from "../aws/target-groups.ts";

type Outcome = { ok: true } | { ok: false; reason: string; description: string };

function matcherAccepts(matcher: string, status: number): boolean {
  return matcher.split(",").some((part) => {
    const [low, high] = part.split("-").map(Number);
    return high === undefined ? status === low : status >= (low as number) && status <= high;
  });
}

function check(target: Target, group: TargetGroup, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      { host: target.id, port: target.port, path: group.healthCheck.path, timeout: timeoutMs, agent: false },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        resolve(
          matcherAccepts(group.healthCheck.matcher, status)
            ? { ok: true }
            : {
                ok: false,
                reason: "Target.ResponseCodeMismatch",
                description: `Health checks failed with these codes: [${status}]`,
              },
        );
      },
    );
    req.on("timeout", () => {
      req.destroy();
      resolve({ ok: false, reason: "Target.Timeout", description: "Request timed out" });
    });
    req.on("error", () => resolve({ ok: false, reason: "Target.FailedHealthChecks", description: "Health checks failed" }));
    req.end();
  });
}

export class HealthChecker {
  readonly #groups: TargetGroups;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  #stopped = false;

  constructor(groups: TargetGroups) {
    this.#groups = groups;
  }

  start(): void {
    for (const group of this.#groups.byArn.values()) this.#schedule(group, 0);
  }

  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
  }

  /** Runs one round now: what tests use instead of waiting for an interval. */
  async round(group: TargetGroup): Promise<void> {
    // HealthCheckTimeoutSeconds is how long a target may take to answer. The apps answer in real time,
    // so the time scale that shortens intervals and delays must not shorten it: scaled, a target of a
    // busy machine timed out (Target.Timeout) though it answered well within the configured timeout.
    const timeoutMs = group.healthCheck.timeoutSeconds * 1000;
    const targets = this.#groups.targetsOf(group).filter((t) => t.state !== "draining");
    if (!this.#groups.inUse(group.arn)) {
      for (const target of targets) markUnused(target);
      return;
    }
    for (const target of targets) markInUse(target);
    const outcomes = await Promise.all(targets.map((t) => check(t, group, timeoutMs)));
    for (const [i, target] of targets.entries()) this.#apply(target, group, outcomes[i] as Outcome);
  }

  #schedule(group: TargetGroup, delayMs: number): void {
    if (this.#stopped) return;
    const timer = setTimeout(async () => {
      await this.round(group);
      this.#schedule(group, Math.max(20, group.healthCheck.intervalSeconds * 1000 * this.#groups.timeScale));
    }, delayMs);
    timer.unref();
    this.#timers.set(group.arn, timer);
  }

  #apply(target: Target, group: TargetGroup, outcome: Outcome): void {
    if (target.state === "draining") return;
    if (outcome.ok) {
      target.passes += 1;
      target.failures = 0;
      // A newly registered target is healthy after one passing check; an unhealthy one needs the threshold.
      const needed = target.state === "initial" ? 1 : group.healthCheck.healthyThreshold;
      if (target.state !== "healthy" && target.passes >= needed) {
        Object.assign(target, { state: "healthy", reason: undefined, description: undefined });
      }
      return;
    }
    target.failures += 1;
    target.passes = 0;
    if (target.failures >= group.healthCheck.unhealthyThreshold) {
      Object.assign(target, { state: "unhealthy", reason: outcome.reason, description: outcome.description });
    } else if (target.state === "initial") {
      Object.assign(target, { reason: "Elb.InitialHealthChecking", description: "Initial health checks in progress" });
    }
  }
}
