// Durations as inputs give them (`90s`, `5m`, `1h30m`) and as logs show them.
import { inputError, quoted, readString } from "./inputs.ts";

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `5m`, `24h`, `1h30m`, `250ms`, `0s`. A bare number is refused: its unit would be a guess. */
export const DURATION_PATTERN = /^(\d+(ms|s|m|h|d))+$/;

export function parseDuration(text: string): number | undefined {
  if (!DURATION_PATTERN.test(text)) return undefined;
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
  const value = readString(name) || fallback;
  const ms = parseDuration(value);
  if (ms === undefined) {
    throw inputError(name, `must be a duration such as 90s, 5m or 24h, got ${quoted(value)}`, fallback);
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
      `must be whole minutes, got ${readString("metric-period")}: CloudWatch publishes the per-color metrics once a minute, so a shorter period gives no finer data`,
      "60s",
    );
  }
  return ms / 1000;
}
