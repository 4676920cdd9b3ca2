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
  /** Whether the load balancer chose a target at all (a 502 from a target that hung up did). */
  targetChosen: boolean;
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

/**
 * A query matches only a dimension set ALB publishes, exactly: LoadBalancer, or TargetGroup with
 * LoadBalancer ("CloudWatch metrics for your Application Load Balancer", Metric dimensions; a
 * metric is identified by its whole dimension set, "Dimensions" in the CloudWatch concepts).
 */
function matches(sample: Sample, dimensions: Dimensions): boolean {
  const names = Object.keys(dimensions).sort().join(",");
  if (names === "LoadBalancer") return dimensions.LoadBalancer === sample.loadBalancer;
  if (names === "LoadBalancer,TargetGroup")
    return dimensions.LoadBalancer === sample.loadBalancer && dimensions.TargetGroup === sample.targetGroup;
  return false;
}

/** ALB publishes its metrics once every 60 seconds ("CloudWatch metrics for your Application Load Balancer"). */
export const STORAGE_RESOLUTION_S = 60;

/** The value of one metric over the samples of one period; undefined means no datapoint. */
export function metricValue(metric: string, stat: string, samples: Sample[]): number | undefined {
  const pick: Record<string, (s: Sample) => number | undefined> = {
    // RequestCount: "only incremented for requests where the load balancer node was able to choose a target".
    RequestCount: (s) => (s.targetChosen ? 1 : undefined),
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

/**
 * One datapoint per period that had any sample, newest first, as GetMetricData answers by default.
 * Periods are aligned to the clock, as CloudWatch's are; a period still in progress is not reported
 * until it ends, since ALB sends each minute's figures once that minute is over.
 */
export function series(
  store: MetricStore,
  query: { metric: string; stat: string; dimensions: Dimensions; periodMs: number; start: number; end: number },
  now = Date.now(),
): { timestamps: number[]; values: number[] } {
  const buckets = new Map<number, Sample[]>();
  for (const sample of store.samples) {
    if (sample.at < query.start || sample.at >= query.end || !matches(sample, query.dimensions)) continue;
    const bucket = Math.floor(sample.at / query.periodMs) * query.periodMs;
    if (bucket + query.periodMs > now) continue;
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
