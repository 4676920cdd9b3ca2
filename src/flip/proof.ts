import { formatDuration } from "../core/durations.ts";
import { describeError } from "../core/errors.ts";
import { inputError, readString, readUrl } from "../core/inputs.ts";
import { jsonAt } from "../core/json-path.ts";
import * as core from "../core/runner.ts";
import { every, sleep } from "../core/time.ts";
import { shownUrl } from "../core/urls.ts";
import type { Datapoint } from "../metrics/cloudwatch.ts";
import { Prober } from "../probe/http.ts";
import type { PoolDimensions } from "../routers/port.ts";
import type { Ports } from "../step.ts";

export interface VersionCheck {
  url: URL;
  expected: string;
  /** The response header that carries the version, unless `jsonField` is set. */
  header: string;
  /** A dotted path into a JSON body, such as `build.version`. */
  jsonField?: string;
  timeoutMs: number;
}

export interface VersionReport {
  ok: boolean;
  detail: string;
  probes: number;
  /** From the start of the check until the version was served consistently. */
  ms: number;
}

export interface DrainCheck {
  /** CloudWatch's dimensions for the old color. */
  old: PoolDimensions;
  since: number;
  periodSeconds: number;
  timeoutMs: number;
}

export interface DrainReport {
  drained: boolean;
  /** Requests the old color received in periods that began after the switch. */
  requestsAfter: number;
  lastSeenAt?: number;
  /** Complete periods CloudWatch reported with traffic through the load balancer since the switch. */
  reported: number;
  detail: string;
}

/** verify-url and the inputs that say which version it must serve; undefined without verify-url. */
export function readVersionCheck(timeoutMs: number): (Omit<VersionCheck, "expected"> & { expected?: string }) | undefined {
  const url = readUrl("verify-url", "https://shop.example.com/version");
  const expected = readString("expected-version");
  const header = readString("version-header", "x-app-version");
  const jsonField = readString("version-field") || undefined;
  if (!url) {
    if (expected)
      throw inputError(
        "expected-version",
        "is only used with verify-url, which is empty",
        "verify-url: https://shop.example.com/version",
      );
    return undefined;
  }
  if (!/^[A-Za-z0-9-]+$/.test(header))
    throw inputError("version-header", `is not an HTTP header name, got ${JSON.stringify(header)}`, "x-app-version");
  return { url, expected: expected || undefined, header, jsonField, timeoutMs };
}

/** Answers in a row that must carry the new version before the switch counts as seen. */
const CONSECUTIVE = 10;
const POLL_MS = 200;
const PROGRESS_MS = 5_000;

export function versionIn(
  body: string,
  headers: Record<string, string | string[] | undefined>,
  check: Pick<VersionCheck, "header" | "jsonField">,
): string {
  if (!check.jsonField) return String(headers[check.header.toLowerCase()] ?? "").trim();
  try {
    const value = jsonAt(JSON.parse(body), check.jsonField);
    return value === undefined ? "" : String(value);
  } catch {
    return "";
  }
}

/** Probes the URL until it answers with the new version CONSECUTIVE times in a row. */
export async function verifyVersion(check: VersionCheck, signal: AbortSignal): Promise<VersionReport> {
  const prober = new Prober({ timeoutMs: 5_000 });
  const started = Date.now();
  const seen = new Map<string, number>();
  let streak = 0;
  let probes = 0;
  const stopProgress = every(PROGRESS_MS, () =>
    core.info(
      `Waiting for ${shownUrl(check.url)} to serve ${check.expected}: seen ${tally(seen)}; ${formatDuration(Math.max(0, check.timeoutMs - (Date.now() - started)))} left.`,
    ),
  );
  try {
    while (Date.now() - started < check.timeoutMs && !signal.aborted) {
      const left = check.timeoutMs - (Date.now() - started);
      const answer = await prober.send({ url: check.url }, { readBody: Boolean(check.jsonField), signal, timeoutMs: left });
      if (signal.aborted) break;
      probes += 1;
      const version = answer.timedOut
        ? "error (no whole answer in time)"
        : answer.error
          ? `error (${answer.error})`
          : versionIn(answer.body, answer.headers, check) || `HTTP ${answer.status}`;
      seen.set(version, (seen.get(version) ?? 0) + 1);
      streak = version === check.expected ? streak + 1 : 0;
      if (streak >= CONSECUTIVE) {
        const ms = Date.now() - started;
        core.info(`verify-url served ${check.expected} ${CONSECUTIVE} times in a row after ${formatDuration(ms)}.`);
        return {
          ok: true,
          detail: `${CONSECUTIVE} answers in a row from ${check.expected} after ${formatDuration(ms)}`,
          probes,
          ms,
        };
      }
      await sleep(POLL_MS, signal);
    }
  } finally {
    stopProgress();
    prober.close();
  }
  return {
    ok: false,
    detail: `after ${formatDuration(Date.now() - started)} it still answered ${tally(seen)}`,
    probes,
    ms: Date.now() - started,
  };
}

function tally(seen: Map<string, number>): string {
  return [...seen].map(([v, n]) => `${v} ×${n}`).join(", ") || "nothing";
}

/** How often CloudWatch is read while waiting for a drain: ALB's minutes arrive one by one. */
const DRAIN_POLL_MS = 5_000;
/** Complete periods after the switch, in a row, that must show no request to the old color. */
const QUIET_PERIODS = 2;

/**
 * Judges a drain from CloudWatch alone. ALB reports a minute only once it is over, and a target
 * group that got no request has no datapoint at all, so a missing datapoint proves nothing: a
 * period counts as quiet only when the load balancer's own RequestCount shows that CloudWatch has
 * that period (requests flowed) and the old color's shows none of them.
 */
export function judgeDrain(old: Datapoint[], all: Datapoint[], since: number): DrainReport {
  const oldAt = new Map(old.map((p) => [p.at, p.value]));
  const seen = old.filter((p) => p.value > 0);
  const requestsAfter = seen.filter((p) => p.at >= since).reduce((sum, p) => sum + p.value, 0);
  const lastSeenAt = seen.length ? Math.max(...seen.map((p) => p.at)) : undefined;
  const reported = all.filter((p) => p.at >= since && p.value > 0).sort((a, b) => a.at - b.at);
  const latest = reported.slice(-QUIET_PERIODS);
  const drained = latest.length === QUIET_PERIODS && latest.every((p) => !oldAt.get(p.at));
  const served = latest.reduce((sum, p) => sum + p.value, 0);
  const detail = drained
    ? `the old color received ${requestsAfter} request(s) after the switch and none in the last ${QUIET_PERIODS} complete periods, while the load balancer served ${served}`
    : reported.length === 0
      ? "CloudWatch has not reported a complete period with traffic since the switch yet"
      : `the old color received ${requestsAfter} request(s) after the switch`;
  return { drained, requestsAfter, lastSeenAt, reported: reported.length, detail };
}

/**
 * Waits until CloudWatch shows complete periods with no request reaching the old color, or reports
 * the long tail: sticky clients, long-lived connections, clients that cache DNS.
 */
export async function confirmDrain(aws: Ports, check: DrainCheck, signal?: AbortSignal): Promise<DrainReport> {
  const periodMs = check.periodSeconds * 1000;
  const dimensions = check.old;
  const deadline = Date.now() + check.timeoutMs;
  let report: DrainReport = { drained: false, requestsAfter: 0, reported: 0, detail: "not measured" };
  let nextProgress = Date.now() + PROGRESS_MS;
  core.info(
    `Watching CloudWatch RequestCount of ${dimensions.targetGroup} until ${QUIET_PERIODS} complete periods of ${check.periodSeconds}s after the switch show requests through the load balancer and none to it.`,
  );
  try {
    const metrics = await aws.metrics();
    for (;;) {
      if (signal?.aborted) return { ...report, detail: "cancelled" };
      const now = Date.now();
      const series = await metrics.getMetrics(
        [
          { id: "old", metric: "RequestCount", stat: "Sum", ...dimensions },
          { id: "all", metric: "RequestCount", stat: "Sum", loadBalancer: dimensions.loadBalancer },
        ],
        new Date(check.since - periodMs),
        new Date(now),
        check.periodSeconds,
      );
      report = judgeDrain(series.get("old") ?? [], series.get("all") ?? [], check.since);
      if (report.drained) {
        core.info(`Drained: ${report.detail}.`);
        return report;
      }
      if (now >= deadline) break;
      if (now >= nextProgress) {
        core.info(`Not drained yet: ${report.detail}; ${formatDuration(deadline - now)} left.`);
        nextProgress += PROGRESS_MS;
      }
      await sleep(Math.min(DRAIN_POLL_MS, Math.max(0, deadline - Date.now())), signal);
    }
  } catch (error) {
    return {
      drained: false,
      requestsAfter: report.requestsAfter,
      reported: report.reported,
      detail: `CloudWatch could not be read: ${describeError(error)}`,
    };
  }
  if (report.reported === 0) {
    report.detail = `${report.detail}, within drain-timeout ${formatDuration(check.timeoutMs)}: the drain is not confirmed`;
    core.warning(`Traffic moved, but ${report.detail}. ALB publishes its metrics once a minute, after the minute ends.`);
    return report;
  }
  const tail = report.lastSeenAt ? `, the last in the period starting ${new Date(report.lastSeenAt).toISOString()}` : "";
  report.detail = `long tail: the old color received ${report.requestsAfter} request(s) after the switch${tail}, still within drain-timeout ${formatDuration(check.timeoutMs)}`;
  core.warning(`Traffic moved, but ${report.detail}. Sticky sessions or long-lived connections keep clients on the old color.`);
  return report;
}
