// The inputs every router reads alike, declared and read once, before the router's own: the region
// for the AWS services a step uses beside the router, and the read-back and retry budgets.
import { REGION_PATTERN, readRegion } from "../core/aws-region.ts";
import { readDuration } from "../core/durations.ts";
import { readInteger } from "../core/inputs.ts";
import { duration, integer, string } from "../core/shapes.ts";
import type { NeutralSettings, RouterInput } from "./port.ts";

export const NEUTRAL_INPUTS: RouterInput[] = [
  {
    name: "aws-region",
    description:
      "AWS region of the AWS services cutover calls: the router's, when it is in AWS (router alb: defaults to the region in the ARNs, and when given must match them), and CloudWatch's and CloudFront's. Empty: the ARNs' region, else AWS_REGION or AWS_DEFAULT_REGION, else us-east-1.",
    shape: string("eu-west-1", REGION_PATTERN),
  },
  {
    name: "verify-timeout",
    description:
      "How long to read the routes back after a write until every one shows the new weights (a router's API may answer before it stores them), such as 30s or 2m.",
    default: "60s",
    shape: duration("60s"),
  },
  {
    name: "max-attempts",
    description: "Attempts per call to the router's API (AWS: with the SDK's adaptive retry for throttling).",
    default: "5",
    shape: integer(5),
  },
];

export function readNeutralSettings(): NeutralSettings {
  return {
    region: readRegion("aws-region"),
    verifyTimeoutMs: readDuration("verify-timeout", "60s", 15 * 60_000),
    maxAttempts: readInteger("max-attempts", 5, { min: 1, max: 20 }),
  };
}

/** The region for CloudWatch and CloudFront where no ARN names one: as the AWS SDK and CLI find it. */
export function regionBesideRouter(neutral: NeutralSettings): string {
  return neutral.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
}
