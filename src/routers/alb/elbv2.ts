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
import { untilAborted } from "../../core/cancel.ts";
import { awsCall } from "../../core/errors.ts";
import type { ClientOptions, TargetHealth } from "../port.ts";

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
  describeListenerActions(arns: string[]): Promise<Map<string, Action[]>>;
  describeRuleActions(arns: string[]): Promise<Map<string, Action[]>>;
  /** Route writes take a signal: a cancelled run aborts the write in flight and its retries. */
  modifyListenerActions(arn: string, actions: Action[], signal?: AbortSignal): Promise<void>;
  modifyRuleActions(arn: string, actions: Action[], signal?: AbortSignal): Promise<void>;
  /** The URL a listener answers on: the load balancer's DNS name, the listener's protocol and port. */
  listenerUrl(listenerArn: string): Promise<URL>;
  describeTargetHealth(targetGroupArn: string): Promise<TargetHealth[]>;
  describeTags(arns: string[]): Promise<Map<string, Tags>>;
  registerTargets(targetGroupArn: string, targets: TargetRef[]): Promise<void>;
  deregisterTargets(targetGroupArn: string, targets: TargetRef[]): Promise<void>;
  describeTargetGroupSettings(targetGroupArn: string): Promise<TargetGroupSettings>;
  addTags(arn: string, tags: Tags): Promise<void>;
  removeTags(arn: string, keys: string[]): Promise<void>;
}

export function createLoadBalancerPort(options: ClientOptions): LoadBalancerPort {
  return new SdkLoadBalancer(
    new ElasticLoadBalancingV2Client({
      region: options.region,
      maxAttempts: options.maxAttempts,
      retryMode: "adaptive",
    }),
  );
}

/**
 * The client for writes that put a router back: a short retry budget of its own, so that they never
 * queue behind a cancelled write's backoff or the adaptive mode's rate limiter, and each attempt
 * bounded, so that they finish inside the runner's 7.5 s cancel grace.
 */
export function createUrgentLoadBalancerPort(options: ClientOptions): LoadBalancerPort {
  return new SdkLoadBalancer(
    new ElasticLoadBalancingV2Client({
      region: options.region,
      maxAttempts: URGENT_ATTEMPTS,
      retryMode: "standard",
      requestHandler: { requestTimeout: URGENT_REQUEST_TIMEOUT_MS, connectionTimeout: 1_000 },
    }),
  );
}

const URGENT_ATTEMPTS = 4;
const URGENT_REQUEST_TIMEOUT_MS = 2_000;

export class SdkLoadBalancer implements LoadBalancerPort {
  readonly #client: ElasticLoadBalancingV2Client;

  constructor(client: ElasticLoadBalancingV2Client) {
    this.#client = client;
  }

  async describeListenerActions(arns: string[]): Promise<Map<string, Action[]>> {
    const out = await awsCall("ELBv2", "DescribeListeners", () =>
      this.#client.send(new DescribeListenersCommand({ ListenerArns: arns })),
    );
    return new Map((out.Listeners ?? []).map((l) => [l.ListenerArn ?? "", l.DefaultActions ?? []]));
  }

  async describeRuleActions(arns: string[]): Promise<Map<string, Action[]>> {
    const out = await awsCall("ELBv2", "DescribeRules", () => this.#client.send(new DescribeRulesCommand({ RuleArns: arns })));
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
    const command = new ModifyListenerCommand({ ListenerArn: arn, DefaultActions: actions });
    await awsCall("ELBv2", "ModifyListener", () => untilAborted(this.#client.send(command, { abortSignal: signal }), signal));
  }

  async modifyRuleActions(arn: string, actions: Action[], signal?: AbortSignal): Promise<void> {
    const command = new ModifyRuleCommand({ RuleArn: arn, Actions: actions });
    await awsCall("ELBv2", "ModifyRule", () => untilAborted(this.#client.send(command, { abortSignal: signal }), signal));
  }

  async describeTargetHealth(targetGroupArn: string): Promise<TargetHealth[]> {
    const out = await awsCall("ELBv2", "DescribeTargetHealth", () =>
      this.#client.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })),
    );
    return (out.TargetHealthDescriptions ?? []).map((d) => ({
      id: d.Target?.Id ?? "?",
      port: d.Target?.Port,
      state: d.TargetHealth?.State ?? "unknown",
      reason: d.TargetHealth?.Reason,
      description: d.TargetHealth?.Description,
    }));
  }

  async describeTags(arns: string[]): Promise<Map<string, Tags>> {
    const out = await awsCall("ELBv2", "DescribeTags", () => this.#client.send(new DescribeTagsCommand({ ResourceArns: arns })));
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

  async describeTargetGroupSettings(targetGroupArn: string): Promise<TargetGroupSettings> {
    const [groups, attributes] = await Promise.all([
      awsCall("ELBv2", "DescribeTargetGroups", () =>
        this.#client.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [targetGroupArn] })),
      ),
      awsCall("ELBv2", "DescribeTargetGroupAttributes", () =>
        this.#client.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn })),
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

  async addTags(arn: string, tags: Tags): Promise<void> {
    const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    await awsCall("ELBv2", "AddTags", () => this.#client.send(new AddTagsCommand({ ResourceArns: [arn], Tags })));
  }

  async removeTags(arn: string, keys: string[]): Promise<void> {
    await awsCall("ELBv2", "RemoveTags", () => this.#client.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: keys })));
  }
}
