// Where soak-monitor's figures come from besides its own probes: alarms, the new color's
// CloudWatch minutes, a metrics URL, and the old color's baseline before the switch.

import { describeError } from "../core/errors.ts";
import { jsonAt } from "../core/json-path.ts";
import * as core from "../core/runner.ts";
import { type WindowFigures, windowFigures } from "../judge/window.ts";
import type { Datapoint, MetricQuery, MetricsPort } from "../metrics/cloudwatch.ts";
import { Prober } from "../probe/http.ts";
import type { PoolDimensions } from "../routers/port.ts";
import type { SoakConfig, SoakTarget } from "./config.ts";

/** The alarms in ALARM, as a breach; undefined when they could not be read at all. */
export async function readAlarms(metrics: MetricsPort, names: string[]): Promise<{ firing?: string } | undefined> {
  try {
    const firing = (await metrics.describeAlarms(names)).filter((a) => a.state === "ALARM");
    return { firing: firing.length ? `alarm ${firing.map((a) => `${a.name} (${a.reason})`).join(", ")} in ALARM` : undefined };
  } catch (error) {
    core.warning(`The alarms could not be read this time: ${describeError(error)}`);
    return undefined;
  }
}

/** A color's requests and target 5xx, as `requests` and `errors`. */
function countQueries(dims: PoolDimensions): MetricQuery[] {
  return [
    { id: "requests", metric: "RequestCount", stat: "Sum", ...dims },
    { id: "errors", metric: "HTTPCode_Target_5XX_Count", stat: "Sum", ...dims },
  ];
}

function total(series: Map<string, Datapoint[]>, id: string): number {
  return (series.get(id) ?? []).reduce((n, p) => n + p.value, 0);
}

/**
 * One GetMetricData for the new color. ALB reports each minute once it is over, so the range
 * reaches back at least two periods before the newest, whatever the window.
 */
export async function readPoolFigures(
  metrics: MetricsPort,
  config: SoakConfig,
  target: SoakTarget,
  now: number,
): Promise<{ figures: WindowFigures; periods: number } | undefined> {
  const dims = target.dimensions;
  if (!dims) return undefined;
  const start = Math.max(target.since, now - Math.max(config.windowMs, 2 * config.metricPeriodSeconds * 1000));
  try {
    const series = await metrics.getMetrics(
      [...countQueries(dims), { id: "p95", metric: "TargetResponseTime", stat: "p95", ...dims }],
      new Date(start - config.metricPeriodSeconds * 1000),
      new Date(now),
      config.metricPeriodSeconds,
    );
    const samples = total(series, "requests");
    const errors = Math.min(samples, total(series, "errors"));
    const p95 = Math.max(0, ...(series.get("p95") ?? []).map((p) => p.value * 1000));
    return { figures: windowFigures(samples, errors, Math.round(p95)), periods: (series.get("requests") ?? []).length };
  } catch (error) {
    core.warning(`CloudWatch could not be read this time: ${describeError(error)}`);
    return undefined;
  }
}

export async function readMetricsUrl(source: { url: URL; path: string }): Promise<number | undefined> {
  const prober = new Prober({ timeoutMs: 5_000 });
  try {
    const answer = await prober.send({ url: source.url }, { readBody: true });
    if (answer.status < 200 || answer.status > 299) {
      core.warning(
        `metrics-url could not be read this time: ${answer.status ? `HTTP ${answer.status}` : describeError(answer.error)}`,
      );
      return undefined;
    }
    const value = Number(jsonAt(JSON.parse(answer.body), source.path));
    if (Number.isFinite(value)) return value;
    core.warning(`metrics-url answered without a number at metrics-path ${source.path} this time.`);
    return undefined;
  } catch (error) {
    core.warning(`metrics-url could not be read this time: ${describeError(error)}`);
    return undefined;
  } finally {
    prober.close();
  }
}

/** The old color's error rate in the minutes before the switch, for max-error-rate-increase. */
export async function readBaseline(
  metrics: MetricsPort,
  config: SoakConfig,
  target: SoakTarget,
): Promise<{ errorRate: number; requests: number } | undefined> {
  const dims = target.previousDimensions;
  if (!dims) return undefined;
  const span = Math.max(config.windowMs, 5 * 60_000);
  try {
    const series = await metrics.getMetrics(
      countQueries(dims),
      new Date(target.since - span),
      new Date(target.since),
      config.metricPeriodSeconds,
    );
    const requests = total(series, "requests");
    const errors = total(series, "errors");
    core.info(`Baseline of the old color before the switch: ${errors} errors in ${requests} requests.`);
    return { errorRate: requests ? errors / requests : 0, requests };
  } catch (error) {
    core.warning(`No baseline: CloudWatch could not be read (${describeError(error)}); max-error-rate-increase is not judged.`);
    return undefined;
  }
}
