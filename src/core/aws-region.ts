// An AWS region as an input names it: every router that talks to CloudWatch or CloudFront reads one.
import { inputError, quoted, readString } from "./inputs.ts";

export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function readRegion(name: string): string | undefined {
  const value = readString(name);
  if (!value) return undefined;
  if (!REGION_PATTERN.test(value)) throw inputError(name, `is not an AWS region, got ${quoted(value)}`, "eu-west-1");
  return value;
}
