/** Latency percentiles and answers by status class, over a set of probes. */
export interface ProbeFigures {
  count: number;
  errors: number;
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  byClass: Record<string, number>;
}

export interface Outcome {
  status: number;
  latencyMs: number;
  /** A connection error, a timeout, or a 5xx. */
  failed: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

export function statusClass(status: number): string {
  return status === 0 ? "error" : `${Math.floor(status / 100)}xx`;
}

export function figures(outcomes: Outcome[]): ProbeFigures {
  const latencies = outcomes.map((o) => o.latencyMs).sort((a, b) => a - b);
  const byClass: Record<string, number> = {};
  for (const o of outcomes) byClass[statusClass(o.status)] = (byClass[statusClass(o.status)] ?? 0) + 1;
  const errors = outcomes.filter((o) => o.failed).length;
  return {
    count: outcomes.length,
    errors,
    errorRate: outcomes.length ? errors / outcomes.length : 0,
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    p99Ms: Math.round(percentile(latencies, 99)),
    byClass,
  };
}

export function describeFigures(f: ProbeFigures): string {
  const classes = Object.entries(f.byClass)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  return `${f.count} probes (${classes || "none"}), error rate ${(f.errorRate * 100).toFixed(1)}%, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, p99 ${f.p99Ms} ms`;
}
