import { formatDuration } from "../core/durations.ts";
import { describeError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import type { PoolDimensions } from "../routers/port.ts";
import type { Datapoint, MetricsPort } from "./cloudwatch.ts";

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

/** How often CloudWatch is read while waiting for a drain: ALB's minutes arrive one by one. */
const DRAIN_POLL_MS = 5_000;
const PROGRESS_MS = 5_000;
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
export async function confirmDrain(
  connect: () => Promise<MetricsPort>,
  check: DrainCheck,
  signal?: AbortSignal,
): Promise<DrainReport> {
  const periodMs = check.periodSeconds * 1000;
  const dimensions = check.old;
  const deadline = Date.now() + check.timeoutMs;
  let report: DrainReport = { drained: false, requestsAfter: 0, reported: 0, detail: "not measured" };
  let nextProgress = Date.now() + PROGRESS_MS;
  core.info(
    `Watching CloudWatch RequestCount of ${dimensions.pool} until ${QUIET_PERIODS} complete periods of ${check.periodSeconds}s after the switch show requests through the load balancer and none to it.`,
  );
  try {
    const metrics = await connect();
    for (;;) {
      if (signal?.aborted) return { ...report, detail: "cancelled" };
      const now = Date.now();
      const series = await metrics.getMetrics(
        [
          { id: "old", metric: "RequestCount", stat: "Sum", ...dimensions },
          { id: "all", metric: "RequestCount", stat: "Sum", router: dimensions.router },
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
