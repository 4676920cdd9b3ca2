// ARNs of an Application Load Balancer's parts, as inputs name them.
import { inputError, quoted, readList, readString } from "../../core/inputs.ts";

export type ArnResource = "listener" | "listener-rule" | "targetgroup" | "loadbalancer";

const ARN_EXAMPLES: Record<ArnResource, string> = {
  listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
  "listener-rule":
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee",
  targetgroup: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app-blue/6d0ecf831eec9f09",
  loadbalancer: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188",
};

const ARN_RESOURCE_PATTERNS: Record<ArnResource, RegExp> = {
  listener: /^listener\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/[0-9a-f]+$/,
  "listener-rule": /^listener-rule\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/[0-9a-f]+\/[0-9a-f]+$/,
  targetgroup: /^targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/,
  loadbalancer: /^loadbalancer\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/,
};

const ARN_PATTERN =
  /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):elasticloadbalancing:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):(.+)$/;

export interface Arn {
  value: string;
  partition: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(value: string): Arn | undefined {
  const match = ARN_PATTERN.exec(value);
  if (!match) return undefined;
  const [, partition, region, account, resource] = match as unknown as [string, string, string, string, string];
  return { value, partition, region, account, resource };
}

function checkArn(name: string, value: string, type: ArnResource): Arn {
  const arn = parseArn(value);
  if (!arn || !ARN_RESOURCE_PATTERNS[type].test(arn.resource)) {
    const what = type === "listener-rule" ? "listener rule" : type === "targetgroup" ? "target group" : type;
    throw inputError(name, `is not an Application Load Balancer ${what} ARN: got ${quoted(value)}`, ARN_EXAMPLES[type]);
  }
  return arn;
}

export function readArn(name: string, type: ArnResource): Arn | undefined {
  const value = readString(name);
  return value ? checkArn(name, value, type) : undefined;
}

export function readRequiredArn(name: string, type: ArnResource): Arn {
  const value = readString(name);
  if (!value) throw inputError(name, "is required but was empty", ARN_EXAMPLES[type]);
  return checkArn(name, value, type);
}

export function readArnList(name: string, type: ArnResource): Arn[] {
  const arns = readList(name).map((value) => checkArn(name, value, type));
  const seen = new Set<string>();
  for (const arn of arns) {
    if (seen.has(arn.value)) throw inputError(name, `lists ${quoted(arn.value)} twice`, ARN_EXAMPLES[type]);
    seen.add(arn.value);
  }
  return arns;
}
