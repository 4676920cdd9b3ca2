// The ALB router's inputs: the production and test routes and the two target groups, by ARN.

import { inputError } from "../../core/inputs.ts";
import type { NeutralSettings, RouteRef, RouteRole, RouterConfig } from "../port.ts";
import { type Arn, readArn, readArnList, readRequiredArn } from "./arn.ts";

/** The ARN's resource part, after `…:123456789012:`. */
export function resourceOf(arn: string): string {
  return arn.split(":").slice(5).join(":") || arn;
}

/** `listener` or `rule`: which ELBv2 call reads and writes the route. */
export function routeKind(ref: RouteRef): "listener" | "rule" {
  return resourceOf(ref.id).startsWith("listener-rule/") ? "rule" : "listener";
}

/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
export function readAlbConfig({ region: regionInput, verifyTimeoutMs, maxAttempts }: NeutralSettings): RouterConfig {
  const listener = readArn("listener-arn", "listener");
  const rules = readArnList("rule-arns", "listener-rule");
  const testListener = readArn("test-listener-arn", "listener");
  const testRules = readArnList("test-rule-arns", "listener-rule");
  const blue = readRequiredArn("blue-target-group-arn", "targetgroup");
  const green = readRequiredArn("green-target-group-arn", "targetgroup");

  if (!listener && rules.length === 0) {
    throw inputError(
      "listener-arn",
      "is required when rule-arns is empty: name the production listener, its rules, or both",
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
    );
  }
  if (blue.value === green.value) {
    throw inputError("green-target-group-arn", "must differ from blue-target-group-arn", "the ARN of a second target group");
  }

  const routes: RouteRef[] = [
    ...(listener ? [route("listener", "production", listener, "listener-arn")] : []),
    ...rules.map((arn) => route("rule", "production", arn, "rule-arns")),
    ...(testListener ? [route("listener", "test", testListener, "test-listener-arn")] : []),
    ...testRules.map((arn) => route("rule", "test", arn, "test-rule-arns")),
  ];
  checkNoRouteTwice(routes);
  const region = resolveRegion(regionInput, [blue, green, listener, testListener, ...rules, ...testRules]);
  const production = routes.filter((r) => r.role === "production").length;
  const test = routes.length - production;
  const lb = resourceOf((listener ?? (rules[0] as Arn)).value).split("/")[2];
  return {
    kind: "alb",
    description: `ALB ${lb}: ${production} production route(s), ${test} test route(s)`,
    routes,
    pools: { blue: blue.value, green: green.value },
    verifyTimeoutMs,
    testUrlKnown: Boolean(testListener),
    testRouteInputs: ["test-listener-arn", "test-rule-arns"],
    // ALB applies any integer weight from 0 to 999 to each target group.
    capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: true },
    aws: { region, partition: blue.partition, maxAttempts },
  };
}

function route(kind: "listener" | "rule", role: RouteRole, arn: Arn, input: string): RouteRef {
  return albRoute(kind, role, arn.value, input);
}

/** A route by its ARN, named as an operator recognises it. */
export function albRoute(kind: "listener" | "rule", role: RouteRole, arn: string, input: string): RouteRef {
  const resource = resourceOf(arn);
  const parts = resource.split("/");
  const [type, , lb] = parts;
  const short =
    lb && (type === "listener" || type === "listener-rule") ? `${lb} ${kind} ${(parts.at(-1) ?? "").slice(0, 8)}` : resource;
  return { id: arn, role, name: resource, short, input };
}

function checkNoRouteTwice(routes: RouteRef[]): void {
  const seen = new Map<string, RouteRef>();
  for (const r of routes) {
    const earlier = seen.get(r.id);
    if (earlier) {
      throw inputError(r.input, `names ${r.id}, which ${earlier.input} names already`, "a route listed once only");
    }
    seen.set(r.id, r);
  }
}

/** The ARNs carry their region; the input and the environment must agree with them. */
function resolveRegion(input: string | undefined, arns: (Arn | undefined)[]): string {
  const known = arns.filter((arn): arn is Arn => arn !== undefined);
  const [first] = known as [Arn];
  for (const arn of known) {
    if (arn.region !== first.region || arn.account !== first.account) {
      throw inputError(
        "blue-target-group-arn",
        `and the routes must be in one account and region: ${first.value} is in ${first.account}/${first.region}, ${arn.value} is in ${arn.account}/${arn.region}`,
        "ARNs from the same load balancer's account and region",
      );
    }
  }
  if (input && input !== first.region) {
    throw inputError("aws-region", `is ${input}, but the ARNs are in ${first.region}`, first.region);
  }
  return first.region;
}
