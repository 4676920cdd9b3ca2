// One color's figures from Prometheus: the three queries of one window at an explicit time, the
// old color's baseline before the switch, and the series over a soak for its chart.
import type { Color } from "../core/color.ts";
import { queryAt, queryRange } from "./prometheus.ts";
import type { PrometheusConfig, PrometheusQueries } from "./prometheus-config.ts";
import { renderQuery } from "./prometheus-config.ts";

export interface Subject {
  color: Color;
  version: string;
}

/** One window's figures: requests, of which a share failed, and p95 when the histogram had any. */
export interface Evaluation {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms?: number;
}

function query(config: PrometheusConfig, key: keyof PrometheusQueries, subject: Subject, windowMs: number): string {
  return renderQuery(config.queries[key], { ...subject, windowMs });
}

/**
 * The window [atMs - windowMs, atMs], read with `time` = atMs: a window judged once, whenever the
 * call is made. No data when the requests or the error rate have none; a missing p95 only leaves
 * latency unjudged for that window.
 */
export async function evaluate(
  config: PrometheusConfig,
  subject: Subject,
  atMs: number,
  windowMs: number,
  signal?: AbortSignal,
): Promise<Evaluation | { noData: string }> {
  const [requests, errorRate, p95] = await Promise.all(
    (["requests", "errors", "latency"] as const).map((key) =>
      queryAt(config.endpoint, query(config, key, subject, windowMs), atMs, signal),
    ),
  );
  if (!requests || "noData" in requests) return { noData: `prometheus-requests-query gave ${requests?.noData}` };
  if (!errorRate || "noData" in errorRate) return { noData: `prometheus-error-query gave ${errorRate?.noData}` };
  if (errorRate.value < 0 || errorRate.value > 1) {
    return { noData: `prometheus-error-query gave ${errorRate.value}, not a fraction between 0 and 1` };
  }
  const n = Math.round(requests.value);
  return {
    requests: n,
    errors: Math.round(errorRate.value * n),
    errorRate: errorRate.value,
    p95Ms: p95 && "value" in p95 ? Math.round(p95.value * 1000) : undefined,
  };
}

export interface SeriesPoint {
  /** Milliseconds since `startMs`. */
  t: number;
  errorRate: number;
  p95Ms: number;
  samples: number;
}

/** The soak's figures from query_range, one point per window; undefined when Prometheus had none. */
export async function series(
  config: PrometheusConfig,
  subject: Subject,
  range: { startMs: number; endMs: number; stepMs: number },
  signal?: AbortSignal,
): Promise<SeriesPoint[] | undefined> {
  if (range.endMs - range.startMs < range.stepMs) return undefined;
  const [requests, errors, latency] = await Promise.all(
    (["requests", "errors", "latency"] as const).map((key) =>
      queryRange(config.endpoint, query(config, key, subject, range.stepMs), range, signal),
    ),
  );
  if (!requests || !errors || "noData" in requests || "noData" in errors) return undefined;
  const at = (points: [number, number][]) => new Map(points.map(([t, v]) => [Math.round(t * 1000), v]));
  const rates = at(errors.points);
  const p95s = latency && "points" in latency ? at(latency.points) : new Map<number, number>();
  return requests.points.flatMap(([t, n]) => {
    const ms = Math.round(t * 1000);
    const rate = rates.get(ms);
    if (rate === undefined) return [];
    return [{ t: ms - range.startMs, errorRate: rate, p95Ms: Math.round((p95s.get(ms) ?? 0) * 1000), samples: Math.round(n) }];
  });
}
