// The ALB's shapes for unit tests: ARNs, routes, a router config, and forward() to these tests' target groups.
import type { Action } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { PerColor } from "../../src/core/color.ts";
import type { Ports } from "../../src/ports.ts";
import { albRoute } from "../../src/routers/alb/config.ts";
import type { LoadBalancerPort } from "../../src/routers/alb/elbv2.ts";
import { alb, connectAlb } from "../../src/routers/alb/index.ts";
import type { RouteRef, RouteRole, RouterConfig, Weights } from "../../src/routers/port.ts";
import { type ForwardOptions, forwardTo } from "./forward.ts";

export const ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012";
export const GROUPS: PerColor<string> = {
  blue: `${ARN}:targetgroup/blue/aaaaaaaaaaaaaaaa`,
  green: `${ARN}:targetgroup/green/bbbbbbbbbbbbbbbb`,
};

export function route(kind: "listener" | "rule", role: RouteRole, arn: string, input?: string): RouteRef {
  const named = kind === "listener" ? "listener-arn" : "rule-arns";
  return albRoute(kind, role, arn, input ?? (role === "test" ? `test-${named}` : named));
}

export function albConfig(routes: RouteRef[], options: { verifyTimeoutMs?: number } = {}): RouterConfig {
  return {
    kind: "alb",
    description: "ALB alb",
    routes,
    pools: GROUPS,
    verifyTimeoutMs: options.verifyTimeoutMs ?? 3_000,
    testUrlKnown: routes.some((r) => r.role === "test"),
    testRouteInputs: ["test-listener-arn", "test-rule-arns"],
    capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: true },
    aws: { region: "us-east-1", partition: "aws", maxAttempts: 1 },
    // As the registry's readConfig sets them (src/routers/define.ts).
    words: alb.words,
  };
}

/** A forward to both colors' target groups (these tests' GROUPS unless given) with these weights. */
export function forward(weights: Weights, options: ForwardOptions & { groups?: PerColor<string> } = {}): Action {
  return forwardTo(options.groups ?? GROUPS, weights, options);
}

/** A step's ports over an ELBv2 client, with no CloudWatch or CloudFront. */
export function albPorts(config: RouterConfig, lb: LoadBalancerPort): Ports {
  return {
    router: connectAlb(config, lb),
    metrics: () => Promise.reject(new Error("these tests use no CloudWatch")),
    cdn: () => Promise.reject(new Error("these tests use no CloudFront")),
  };
}
