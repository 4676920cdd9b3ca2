import type { PerColor } from "../../core/color.ts";
import {
  type Arn,
  inputError,
  readArn,
  readArnList,
  readDuration,
  readInteger,
  readRegion,
  readRequiredArn,
} from "../../core/inputs.ts";

export type RouteKind = "listener" | "rule";
/** Production routes carry the users; test routes always point at the standby. */
export type RouteRole = "production" | "test";

export interface RouteRef {
  kind: RouteKind;
  role: RouteRole;
  arn: string;
  /** The input that named this route, so that errors can point back at it. */
  input: string;
}

export interface RouterConfig {
  region: string;
  /** `aws`, `aws-cn` or `aws-us-gov`, from the ARNs. */
  partition: string;
  targetGroups: PerColor<string>;
  routes: RouteRef[];
  verifyTimeoutMs: number;
  maxAttempts: number;
}

/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
export function readRouterConfig(): RouterConfig {
  const listener = readArn("listener-arn", "listener");
  const rules = readArnList("rule-arns", "listener-rule");
  const testListener = readArn("test-listener-arn", "listener");
  const testRules = readArnList("test-rule-arns", "listener-rule");
  const blue = readRequiredArn("blue-target-group-arn", "targetgroup");
  const green = readRequiredArn("green-target-group-arn", "targetgroup");
  const regionInput = readRegion("aws-region");
  const verifyTimeoutMs = readDuration("verify-timeout", "60s", 15 * 60_000);
  const maxAttempts = readInteger("max-attempts", 5, { min: 1, max: 20 });

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
  return {
    region,
    partition: blue.partition,
    targetGroups: { blue: blue.value, green: green.value },
    routes,
    verifyTimeoutMs,
    maxAttempts,
  };
}

function route(kind: RouteKind, role: RouteRole, arn: Arn, input: string): RouteRef {
  return { kind, role, arn: arn.value, input };
}

function checkNoRouteTwice(routes: RouteRef[]): void {
  const seen = new Map<string, RouteRef>();
  for (const r of routes) {
    const earlier = seen.get(r.arn);
    if (earlier) {
      throw inputError(r.input, `names ${r.arn}, which ${earlier.input} names already`, "a route listed once only");
    }
    seen.set(r.arn, r);
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
