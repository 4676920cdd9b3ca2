import type { TargetGroupSettings } from "../routers/alb/elbv2.ts";

export interface Difference {
  setting: string;
  active: string;
  standby: string;
}

const ATTRIBUTES = [
  "deregistration_delay.timeout_seconds",
  "stickiness.enabled",
  "stickiness.type",
  "stickiness.lb_cookie.duration_seconds",
  "slow_start.duration_seconds",
  "load_balancing.algorithm.type",
];

/** Every setting where the standby's target group differs from the active one's. */
export function compareSettings(active: TargetGroupSettings, standby: TargetGroupSettings): Difference[] {
  const pairs: [string, unknown, unknown][] = [
    ["protocol", active.protocol, standby.protocol],
    ["port", active.port, standby.port],
    ["health check protocol", active.healthCheckProtocol, standby.healthCheckProtocol],
    ["health check path", active.healthCheckPath, standby.healthCheckPath],
    ["health check matcher", active.matcher, standby.matcher],
    ["health check interval (s)", active.intervalSeconds, standby.intervalSeconds],
    ["health check timeout (s)", active.timeoutSeconds, standby.timeoutSeconds],
    ["healthy threshold", active.healthyThreshold, standby.healthyThreshold],
    ["unhealthy threshold", active.unhealthyThreshold, standby.unhealthyThreshold],
    ...ATTRIBUTES.map((key): [string, unknown, unknown] => [key, active.attributes[key], standby.attributes[key]]),
  ];
  return pairs
    .filter(([, a, s]) => String(a ?? "") !== String(s ?? ""))
    .map(([setting, a, s]) => ({ setting, active: String(a ?? "(unset)"), standby: String(s ?? "(unset)") }));
}
