// ELBv2 target groups: registration, draining, attributes and the health that the sandbox's
// health checker writes into each target.
import { randomBytes } from "node:crypto";
import { AwsFault } from "./faults.ts";
import { list, type QueryParams, type QueryValue, text, type XmlValue } from "./query.ts";

export interface Target {
  id: string;
  port: number;
  state: string;
  reason?: string;
  description?: string;
  /** Consecutive health check results, for the thresholds. */
  passes: number;
  failures: number;
  /** When a draining target leaves the group. */
  drainUntil?: number;
}

export interface HealthCheck {
  path: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  matcher: string;
}

export interface TargetGroup {
  arn: string;
  name: string;
  port: number;
  protocol: string;
  targets: Target[];
  attributes: Record<string, string>;
  healthCheck: HealthCheck;
}

const DEFAULT_ATTRIBUTES = {
  "deregistration_delay.timeout_seconds": "300",
  "stickiness.enabled": "false",
  "stickiness.type": "lb_cookie",
  "stickiness.lb_cookie.duration_seconds": "86400",
  "slow_start.duration_seconds": "0",
  "load_balancing.algorithm.type": "round_robin",
};

/**
 * ALB health-checks a target group only while a listener default action or rule forwards to it;
 * otherwise its targets are `unused` (TargetHealth.Reason `Target.NotInUse` in the ELBv2 API
 * reference; "Health checks for your target groups" in the ALB guide).
 */
export function markUnused(target: Target): void {
  Object.assign(target, {
    state: "unused",
    reason: "Target.NotInUse",
    description: "Target group is not configured to receive traffic from the load balancer",
    passes: 0,
    failures: 0,
  });
}

/** A target of a group that a rule starts to use is checked from the start, as a newly registered one. */
export function markInUse(target: Target): void {
  if (target.state !== "unused") return;
  Object.assign(target, {
    state: "initial",
    reason: "Elb.InitialHealthChecking",
    description: "Initial health checks in progress",
  });
}

function sameTarget(t: Target, wanted: { id: string; port: number }): boolean {
  return t.id === wanted.id && (wanted.port === 0 || t.port === wanted.port);
}

export class TargetGroups {
  readonly byArn = new Map<string, TargetGroup>();
  /** Real milliseconds per AWS millisecond: health intervals and deregistration delays shrink by it. */
  timeScale = 1;
  /** Whether a listener or rule forwards to the group, at any weight: set by the ELBv2 that owns the routes. */
  inUse: (arn: string) => boolean = () => true;
  readonly #arnPrefix: string;
  readonly #loadBalancerArn: string;

  constructor(arnPrefix: string, loadBalancerArn: string) {
    this.#arnPrefix = arnPrefix;
    this.#loadBalancerArn = loadBalancerArn;
  }

  create(name: string, port = 80, healthCheck: Partial<HealthCheck> = {}): TargetGroup {
    const group: TargetGroup = {
      arn: `${this.#arnPrefix}targetgroup/${name}/${randomBytes(8).toString("hex")}`,
      name,
      port,
      protocol: "HTTP",
      targets: [],
      attributes: { ...DEFAULT_ATTRIBUTES },
      healthCheck: {
        path: "/health",
        intervalSeconds: 30,
        timeoutSeconds: 5,
        healthyThreshold: 5,
        unhealthyThreshold: 2,
        matcher: "200",
        ...healthCheck,
      },
    };
    this.byArn.set(group.arn, group);
    return group;
  }

  get(arn: QueryValue | undefined): TargetGroup {
    const group = this.byArn.get(text(arn) ?? "");
    if (!group) throw new AwsFault("TargetGroupNotFound", `Target groups '${text(arn)}' not found`);
    return group;
  }

  /** The group's targets, less those whose draining has ended. */
  targetsOf(group: TargetGroup): Target[] {
    const now = Date.now();
    group.targets = group.targets.filter((t) => t.drainUntil === undefined || t.drainUntil > now);
    return group.targets;
  }

  register(group: TargetGroup, id: string, port: number): Target {
    const existing = this.targetsOf(group).find((t) => sameTarget(t, { id, port }));
    const target = existing ?? { id, port, state: "initial", passes: 0, failures: 0 };
    Object.assign(target, {
      state: "initial",
      reason: "Elb.RegistrationInProgress",
      description: "Target registration is in progress",
      drainUntil: undefined,
      passes: 0,
      failures: 0,
    });
    if (!existing) group.targets.push(target);
    if (!this.inUse(group.arn)) markUnused(target);
    return target;
  }

  deregister(group: TargetGroup, target: Target): void {
    if (target.drainUntil !== undefined) return;
    const delayMs = Number(group.attributes["deregistration_delay.timeout_seconds"]) * 1000 * this.timeScale;
    Object.assign(target, {
      state: "draining",
      reason: "Target.DeregistrationInProgress",
      description: "Target deregistration is in progress",
      drainUntil: Date.now() + delayMs,
    });
  }

  // --- the API ---

  handle(action: string, params: QueryParams): XmlValue | undefined {
    switch (action) {
      case "DescribeTargetGroups": {
        const wanted = list(params.TargetGroupArns).map(String);
        const groups = wanted.length ? wanted.map((arn) => this.get(arn)) : [...this.byArn.values()];
        return { TargetGroups: groups.map((g) => this.#groupXml(g)) };
      }
      case "DescribeTargetHealth":
        return this.#describeHealth(params);
      case "RegisterTargets":
        return this.#register(params);
      case "DeregisterTargets":
        return this.#deregister(params);
      case "DescribeTargetGroupAttributes":
        return { Attributes: this.#attributes(this.get(params.TargetGroupArn)) };
      case "ModifyTargetGroupAttributes":
        return this.#modifyAttributes(params);
      default:
        return undefined;
    }
  }

  #targets(params: QueryParams): { id: string; port: number }[] {
    return list(params.Targets).map((t) => {
      const target = t as { Id?: string; Port?: string };
      return { id: target.Id ?? "", port: Number(target.Port ?? 0) };
    });
  }

  #register(params: QueryParams): XmlValue {
    const group = this.get(params.TargetGroupArn);
    const targets = this.#targets(params);
    if (targets.length === 0)
      throw new AwsFault(
        "ValidationError",
        "1 validation error detected: Value null at 'targets' failed to satisfy constraint: Member must not be null",
      );
    for (const t of targets) {
      if (!/^\d+\.\d+\.\d+\.\d+$/.test(t.id))
        throw new AwsFault("InvalidTarget", `The IP address '${t.id}' is not a valid IPv4 address`);
    }
    for (const t of targets) this.register(group, t.id, t.port || group.port);
    return {};
  }

  #deregister(params: QueryParams): XmlValue {
    const group = this.get(params.TargetGroupArn);
    const wanted = this.#targets(params);
    // DeregisterTargets of a target that is not registered succeeds and changes nothing.
    const found = wanted.map((w) => this.targetsOf(group).find((t) => sameTarget(t, w)));
    for (const target of found) if (target) this.deregister(group, target);
    return {};
  }

  #attributes(group: TargetGroup): XmlValue {
    return Object.entries(group.attributes).map(([Key, Value]) => ({ Key, Value }));
  }

  #modifyAttributes(params: QueryParams): XmlValue {
    const group = this.get(params.TargetGroupArn);
    const changes = list(params.Attributes).map((a) => a as { Key?: string; Value?: string });
    for (const a of changes) {
      if (!a.Key || !(a.Key in group.attributes))
        throw new AwsFault("ValidationError", `Attribute key '${a.Key}' is not recognized`);
    }
    for (const a of changes) group.attributes[a.Key as string] = a.Value ?? "";
    return { Attributes: this.#attributes(group) };
  }

  #describeHealth(params: QueryParams): XmlValue {
    const group = this.get(params.TargetGroupArn);
    const wanted = this.#targets(params);
    const unregistered = (w: { id: string; port: number }): Target => ({
      ...w,
      state: "unused",
      reason: "Target.NotRegistered",
      description: "Target is not registered to the target group",
      passes: 0,
      failures: 0,
    });
    const targets = wanted.length
      ? wanted.map((w) => this.targetsOf(group).find((t) => sameTarget(t, w)) ?? unregistered(w))
      : this.targetsOf(group);
    const inUse = this.inUse(group.arn);
    for (const t of targets) if (t.state !== "draining") (inUse ? markInUse : markUnused)(t);
    return {
      TargetHealthDescriptions: targets.map((t) => ({
        Target: { Id: t.id, Port: t.port },
        HealthCheckPort: String(t.port),
        TargetHealth: { State: t.state, Reason: t.reason, Description: t.description },
      })),
    };
  }

  #groupXml(g: TargetGroup): XmlValue {
    const hc = g.healthCheck;
    return {
      TargetGroupArn: g.arn,
      TargetGroupName: g.name,
      Protocol: g.protocol,
      Port: g.port,
      TargetType: "ip",
      HealthCheckProtocol: "HTTP",
      HealthCheckPort: "traffic-port",
      HealthCheckEnabled: true,
      HealthCheckPath: hc.path,
      HealthCheckIntervalSeconds: hc.intervalSeconds,
      HealthCheckTimeoutSeconds: hc.timeoutSeconds,
      HealthyThresholdCount: hc.healthyThreshold,
      UnhealthyThresholdCount: hc.unhealthyThreshold,
      Matcher: { HttpCode: hc.matcher },
      // TargetGroup.LoadBalancerArns: the load balancers that route to the group; none while no rule uses it.
      LoadBalancerArns: this.inUse(g.arn) ? [this.#loadBalancerArn] : [],
    };
  }
}
