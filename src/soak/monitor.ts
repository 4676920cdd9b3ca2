// The soak, a little over 300 lines (Prometheus's judge is src/judge/prometheus.ts): its window, the sources it reads, the silence it refuses to call healthy and its verdict read as one loop.
import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import { requireAlarms } from "../flip/gates.ts";
import { countBreaches, MAX_IN_FLIGHT, ProbeJudge, type ProbeVerdict } from "../judge/probes.ts";
import { openPrometheusSoak, type PrometheusReport, type PrometheusWatch, prometheusReport } from "../judge/prometheus.ts";
import { type WindowFigures, windowFigures } from "../judge/window.ts";
import type { MetricsPort } from "../metrics/cloudwatch.ts";
import type { Ports } from "../ports.ts";
import { Prober } from "../probe/http.ts";
import type { SoakConfig, SoakTarget } from "./config.ts";
import { readAlarms, readBaseline, readMetricsUrl, readPoolFigures } from "./sources.ts";

export interface SoakPoint {
  t: number;
  errorRate: number;
  p95Ms: number;
  samples: number;
}

export interface SoakOutcome {
  /** no-data: a source never answered, so the soak cannot say the release passed. */
  result: "passed" | "breached" | "no-traffic" | "no-data" | "cancelled";
  /** With no-data: the sources that never answered, as their inputs name them. */
  silent?: string[];
  breach?: string;
  breachAt?: number;
  figures: WindowFigures;
  series: SoakPoint[];
  baseline?: { errorRate: number; requests: number };
  /** With cloudwatch-metrics: whether CloudWatch reported any complete period of the new color. */
  cloudwatchReported?: boolean;
  /** With prometheus-url: its figures over the soak (query_range), and what its silence would do. */
  prometheus?: PrometheusReport;
  ms: number;
}

const SERIES_EVERY_MS = 1_000;

/**
 * Watches the new color for the soak's duration. Every source is judged on its own, and only on
 * enough samples: the probes by a sequential test (ProbeJudge), the polled sources over a sliding
 * window. A breach must repeat `consecutive` times before it counts, except an alarm in ALARM,
 * which is a verdict already.
 */
export async function soak(ports: Ports, config: SoakConfig, target: SoakTarget, signal?: AbortSignal): Promise<SoakOutcome> {
  const started = Date.now();
  const sources = await openSources(ports, config, target, started, signal);
  const watch = new SoakWatch(config, target, sources, started);
  const outcome = await (async () => {
    try {
      while (Date.now() - started < config.durationMs && !signal?.aborted) {
        const breached = await watch.tick(Date.now());
        if (breached) return breached;
        await sleep(Math.max(5, watch.wakeAt() - Date.now()), signal);
      }
    } finally {
      sources.prober?.close();
    }
    return signal?.aborted ? watch.cancelled(Date.now()) : watch.end(Date.now());
  })();
  const { prometheus } = sources;
  if (!prometheus || !config.prometheus) return outcome;
  return { ...outcome, prometheus: await prometheusReport(prometheus, config.prometheus, signal) };
}

interface Sources {
  probes?: ProbeJudge;
  prober?: Prober;
  metrics?: MetricsPort;
  baseline?: { errorRate: number; requests: number };
  prometheus?: PrometheusWatch;
  signal?: AbortSignal;
}

/** The probes, and CloudWatch when a source needs it: the alarms checked to exist, the old color's baseline read. */
async function openSources(
  ports: Ports,
  config: SoakConfig,
  target: SoakTarget,
  started: number,
  signal?: AbortSignal,
): Promise<Sources> {
  const probes = config.probe ? new ProbeJudge({ ...config, everyMs: config.probe.everyMs }) : undefined;
  const prober = config.probe ? new Prober({ ...config.probe.options, concurrency: MAX_IN_FLIGHT }) : undefined;
  const metrics =
    config.cloudWatchMetrics || config.alarms.length || config.maxIncrease !== undefined ? await ports.metrics() : undefined;
  await requireAlarms(ports, config.alarms);
  const baseline = config.maxIncrease !== undefined && metrics ? await readBaseline(metrics, config, target) : undefined;
  const prometheus = config.prometheus ? await openPrometheusSoak(config.prometheus, config, target, started, signal) : undefined;
  return { probes, prober, metrics, baseline: baseline ?? prometheus?.baseline, prometheus: prometheus?.watch, signal };
}

/** One soak's running state: what was polled last, the breaches in a row, the chart's points. */
class SoakWatch {
  readonly #config: SoakConfig;
  readonly #target: SoakTarget;
  readonly #sources: Sources;
  readonly #started: number;
  readonly #series: SoakPoint[] = [];
  #nextPoll: number;
  #nextPoint: number;
  #nextProgress: number;
  #breaches = 0;
  #polled: Polled = {};
  #cloudwatchReported = false;
  /** The polled sources that answered at least once. */
  readonly #answered = new Set<"alarms" | "metrics-url">();

  constructor(config: SoakConfig, target: SoakTarget, sources: Sources, started: number) {
    this.#config = config;
    this.#target = target;
    this.#sources = sources;
    this.#started = started;
    this.#nextPoll = started;
    this.#nextPoint = started;
    this.#nextProgress = started + config.pollMs;
  }

  /** Sends a probe and polls when due, then judges; returns the outcome once a breach counts. */
  async tick(now: number): Promise<SoakOutcome | undefined> {
    const { probes } = this.#sources;
    this.#probe(now);
    if (now >= this.#nextPoll) await this.#poll(now);
    const prometheus = this.#sources.prometheus;
    prometheus?.tick(now, this.#sources.signal);
    const silence = prometheus?.silence(Date.now());
    if (silence?.policy === "fail") return this.#silent(now, silence.ms);
    const verdict = withPrometheusVerdict(
      judge(this.#config, probeFigures(probes, now), probes?.verdict(now) ?? {}, this.#polled, this.#sources.baseline),
      prometheus,
      probes !== undefined || this.#polled.cloudwatch !== undefined,
    );
    this.#breaches = countBreaches(this.#breaches, verdict, this.#config.consecutive);
    // Every breaching judgement is a point of the chart, so that a breach within the first second still draws one.
    if (verdict.breach) this.#series.push(pointAt(now - this.#started, verdict.figures));
    if (this.#breaches >= this.#config.consecutive) {
      const at = now - this.#started;
      return this.#outcome({ result: "breached", breach: verdict.breach, breachAt: at, figures: verdict.figures, ms: at });
    }
    if (now >= this.#nextPoint) {
      this.#series.push(pointAt(now - this.#started, verdict.figures));
      this.#nextPoint += SERIES_EVERY_MS;
    }
    if (now >= this.#nextProgress) {
      this.#progress(now, verdict.figures);
      this.#nextProgress += this.#config.pollMs;
    }
    return undefined;
  }

  /** When the next probe or poll is due, at the soak's end at the latest. */
  wakeAt(): number {
    const { probes, prometheus } = this.#sources;
    return Math.min(
      probes ? probes.nextProbeAt() : this.#nextPoll,
      this.#nextPoll,
      prometheus ? prometheus.nextAt() : Number.POSITIVE_INFINITY,
      this.#started + this.#config.durationMs,
    );
  }

  /** prometheus-no-data: fail, and Prometheus silent for longer than prometheus-no-data-after: not judged, now. */
  #silent(now: number, silentMs: number): SoakOutcome {
    core.warning(
      `Prometheus has given no data for ${this.#target.color} for ${formatDuration(silentMs)} (prometheus-no-data: fail); last problem: ${this.#sources.prometheus?.problem || "none"}.`,
    );
    const figures = this.#sources.prometheus?.figures() ?? windowFigures(0, 0, 0);
    return this.#outcome({ result: "no-data", silent: ["prometheus-url"], figures, ms: now - this.#started });
  }

  /** A soak the run's cancel stopped: not judged, whatever it saw so far. */
  cancelled(now: number): SoakOutcome {
    const { probes, baseline } = this.#sources;
    const figures = judge(this.#config, probeFigures(probes, now), {}, this.#polled, baseline).figures;
    return this.#outcome({ result: "cancelled", figures, ms: now - this.#started });
  }

  /** The verdict of a soak that ran its course: passed, too little traffic to judge, or a source that never answered. */
  end(now: number): SoakOutcome {
    const { probes, prober, baseline, prometheus } = this.#sources;
    const judged = judge(this.#config, probeFigures(probes, now), {}, this.#polled, baseline);
    const figures = withPrometheusVerdict(
      judged,
      prometheus,
      probes !== undefined || this.#polled.cloudwatch !== undefined,
    ).figures;
    const ms = now - this.#started;
    const silent = [
      this.#config.alarms.length && !this.#answered.has("alarms") ? "alarm-names" : "",
      this.#config.metricsUrl && !this.#answered.has("metrics-url") ? "metrics-url" : "",
      // Under warn, a silent Prometheus may end a soak that other sources judged; alone, it never passes one.
      prometheus && (!prometheus.answered || (prometheus.silence(now) && !probes && !this.#config.cloudWatchMetrics))
        ? "prometheus-url"
        : "",
    ].filter(Boolean);
    if (silent.length) return this.#outcome({ result: "no-data", silent, figures, ms });
    const counted = prober || this.#config.cloudWatchMetrics || prometheus;
    const enough = figures.samples >= this.#config.minSamples || !counted;
    return this.#outcome({ result: enough ? "passed" : "no-traffic", figures, ms });
  }

  #probe(now: number): void {
    const { probes, prober } = this.#sources;
    const probe = this.#config.probe;
    if (!prober || !probes || !probe || !probes.canSend(now)) return;
    const ticket = probes.sent(now);
    void prober.send({ url: probe.url }).then((answer) => probes.answered(ticket, answer, Date.now()));
  }

  async #poll(now: number): Promise<void> {
    const first = this.#nextPoll === this.#started;
    this.#polled = await pollSources(this.#sources.metrics, this.#config, this.#target, now);
    this.#nextPoll = now + this.#config.pollMs;
    if (this.#polled.alarmsRead) this.#answered.add("alarms");
    if (this.#polled.reported !== undefined) this.#answered.add("metrics-url");
    if (this.#polled.periods !== undefined && !this.#cloudwatchReported) {
      this.#cloudwatchReported = this.#polled.periods > 0;
      // Said once while waiting, and once when the first period arrives.
      if (this.#cloudwatchReported || first) core.info(cloudWatchNote(this.#target.color, this.#cloudwatchReported));
    }
  }

  #progress(now: number, f: WindowFigures): void {
    const { durationMs } = this.#config;
    core.info(
      `soak ${formatDuration(now - this.#started)}/${formatDuration(durationMs)}: error rate ${(f.errorRate * 100).toFixed(1)}% (${f.errors}/${f.samples}), p95 ${f.p95Ms} ms, ${f.samples} samples; ${formatDuration(durationMs - (now - this.#started))} left`,
    );
  }

  #outcome(o: Omit<SoakOutcome, "series" | "baseline" | "cloudwatchReported">): SoakOutcome {
    return {
      ...o,
      series: this.#series,
      baseline: this.#sources.baseline,
      cloudwatchReported: this.#config.cloudWatchMetrics ? this.#cloudwatchReported : undefined,
    };
  }
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
    : `CloudWatch has not reported a complete period for ${color} since the switch yet: CloudWatch publishes the per-color metrics once a minute, after the minute ends.`;
}

interface Polled {
  cloudwatch?: WindowFigures;
  /** Complete periods CloudWatch reported for the new color in this poll's range. */
  periods?: number;
  alarm?: string;
  /** Whether this poll read the alarms (none firing is an answer too). */
  alarmsRead?: boolean;
  reported?: number;
}

/** Prometheus's breach when no other source called one; its figures when no other source counts requests. */
function withPrometheusVerdict(verdict: Verdict, prometheus: PrometheusWatch | undefined, counted: boolean): Verdict {
  if (!prometheus) return verdict;
  const figures = counted ? verdict.figures : (prometheus.figures() ?? verdict.figures);
  const breach = verdict.breach ?? prometheus.breach();
  return { ...verdict, breach, figures };
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
    metrics && config.cloudWatchMetrics ? readPoolFigures(metrics, config, target, now) : undefined,
    config.metricsUrl ? readMetricsUrl(config.metricsUrl) : undefined,
  ]);
  return { alarm: alarm?.firing, alarmsRead: alarm !== undefined, cloudwatch: read?.figures, periods: read?.periods, reported };
}
