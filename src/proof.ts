import * as core from "@actions/core";
import { dimensionsOf } from "./aws/dimensions.ts";
import { describeError } from "./errors.ts";
import { formatDuration, inputError, readString, readUrl } from "./inputs.ts";
import { Prober } from "./probe/http.ts";
import type { AwsPorts } from "./step.ts";
import { every, sleep } from "./time.ts";
import { shownUrl } from "./urls.ts";

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
  oldTargetGroupArn: string;
  /** Any listener or rule ARN of the load balancer, for its CloudWatch dimension. */
  routeArn: string;
  since: number;
  periodSeconds: number;
  timeoutMs: number;
}

export interface DrainReport {
  drained: boolean;
  /** Requests the old color received in periods that began after the switch. */
  requestsAfter: number;
  lastSeenAt?: number;
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
    let value: unknown = JSON.parse(body);
    for (const key of check.jsonField.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
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

/**
 * Waits until CloudWatch shows no request reaching the old color for two whole periods, or
 * reports the long tail: sticky clients, long-lived connections, clients that cache DNS.
 */
export async function confirmDrain(aws: AwsPorts, check: DrainCheck): Promise<DrainReport> {
  const periodMs = check.periodSeconds * 1000;
  const dimensions = dimensionsOf(check.oldTargetGroupArn, check.routeArn);
  const deadline = Date.now() + check.timeoutMs;
  let report: DrainReport = { drained: false, requestsAfter: 0, detail: "not measured" };
  let nextProgress = Date.now() + PROGRESS_MS;
  core.info(
    `Watching CloudWatch RequestCount of ${dimensions.targetGroup} until it stays at zero for two periods of ${check.periodSeconds}s.`,
  );
  try {
    const metrics = await aws.metrics();
    for (;;) {
      const now = Date.now();
      const series = await metrics.getMetrics(
        [{ id: "old", metric: "RequestCount", stat: "Sum", ...dimensions }],
        new Date(check.since - periodMs),
        new Date(now),
        check.periodSeconds,
      );
      const points = (series.get("old") ?? []).filter((p) => p.value > 0);
      const lastSeenAt = points.length ? Math.max(...points.map((p) => p.at + periodMs)) : undefined;
      const requestsAfter = points.filter((p) => p.at >= check.since).reduce((sum, p) => sum + p.value, 0);
      const quietFor = now - Math.max(lastSeenAt ?? check.since, check.since);
      report = { drained: quietFor >= 2 * periodMs, requestsAfter, lastSeenAt, detail: "" };
      if (report.drained) {
        report.detail = `the old color received ${requestsAfter} request(s) after the switch and none for ${formatDuration(quietFor)}`;
        core.info(`Drained: ${report.detail}.`);
        return report;
      }
      if (now >= deadline) break;
      if (now >= nextProgress) {
        core.info(
          `The old color still receives requests (${requestsAfter} since the switch); ${formatDuration(deadline - now)} left.`,
        );
        nextProgress += PROGRESS_MS;
      }
      await sleep(Math.min(Math.max(1_000, periodMs / 2), Math.max(0, deadline - Date.now())));
    }
  } catch (error) {
    return {
      drained: false,
      requestsAfter: report.requestsAfter,
      detail: `CloudWatch could not be read: ${describeError(error)}`,
    };
  }
  const tail = report.lastSeenAt ? `, the last in the period ending ${new Date(report.lastSeenAt).toISOString()}` : "";
  report.detail = `long tail: the old color received ${report.requestsAfter} request(s) after the switch${tail}, still within drain-timeout ${formatDuration(check.timeoutMs)}`;
  core.warning(`Traffic moved, but ${report.detail}. Sticky sessions or long-lived connections keep clients on the old color.`);
  return report;
}
