import type { Color } from "../../core/color.ts";
import { CutoverError, describeError } from "../../core/errors.ts";
import * as core from "../../core/runner.ts";
import { describeMembers, memberKey } from "../health.ts";
import type { CallOptions, MemberHealth, PoolPort, Setting } from "../port.ts";
import { AlbClient } from "./client.ts";
import type { TargetGroupSettings, TargetRef } from "./elbv2.ts";
import { parseTarget } from "./targets.ts";

/** Attributes that two colors' target groups should share, beside the health check. */
const ATTRIBUTES = [
  "deregistration_delay.timeout_seconds",
  "stickiness.enabled",
  "stickiness.type",
  "stickiness.lb_cookie.duration_seconds",
  "slow_start.duration_seconds",
  "load_balancing.algorithm.type",
];

/** Each color is a target group: its targets' health, its settings, and registering targets. */
export class AlbPool extends AlbClient implements PoolPort {
  readonly verbs = { retire: "DeregisterTargets", restore: "RegisterTargets" };
  health(color: Color, options: CallOptions = {}): Promise<MemberHealth[]> {
    return this.client(options).describeTargetHealth(this.config.pools[color], options.signal);
  }

  async settings(color: Color, options: CallOptions = {}): Promise<Setting[]> {
    return settingsOf(await this.client(options).describeTargetGroupSettings(this.config.pools[color], options.signal));
  }

  retire(color: Color, targets: MemberHealth[]): Promise<void> {
    return this.lb.deregisterTargets(this.config.pools[color], targets.map(refOf));
  }

  restore(color: Color, targets: MemberHealth[]): Promise<void> {
    return this.lb.registerTargets(this.config.pools[color], targets.map(refOf));
  }

  async register(color: Color, items: string[], replace: boolean): Promise<void> {
    const arn = this.config.pools[color];
    const targets = items.map((item) => parseTarget(item) as TargetRef);
    const before = await this.lb.describeTargetHealth(arn);
    const standby = `The standby keeps ${describeMembers(before, "target")}; the active color was not touched.`;
    core.info(`RegisterTargets on the standby: ${targets.map(memberKey).join(", ")}`);
    await this.lb.registerTargets(arn, targets).catch((error: unknown) => {
      throw new CutoverError(`RegisterTargets on the standby failed: ${describeError(error)} ${standby} Nothing was tagged.`);
    });
    if (!replace) return;
    const wanted = new Set(targets.map(memberKey));
    const stale = before.filter((t) => t.state !== "draining" && !wanted.has(memberKey(t)) && !wanted.has(t.id));
    if (stale.length === 0) return;
    core.info(`DeregisterTargets on the standby (replace-targets): ${stale.map(memberKey).join(", ")}`);
    await this.lb.deregisterTargets(arn, stale.map(refOf)).catch((error: unknown) => {
      throw new CutoverError(
        `DeregisterTargets on the standby (replace-targets) failed: ${describeError(error)} The new targets ${targets.map(memberKey).join(", ")} are registered next to the old ones (${stale.map(memberKey).join(", ")}), which may be partly deregistered; the active color was not touched. Nothing was tagged; re-run deploy-standby.`,
      );
    });
  }
}

function refOf(t: MemberHealth): TargetRef {
  return { id: t.id, port: t.port };
}

function settingsOf(g: TargetGroupSettings): Setting[] {
  const pairs: [string, unknown][] = [
    ["protocol", g.protocol],
    ["port", g.port],
    ["health check protocol", g.healthCheckProtocol],
    ["health check path", g.healthCheckPath],
    ["health check matcher", g.matcher],
    ["health check interval (s)", g.intervalSeconds],
    ["health check timeout (s)", g.timeoutSeconds],
    ["healthy threshold", g.healthyThreshold],
    ["unhealthy threshold", g.unhealthyThreshold],
    ...ATTRIBUTES.map((key): [string, unknown] => [key, g.attributes[key]]),
  ];
  return pairs.map(([name, value]) => ({ name, value: value === undefined ? "" : String(value) }));
}
