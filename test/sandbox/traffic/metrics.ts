// What ALB would publish to CloudWatch, counted from the sandbox's real traffic.

export interface Sample {
  at: number;
  /** `targetgroup/name/id` and `app/name/id`: CloudWatch's dimension values. */
  targetGroup: string;
  loadBalancer: string;
  status: number;
  /** Seconds from request sent to response headers, as TargetResponseTime. */
  responseTime: number;
  /** True when the target answered; false for a response the load balancer made itself. */
  fromTarget: boolean;
}

const KEEP_MS = 15 * 60_000;

export class MetricStore {
  readonly samples: Sample[] = [];

  record(sample: Sample): void {
    this.samples.push(sample);
    if (this.samples.length % 1000 === 0) {
      const cutoff = Date.now() - KEEP_MS;
      const stale = this.samples.findIndex((s) => s.at >= cutoff);
      if (stale > 0) this.samples.splice(0, stale);
    }
  }

  clear(): void {
    this.samples.length = 0;
  }
}

export type Dimensions = Record<string, string>;

function matches(sample: Sample, dimensions: Dimensions): boolean {
  if (dimensions.TargetGroup && dimensions.TargetGroup !== sample.targetGroup) return false;
  if (dimensions.LoadBalancer && dimensions.LoadBalancer !== sample.loadBalancer) return false;
  return true;
}

/** The value of one metric over the samples of one period; undefined means no datapoint. */
export function metricValue(metric: string, stat: string, samples: Sample[]): number | undefined {
  const pick: Record<string, (s: Sample) => number | undefined> = {
    RequestCount: () => 1,
    HTTPCode_Target_5XX_Count: (s) => (s.fromTarget && s.status >= 500 ? 1 : undefined),
    HTTPCode_Target_4XX_Count: (s) => (s.fromTarget && s.status >= 400 && s.status < 500 ? 1 : undefined),
    HTTPCode_Target_2XX_Count: (s) => (s.fromTarget && s.status >= 200 && s.status < 300 ? 1 : undefined),
    HTTPCode_ELB_5XX_Count: (s) => (!s.fromTarget && s.status >= 500 ? 1 : undefined),
    TargetResponseTime: (s) => (s.fromTarget ? s.responseTime : undefined),
  };
  const of = pick[metric];
  if (!of) return undefined;
  const values = samples.map(of).filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  if (stat === "Sum") return values.reduce((a, b) => a + b, 0);
  if (stat === "SampleCount") return values.length;
  if (stat === "Average") return values.reduce((a, b) => a + b, 0) / values.length;
  if (stat === "Maximum") return Math.max(...values);
  if (stat === "Minimum") return Math.min(...values);
  const percentile = /^p(\d+(\.\d+)?)$/.exec(stat);
  if (percentile) {
    const sorted = values.sort((a, b) => a - b);
    const rank = Math.ceil((Number(percentile[1]) / 100) * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
  }
  return undefined;
}

/** One datapoint per period that had any sample, newest first, as GetMetricData answers by default. */
export function series(
  store: MetricStore,
  query: { metric: string; stat: string; dimensions: Dimensions; periodMs: number; start: number; end: number },
): { timestamps: number[]; values: number[] } {
  const buckets = new Map<number, Sample[]>();
  for (const sample of store.samples) {
    if (sample.at < query.start || sample.at >= query.end || !matches(sample, query.dimensions)) continue;
    const bucket = query.start + Math.floor((sample.at - query.start) / query.periodMs) * query.periodMs;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), sample]);
  }
  const timestamps: number[] = [];
  const values: number[] = [];
  for (const bucket of [...buckets.keys()].sort((a, b) => b - a)) {
    const value = metricValue(query.metric, query.stat, buckets.get(bucket) as Sample[]);
    if (value === undefined) continue;
    timestamps.push(bucket);
    values.push(value);
  }
  return { timestamps, values };
}
