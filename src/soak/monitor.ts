import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import { requireAlarms } from "../flip/gates.ts";
import type { MetricsPort } from "../metrics/cloudwatch.ts";
import { type ProbeOptions, Prober } from "../probe/http.ts";
import type { PoolDimensions } from "../routers/port.ts";
import type { Ports } from "../step.ts";
import { countBreaches, MAX_IN_FLIGHT, ProbeJudge, type ProbeVerdict } from "./judge.ts";
import { readAlarms, readBaseline, readMetricsUrl, readTargetGroup } from "./sources.ts";
import { type WindowFigures, windowFigures } from "./window.ts";

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
  targetGroupMetrics: boolean;
  metricPeriodSeconds: number;
  pollMs: number;
  alarms: string[];
  metricsUrl?: { url: URL; path: string };
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
}

export interface SoakPoint {
  t: number;
  errorRate: number;
  p95Ms: number;
  samples: number;
}

export interface SoakOutcome {
  result: "passed" | "breached" | "no-traffic";
  breach?: string;
  breachAt?: number;
  figures: WindowFigures;
  series: SoakPoint[];
  baseline?: { errorRate: number; requests: number };
  /** With cloudwatch-metrics: whether CloudWatch reported any complete period of the new color. */
  cloudwatchReported?: boolean;
  ms: number;
}

const SERIES_EVERY_MS = 1_000;

/**
 * Watches the new color for the soak's duration. Every source is judged on its own, and only on
 * enough samples: the probes by a sequential test (ProbeJudge), the polled sources over a sliding
 * window. A breach must repeat `consecutive` times before it counts, except an alarm in ALARM,
 * which is a verdict already.
 */
export async function soak(aws: Ports, config: SoakConfig, target: SoakTarget): Promise<SoakOutcome> {
  const started = Date.now();
  const probes = config.probe ? new ProbeJudge({ ...config, everyMs: config.probe.everyMs }) : undefined;
  const series: SoakPoint[] = [];
  const prober = config.probe ? new Prober({ ...config.probe.options, concurrency: MAX_IN_FLIGHT }) : undefined;
  const metrics =
    config.targetGroupMetrics || config.alarms.length || config.maxIncrease !== undefined ? await aws.metrics() : undefined;
  await requireAlarms(aws, config.alarms);
  const baseline = config.maxIncrease !== undefined && metrics ? await readBaseline(metrics, config, target) : undefined;
  let nextPoll = started;
  let nextPoint = started;
  let nextProgress = started + config.pollMs;
  let breaches = 0;
  let polled: Polled = {};
  let cloudwatchReported = false;
  const outcome = (o: Omit<SoakOutcome, "series" | "baseline" | "cloudwatchReported">): SoakOutcome => ({
    ...o,
    series,
    baseline,
    cloudwatchReported: config.targetGroupMetrics ? cloudwatchReported : undefined,
  });
  try {
    while (Date.now() - started < config.durationMs) {
      const now = Date.now();
      if (prober && probes && config.probe && probes.canSend(now)) {
        const ticket = probes.sent(now);
        void prober.send({ url: config.probe.url }).then((answer) => probes.answered(ticket, answer, Date.now()));
      }
      if (now >= nextPoll) {
        const first = nextPoll === started;
        polled = await pollSources(metrics, config, target, now);
        nextPoll = now + config.pollMs;
        if (polled.periods !== undefined && !cloudwatchReported) {
          cloudwatchReported = polled.periods > 0;
          // Said once while waiting, and once when the first period arrives.
          if (cloudwatchReported || first) core.info(cloudWatchNote(target.color, cloudwatchReported));
        }
      }
      const verdict = judge(config, probeFigures(probes, now), probes?.verdict(now) ?? {}, polled, baseline);
      breaches = countBreaches(breaches, verdict, config.consecutive);
      // Every breaching judgement is a point of the chart, so that a breach within the first second still draws one.
      if (verdict.breach) series.push(pointAt(now - started, verdict.figures));
      if (breaches >= config.consecutive) {
        return outcome({
          result: "breached",
          breach: verdict.breach,
          breachAt: now - started,
          figures: verdict.figures,
          ms: now - started,
        });
      }
      if (now >= nextPoint) {
        series.push(pointAt(now - started, verdict.figures));
        nextPoint += SERIES_EVERY_MS;
      }
      if (now >= nextProgress) {
        const f = verdict.figures;
        core.info(
          `soak ${formatDuration(now - started)}/${formatDuration(config.durationMs)}: error rate ${(f.errorRate * 100).toFixed(1)}% (${f.errors}/${f.samples}), p95 ${f.p95Ms} ms, ${f.samples} samples; ${formatDuration(config.durationMs - (now - started))} left`,
        );
        nextProgress += config.pollMs;
      }
      const wake = Math.min(probes ? probes.nextProbeAt() : nextPoll, nextPoll, started + config.durationMs);
      await sleep(Math.max(5, wake - Date.now()));
    }
  } finally {
    prober?.close();
  }
  const figures = judge(config, probeFigures(probes, Date.now()), {}, polled, baseline).figures;
  const enough = figures.samples >= config.minSamples || (!prober && !config.targetGroupMetrics);
  return outcome({ result: enough ? "passed" : "no-traffic", figures, ms: Date.now() - started });
}

interface Verdict {
  breach?: string;
  /** Breaches that need no repetition: an alarm already aggregates over its own periods. */
  immediate?: boolean;
  figures: WindowFigures;
}

function cloudWatchNote(color: Color, reported: boolean): string {
  return reported
    ? `CloudWatch reported its first complete period for ${color}.`
    : `CloudWatch has not reported a complete period for ${color} since the switch yet: ALB publishes its metrics once a minute, after the minute ends.`;
}

interface Polled {
  cloudwatch?: WindowFigures;
  /** Complete periods CloudWatch reported for the new color in this poll's range. */
  periods?: number;
  alarm?: string;
  reported?: number;
}

function pointAt(t: number, f: WindowFigures): SoakPoint {
  return { t, errorRate: f.errorRate, p95Ms: f.p95Ms, samples: f.samples };
}

function probeFigures(probes: ProbeJudge | undefined, now: number): WindowFigures {
  return probes ? probes.figures(now) : windowFigures(0, 0, 0);
}

/** Each source on its own: any of them can call a breach, but only on enough samples. */
function judge(
  config: SoakConfig,
  probes: WindowFigures,
  probeVerdict: ProbeVerdict,
  polled: Polled,
  baseline?: { errorRate: number },
): Verdict {
  const figures = probes.samples || !polled.cloudwatch ? probes : polled.cloudwatch;
  if (polled.alarm) return { breach: polled.alarm, immediate: true, figures };
  if (probeVerdict.breach) return { breach: probeVerdict.breach, figures };
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const [name, f] of [
    ["probes", probes],
    ["CloudWatch", polled.cloudwatch],
  ] as const) {
    if (!f || f.samples < config.minSamples) continue;
    // The probes' own error rate and p95 are ProbeJudge's to judge, above.
    if (name === "CloudWatch" && f.errorRateLow > config.maxErrorRate) {
      return {
        breach: `${name}: error rate ${pct(f.errorRate)} (${f.errors}/${f.samples}, at least ${pct(f.errorRateLow)} at 95% confidence) > max-error-rate ${pct(config.maxErrorRate)}`,
        figures,
      };
    }
    if (name === "CloudWatch" && f.p95Ms > config.maxP95Ms)
      return { breach: `${name}: p95 ${f.p95Ms} ms > max-p95-latency ${config.maxP95Ms} ms over ${f.samples} samples`, figures };
    if (baseline && config.maxIncrease !== undefined && f.errorRateLow - baseline.errorRate > config.maxIncrease) {
      return {
        breach: `${name}: error rate ${pct(f.errorRate)} is more than ${pct(config.maxIncrease)} above the old color's ${pct(baseline.errorRate)}`,
        figures,
      };
    }
  }
  if (polled.reported !== undefined && polled.reported > config.maxErrorRate) {
    return { breach: `metrics-url: error rate ${pct(polled.reported)} > max-error-rate ${pct(config.maxErrorRate)}`, figures };
  }
  return { figures };
}

/** Alarms, CloudWatch target-group figures and metrics-url, in parallel: one call each per poll. */
async function pollSources(
  metrics: MetricsPort | undefined,
  config: SoakConfig,
  target: SoakTarget,
  now: number,
): Promise<Polled> {
  const [alarm, read, reported] = await Promise.all([
    metrics && config.alarms.length ? readAlarms(metrics, config.alarms) : undefined,
    metrics && config.targetGroupMetrics ? readTargetGroup(metrics, config, target, now) : undefined,
    config.metricsUrl ? readMetricsUrl(config.metricsUrl) : undefined,
  ]);
  return { alarm, cloudwatch: read?.figures, periods: read?.periods, reported };
}
