import * as core from "./runner.ts";
import { hideUserinfo, maskUserinfo, shownUrl } from "./urls.ts";

/**
 * A mistake in what the user gave us (inputs, router layout, tags), as opposed to a bug or an
 * outage. The runner reports it as one `::error::` line, without a stack trace.
 */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

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

let aliases: Record<string, string> = {};

/**
 * Reads a step's inputs under other names: the one-step root action gives each phase's inputs
 * their own names (`paths` of warm-caches is `warm-paths` there), and errors name what the user set.
 */
export function readingAs<T>(names: Record<string, string>, read: () => T): T {
  const saved = aliases;
  aliases = names;
  try {
    return read();
  } finally {
    aliases = saved;
  }
}

function inputName(name: string): string {
  return aliases[name] ?? name;
}

export function inputError(name: string, problem: string, example: string): ConfigurationError {
  const shown = inputName(name);
  return new ConfigurationError(`Input '${shown}' ${problem}. Example: ${shown}: ${example}`);
}

function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

/** The raw input, trimmed; '' when unset. Kept separate so that every reader sees the same value. */
function raw(name: string): string {
  return core.getInput(inputName(name)).trim();
}

export function readString(name: string, fallback = ""): string {
  return raw(name) || fallback;
}

export function readRequiredString(name: string, example: string): string {
  const value = raw(name);
  if (!value) throw inputError(name, "is required but was empty", example);
  return value;
}

/** Items separated by commas and/or newlines; blanks dropped. */
export function readList(name: string): string[] {
  return raw(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const TRUE_WORDS = new Set(["true", "True", "TRUE"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE"]);

/** YAML 1.2 core-schema booleans only: `yes`/`on` are mistakes, not truths. */
export function readBoolean(name: string, fallback: boolean): boolean {
  const value = raw(name);
  if (!value) return fallback;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw inputError(name, `must be true or false, got ${show(value)}`, String(fallback));
}

export function readInteger(name: string, fallback: number, range: { min: number; max: number }): number {
  const value = raw(name);
  if (!value) return fallback;
  if (!/^-?\d+$/.test(value)) throw inputError(name, `must be a whole number, got ${show(value)}`, String(fallback));
  const parsed = Number(value);
  if (parsed < range.min || parsed > range.max) {
    throw inputError(name, `must be between ${range.min} and ${range.max}, got ${parsed}`, String(fallback));
  }
  return parsed;
}

/** `1%`, `0.5%` or a fraction such as `0.01`; returned as a fraction. */
export function readPercent(name: string, fallback: string): number {
  const value = raw(name) || fallback;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value);
  const fraction = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!match || fraction > 1 || (!match[2] && Number(match[1]) > 1)) {
    throw inputError(name, `must be a percentage such as 1% or a fraction such as 0.01, got ${show(value)}`, fallback);
  }
  return fraction;
}

export function readChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = raw(name);
  if (!value) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw inputError(name, `must be one of ${choices.join(", ")}, got ${show(value)}`, fallback);
}

/** A choice that may be left empty: undefined then. */
export function readOptionalChoice<T extends string>(name: string, choices: readonly T[]): T | undefined {
  if (!raw(name)) return undefined;
  return readChoice(name, choices, choices[0] as T);
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `5m`, `24h`, `1h30m`, `250ms`, `0s`. A bare number is refused: its unit would be a guess. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(ms|s|m|h|d))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h|d)/g)) {
    total += Number(amount) * (DURATION_UNITS_MS[unit as string] as number);
  }
  return total;
}

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1_000);
  if (minutes < 60) return seconds ? `${minutes}m${seconds}s` : `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
}

/** A duration in milliseconds. */
export function readDuration(name: string, fallback: string, max = DURATION_UNITS_MS.d! * 365): number {
  const value = raw(name) || fallback;
  const ms = parseDuration(value);
  if (ms === undefined) {
    throw inputError(name, `must be a duration such as 90s, 5m or 24h, got ${show(value)}`, fallback);
  }
  if (ms > max) throw inputError(name, `must be at most ${formatDuration(max)}, got ${value}`, fallback);
  return ms;
}

/**
 * metric-period in seconds. ALB publishes its CloudWatch metrics once a minute, so a shorter
 * period gives no finer data (and shows empty periods between the minutes): whole minutes only.
 */
export function readMetricPeriod(): number {
  const ms = readDuration("metric-period", "60s", 3_600_000);
  if (ms < 60_000 || ms % 60_000 !== 0) {
    throw inputError(
      "metric-period",
      `must be whole minutes, got ${raw("metric-period")}: ALB publishes its CloudWatch metrics once a minute, so a shorter period gives no finer data`,
      "60s",
    );
  }
  return ms / 1000;
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
    throw inputError(name, `is not an Application Load Balancer ${what} ARN: got ${show(value)}`, ARN_EXAMPLES[type]);
  }
  return arn;
}

export function readArn(name: string, type: ArnResource): Arn | undefined {
  const value = raw(name);
  return value ? checkArn(name, value, type) : undefined;
}

export function readRequiredArn(name: string, type: ArnResource): Arn {
  const value = raw(name);
  if (!value) throw inputError(name, "is required but was empty", ARN_EXAMPLES[type]);
  return checkArn(name, value, type);
}

export function readArnList(name: string, type: ArnResource): Arn[] {
  const arns = readList(name).map((value) => checkArn(name, value, type));
  const seen = new Set<string>();
  for (const arn of arns) {
    if (seen.has(arn.value)) throw inputError(name, `lists ${show(arn.value)} twice`, ARN_EXAMPLES[type]);
    seen.add(arn.value);
  }
  return arns;
}

export function readUrl(name: string, example = "https://test.example.com/health"): URL | undefined {
  const value = raw(name);
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw inputError(name, `is not a URL, got ${show(hideUserinfo(value))} (a scheme such as https:// is required)`, example);
  }
  maskUserinfo(url);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw inputError(name, `must be an http:// or https:// URL, got ${show(shownUrl(url))}`, example);
  }
  return url;
}

export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function readRegion(name: string): string | undefined {
  const value = raw(name);
  if (!value) return undefined;
  if (!REGION_PATTERN.test(value)) throw inputError(name, `is not an AWS region, got ${show(value)}`, "eu-west-1");
  return value;
}
