import {
  type Action,
  AddTagsCommand,
  DeregisterTargetsCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RegisterTargetsCommand,
  RemoveTagsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { URGENT_ATTEMPT_MS, untilAborted } from "../../core/cancel.ts";
import { awsCall } from "../../core/errors.ts";
import type { ClientOptions, MemberHealth, MemberState } from "../port.ts";

export type { Action };

export type Tags = Record<string, string>;

export interface TargetRef {
  id: string;
  port?: number;
}

/** What drift is judged on: how a target group talks to and checks its targets. */
export interface TargetGroupSettings {
  protocol: string;
  port: number;
  healthCheckPath: string;
  healthCheckProtocol: string;
  matcher: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  attributes: Record<string, string>;
}

/** What cutover needs from ELBv2, and nothing more. Tests can stand in for it. */
export interface LoadBalancerPort {
  /** Calls that may run inside a cancel's grace take a signal: a cancelled run aborts the call in flight and its retries. */
  describeListenerActions(arns: string[], signal?: AbortSignal): Promise<Map<string, Action[]>>;
  describeRuleActions(arns: string[], signal?: AbortSignal): Promise<Map<string, Action[]>>;
  modifyListenerActions(arn: string, actions: Action[], signal?: AbortSignal): Promise<void>;
  modifyRuleActions(arn: string, actions: Action[], signal?: AbortSignal): Promise<void>;
  /** The URL a listener answers on: the load balancer's DNS name, the listener's protocol and port. */
  listenerUrl(listenerArn: string): Promise<URL>;
  describeTargetHealth(targetGroupArn: string, signal?: AbortSignal): Promise<MemberHealth[]>;
  describeTags(arns: string[], signal?: AbortSignal): Promise<Map<string, Tags>>;
  registerTargets(targetGroupArn: string, targets: TargetRef[]): Promise<void>;
  deregisterTargets(targetGroupArn: string, targets: TargetRef[]): Promise<void>;
  describeTargetGroupSettings(targetGroupArn: string, signal?: AbortSignal): Promise<TargetGroupSettings>;
  addTags(arn: string, tags: Tags, signal?: AbortSignal): Promise<void>;
  removeTags(arn: string, keys: string[], signal?: AbortSignal): Promise<void>;
}

export function createLoadBalancerPort(options: ClientOptions): LoadBalancerPort {
  return new SdkLoadBalancer(
    new ElasticLoadBalancingV2Client({
      region: options.region,
      maxAttempts: options.maxAttempts,
      retryMode: "adaptive",
      // Every attempt is bounded: a call that gets no answer is retried, never waited on for ever.
      // @smithy/node-http-handler only logs a warning at requestTimeout unless throwOnRequestTimeout is set.
      requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, connectionTimeout: 3_000, throwOnRequestTimeout: true },
    }),
  );
}

/**
 * The client for calls that put a router back: one attempt per call, each bounded by the engine's
 * per-attempt timeout and thrown at it, so that the engine's own short backoff (src/routing/router.ts)
 * retries until the runner's grace ends, never queued behind the SDK's adaptive rate limiter.
 */
export function createUrgentLoadBalancerPort(options: ClientOptions): LoadBalancerPort {
  return new SdkLoadBalancer(
    new ElasticLoadBalancingV2Client({
      region: options.region,
      maxAttempts: 1,
      retryMode: "standard",
      requestHandler: { requestTimeout: URGENT_ATTEMPT_MS, connectionTimeout: 1_000, throwOnRequestTimeout: true },
    }),
  );
}

/** ELBv2 answers in well under a second; 10 s without an answer is a call to give up on and retry. */
const REQUEST_TIMEOUT_MS = 10_000;

export class SdkLoadBalancer implements LoadBalancerPort {
  readonly #client: ElasticLoadBalancingV2Client;

  constructor(client: ElasticLoadBalancingV2Client) {
    this.#client = client;
  }

  /** One call, aborted with its retries when `signal` aborts. */
  #send<T>(operation: string, send: (options: { abortSignal?: AbortSignal }) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return awsCall("ELBv2", operation, () => untilAborted(send({ abortSignal: signal }), signal));
  }

  async describeListenerActions(arns: string[], signal?: AbortSignal): Promise<Map<string, Action[]>> {
    const out = await this.#send(
      "DescribeListeners",
      (o) => this.#client.send(new DescribeListenersCommand({ ListenerArns: arns }), o),
      signal,
    );
    return new Map((out.Listeners ?? []).map((l) => [l.ListenerArn ?? "", l.DefaultActions ?? []]));
  }

  async describeRuleActions(arns: string[], signal?: AbortSignal): Promise<Map<string, Action[]>> {
    const out = await this.#send(
      "DescribeRules",
      (o) => this.#client.send(new DescribeRulesCommand({ RuleArns: arns }), o),
      signal,
    );
    return new Map((out.Rules ?? []).map((r) => [r.RuleArn ?? "", r.Actions ?? []]));
  }

  async listenerUrl(listenerArn: string): Promise<URL> {
    const out = await awsCall("ELBv2", "DescribeListeners", () =>
      this.#client.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })),
    );
    const listener = out.Listeners?.[0];
    const lbs = await awsCall("ELBv2", "DescribeLoadBalancers", () =>
      this.#client.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [listener?.LoadBalancerArn ?? ""] })),
    );
    const scheme = listener?.Protocol === "HTTPS" ? "https" : "http";
    return new URL(`${scheme}://${lbs.LoadBalancers?.[0]?.DNSName}:${listener?.Port}/`);
  }

  async modifyListenerActions(arn: string, actions: Action[], signal?: AbortSignal): Promise<void> {
    await this.#send(
      "ModifyListener",
      (o) => this.#client.send(new ModifyListenerCommand({ ListenerArn: arn, DefaultActions: actions }), o),
      signal,
    );
  }

  async modifyRuleActions(arn: string, actions: Action[], signal?: AbortSignal): Promise<void> {
    await this.#send(
      "ModifyRule",
      (o) => this.#client.send(new ModifyRuleCommand({ RuleArn: arn, Actions: actions }), o),
      signal,
    );
  }

  async describeTargetHealth(targetGroupArn: string, signal?: AbortSignal): Promise<MemberHealth[]> {
    const out = await this.#send(
      "DescribeTargetHealth",
      (o) => this.#client.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), o),
      signal,
    );
    return (out.TargetHealthDescriptions ?? []).map((d) => ({
      id: d.Target?.Id ?? "?",
      port: d.Target?.Port,
      ...memberState(d.TargetHealth?.State),
      reason: d.TargetHealth?.Reason,
      description: d.TargetHealth?.Description,
    }));
  }

  async describeTags(arns: string[], signal?: AbortSignal): Promise<Map<string, Tags>> {
    const out = await this.#send(
      "DescribeTags",
      (o) => this.#client.send(new DescribeTagsCommand({ ResourceArns: arns }), o),
      signal,
    );
    return new Map(
      (out.TagDescriptions ?? []).map((d) => [
        d.ResourceArn ?? "",
        Object.fromEntries((d.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
      ]),
    );
  }

  async registerTargets(targetGroupArn: string, targets: TargetRef[]): Promise<void> {
    await awsCall("ELBv2", "RegisterTargets", () =>
      this.#client.send(
        new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targets.map((t) => ({ Id: t.id, Port: t.port })) }),
      ),
    );
  }

  async deregisterTargets(targetGroupArn: string, targets: TargetRef[]): Promise<void> {
    await awsCall("ELBv2", "DeregisterTargets", () =>
      this.#client.send(
        new DeregisterTargetsCommand({
          TargetGroupArn: targetGroupArn,
          Targets: targets.map((t) => ({ Id: t.id, Port: t.port })),
        }),
      ),
    );
  }

  async describeTargetGroupSettings(targetGroupArn: string, signal?: AbortSignal): Promise<TargetGroupSettings> {
    const [groups, attributes] = await Promise.all([
      this.#send(
        "DescribeTargetGroups",
        (o) => this.#client.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [targetGroupArn] }), o),
        signal,
      ),
      this.#send(
        "DescribeTargetGroupAttributes",
        (o) => this.#client.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn }), o),
        signal,
      ),
    ]);
    const g = groups.TargetGroups?.[0];
    return {
      protocol: g?.Protocol ?? "",
      port: g?.Port ?? 0,
      healthCheckPath: g?.HealthCheckPath ?? "",
      healthCheckProtocol: g?.HealthCheckProtocol ?? "",
      matcher: g?.Matcher?.HttpCode ?? g?.Matcher?.GrpcCode ?? "",
      intervalSeconds: g?.HealthCheckIntervalSeconds ?? 0,
      timeoutSeconds: g?.HealthCheckTimeoutSeconds ?? 0,
      healthyThreshold: g?.HealthyThresholdCount ?? 0,
      unhealthyThreshold: g?.UnhealthyThresholdCount ?? 0,
      attributes: Object.fromEntries((attributes.Attributes ?? []).map((a) => [a.Key ?? "", a.Value ?? ""])),
    };
  }

  async addTags(arn: string, tags: Tags, signal?: AbortSignal): Promise<void> {
    const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    await this.#send("AddTags", (o) => this.#client.send(new AddTagsCommand({ ResourceArns: [arn], Tags }), o), signal);
  }

  async removeTags(arn: string, keys: string[], signal?: AbortSignal): Promise<void> {
    await this.#send(
      "RemoveTags",
      (o) => this.#client.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: keys }), o),
      signal,
    );
  }
}

/** ELBv2's TargetHealth.State (API reference: TargetHealth) in the routers' shared words, its own kept for the log. */
const STATES: Record<string, MemberState> = {
  healthy: "healthy",
  unhealthy: "unhealthy",
  initial: "starting",
  draining: "draining",
  "unhealthy.draining": "draining",
  unused: "idle",
  unavailable: "unknown",
};

function memberState(state: string | undefined): { state: MemberState; word?: string } {
  const neutral = STATES[state ?? ""] ?? "unknown";
  return state && state !== neutral ? { state: neutral, word: state } : { state: neutral };
}
