// What a soak watches and for how long, and the color it watches: read by the soak-monitor step,
// used by the monitor and its sources alike.
import type { Color } from "../core/color.ts";
import type { PrometheusConfig } from "../metrics/prometheus-config.ts";
import type { ProbeOptions } from "../probe/http.ts";
import type { PoolDimensions } from "../routers/port.ts";

export interface SoakConfig {
  durationMs: number;
  windowMs: number;
  minSamples: number;
  consecutive: number;
  maxErrorRate: number;
  maxP95Ms: number;
  /** Allowed rise of the error rate over the old color's baseline, when set. */
  maxIncrease?: number;
  probe?: { url: URL; everyMs: number; options: Partial<ProbeOptions> };
  /** Target-group figures of the new color from CloudWatch. */
  cloudWatchMetrics: boolean;
  metricPeriodSeconds: number;
  pollMs: number;
  alarms: string[];
  metricsUrl?: { url: URL; path: string };
  prometheus?: PrometheusConfig;
  requireTraffic: boolean;
}

export interface SoakTarget {
  color: Color;
  /** CloudWatch's dimensions for the color, when the router publishes any. */
  dimensions?: PoolDimensions;
  /** The same for the color the soak compares against and falls back to. */
  previousDimensions?: PoolDimensions;
  /** When traffic moved, for the baseline window. */
  since: number;
  /** The colors' cutover:version, for Prometheus's {{version}}: the soaked one and the one before it. */
  versions?: { active: string; previous: string };
}
