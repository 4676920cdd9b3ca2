// Prometheus as a source of the soak and the switch gates: its windows fed to the same CUSUM that
// judges the probes, and a silence that is never taken for health.

import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { checkQueries, type PrometheusConfig, requireVersions, usesVersion } from "../metrics/prometheus-config.ts";
import { type Evaluation, evaluate, type SeriesPoint, type Subject, series } from "../metrics/prometheus-source.ts";
import { Cusum, THRESHOLD } from "./probes.ts";
import { type WindowFigures, wilsonLow, windowFigures } from "./window.ts";

export interface PrometheusLimits {
  maxErrorRate: number;
  maxP95Ms: number;
  minSamples: number;
  /** With the old color's baseline: the allowed rise over it. */
  maxIncrease?: number;
}

export interface Baseline {
  errorRate: number;
  requests: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Reads the new color's windows back to back, each once, at explicit times `startedAt + k * step`
 * where a step is two scrapes: a window shorter than that holds too few samples for `increase()`
 * to mean anything. Each window's errors and requests go into a CUSUM against max-error-rate (and,
 * with a baseline, another against the old color's rate plus max-error-rate-increase), as the
 * probes' answers do one by one. p95 above max-p95-latency in two windows in a row is a breach.
 */
export class PrometheusWatch {
  readonly stepMs: number;
  readonly #config: PrometheusConfig;
  readonly #limits: PrometheusLimits;
  readonly subject: Subject;
  readonly #startedAt: number;
  readonly #errors: Cusum;
  readonly #increase?: { cusum: Cusum; allowed: number; baseline: number };
  #next: number;
  #last?: Evaluation;
  #slowWindows = 0;
  #lastDataAt: number;
  #answered = false;
  #warnedSilence = false;
  #breach?: string;
  #reading?: Promise<void>;
  problem = "";

  constructor(
    config: PrometheusConfig,
    limits: PrometheusLimits,
    subject: Subject,
    startedAt: number,
    options: { windowMs?: number; baseline?: Baseline } = {},
  ) {
    const { baseline } = options;
    this.#config = config;
    this.#limits = limits;
    this.subject = subject;
    this.#startedAt = startedAt;
    this.stepMs = Math.max(2 * config.scrapeMs, options.windowMs ?? 0);
    this.#next = startedAt + this.stepMs;
    this.#lastDataAt = startedAt;
    this.#errors = new Cusum(limits.maxErrorRate);
    if (baseline && limits.maxIncrease !== undefined) {
      const allowed = Math.min(1, baseline.errorRate + limits.maxIncrease);
      this.#increase = { cusum: new Cusum(allowed), allowed, baseline: baseline.errorRate };
    }
  }

  /**
   * When the next window can be read: one scrape after it ends, so that the scrape that closes it
   * has been taken and stored. While a read is out, soon: its verdict is judged as it arrives.
   */
  nextAt(): number {
    // A breach called is acted on at the caller's next judgements (consecutive-breaches), not a window later.
    if (this.#breach) return Date.now() + 5;
    return this.#reading ? Date.now() + 50 : this.#next + this.#config.scrapeMs;
  }

  get policy(): "fail" | "warn" {
    return this.#config.noData;
  }

  get answered(): boolean {
    return this.#answered;
  }

  /**
   * Starts reading the window that ended at nextAt(), when it has and no read is out: one window per
   * read, so a late tick catches up. It runs beside the caller's loop, which keeps probing meanwhile;
   * each call is bounded by the endpoint's time limit.
   */
  tick(now: number, signal?: AbortSignal): void {
    if (now < this.#next + this.#config.scrapeMs || this.#reading || signal?.aborted) return;
    const at = this.#next;
    this.#next += this.stepMs;
    this.#reading = this.#read(at, signal).finally(() => {
      this.#reading = undefined;
    });
  }

  /** The read under way, if any: a gate's last judgement waits for it. */
  settled(): Promise<void> {
    return this.#reading ?? Promise.resolve();
  }

  async #read(at: number, signal?: AbortSignal): Promise<void> {
    const read = await evaluate(this.#config, this.subject, at, this.stepMs, signal);
    if (signal?.aborted) return;
    if ("noData" in read) {
      this.problem = read.noData;
      core.warning(`Prometheus gave no data for ${this.subject.color} this time: ${read.noData}.`);
      return;
    }
    this.#answered = true;
    this.#lastDataAt = Date.now();
    this.#warnedSilence = false;
    this.#last = read;
    this.#judge(read);
  }

  #judge(read: Evaluation): void {
    this.#errors.addCounts(read.errors, read.requests);
    this.#increase?.cusum.addCounts(read.errors, read.requests);
    this.#slowWindows =
      read.p95Ms !== undefined && read.p95Ms > this.#limits.maxP95Ms && read.requests >= this.#limits.minSamples
        ? this.#slowWindows + 1
        : 0;
    this.#breach ??= this.#errorBreach() ?? this.#increaseBreach() ?? this.#latencyBreach(read);
  }

  #errorBreach(): string | undefined {
    const run = this.#errors;
    if (run.score < THRESHOLD || run.n < this.#limits.minSamples) return undefined;
    const low = wilsonLow(run.hits, run.n);
    if (low <= this.#limits.maxErrorRate) return undefined;
    return `Prometheus: error rate ${pct(run.hits / run.n)} (${run.hits}/${run.n}, at least ${pct(low)} at 95% confidence) > max-error-rate ${pct(this.#limits.maxErrorRate)}`;
  }

  #increaseBreach(): string | undefined {
    const inc = this.#increase;
    if (!inc || inc.cusum.score < THRESHOLD || inc.cusum.n < this.#limits.minSamples) return undefined;
    const low = wilsonLow(inc.cusum.hits, inc.cusum.n);
    if (low <= inc.allowed) return undefined;
    return `Prometheus: error rate ${pct(inc.cusum.hits / inc.cusum.n)} is more than ${pct(this.#limits.maxIncrease ?? 0)} above the old color's ${pct(inc.baseline)}`;
  }

  #latencyBreach(read: Evaluation): string | undefined {
    if (this.#slowWindows < 2) return undefined;
    return `Prometheus: p95 ${read.p95Ms} ms > max-p95-latency ${this.#limits.maxP95Ms} ms in ${this.#slowWindows} windows of ${formatDuration(this.stepMs)} in a row (${read.requests} requests in the last)`;
  }

  /** A breach once the evidence is in; it stays called. */
  breach(): string | undefined {
    return this.#breach;
  }

  /** The last window read: what the progress line and the soak's figures show. */
  figures(): WindowFigures | undefined {
    const last = this.#last;
    return last ? windowFigures(last.requests, last.errors, last.p95Ms ?? 0) : undefined;
  }

  /**
   * How long Prometheus has given no data, once that is longer than prometheus-no-data-after; warns
   * once per silence under `warn`. The soak or gate decides what `fail` does.
   */
  silence(now: number): { ms: number; policy: "fail" | "warn" } | undefined {
    const ms = now - this.#lastDataAt;
    if (ms <= this.#config.noDataAfterMs) return undefined;
    if (this.#config.noData === "warn" && !this.#warnedSilence) {
      this.#warnedSilence = true;
      core.warning(
        `Prometheus has given no data for ${this.subject.color} for ${formatDuration(ms)} (prometheus-no-data: warn): nothing it could have seen is judged meanwhile. Last problem: ${this.problem || "none"}.`,
      );
    }
    return { ms, policy: this.#config.noData };
  }

  /** The window's span since the start, for the chart's range query. */
  span(now: number): { startMs: number; endMs: number; stepMs: number } {
    return { startMs: this.#startedAt, endMs: Math.min(now, this.#next - this.stepMs), stepMs: this.stepMs };
  }
}

/** The old color's error rate in the minutes before the switch, where the queries can give it. */
export async function prometheusBaseline(
  config: PrometheusConfig,
  previous: Subject,
  since: number,
  windowMs: number,
  signal?: AbortSignal,
): Promise<Baseline | undefined> {
  const read = await evaluate(config, previous, since, Math.max(windowMs, 5 * 60_000), signal);
  if ("noData" in read) {
    core.warning(
      `No baseline of ${previous.color} from Prometheus (${read.noData}); max-error-rate-increase is judged against max-error-rate alone.`,
    );
    return undefined;
  }
  core.info(
    `Baseline of ${previous.color} before the switch, from Prometheus: ${read.errors} errors in ${read.requests} requests.`,
  );
  return { errorRate: read.errorRate, requests: read.requests };
}

/**
 * The soak's Prometheus, before it starts: its queries parsed by Prometheus itself, the color's
 * version known when a query names it, and the old color's baseline read for max-error-rate-increase.
 */
export async function openPrometheusSoak(
  prometheus: PrometheusConfig,
  limits: PrometheusLimits & { windowMs: number },
  target: { color: Color; since: number; versions?: { active: string; previous: string } },
  started: number,
  signal?: AbortSignal,
): Promise<{ watch: PrometheusWatch; baseline?: Baseline }> {
  const versions = target.versions ?? { active: "", previous: "" };
  await checkQueries(prometheus, signal);
  requireVersions(prometheus, target.color, versions.active);
  const previous = { color: target.color === "blue" ? ("green" as const) : ("blue" as const), version: versions.previous };
  const baseline =
    limits.maxIncrease !== undefined && (versions.previous || !usesVersion(prometheus))
      ? await prometheusBaseline(prometheus, previous, target.since, limits.windowMs, signal)
      : undefined;
  const subject = { color: target.color, version: versions.active };
  const watch = new PrometheusWatch(prometheus, limits, subject, started, { windowMs: limits.windowMs, baseline });
  core.info(`Prometheus: windows of ${formatDuration(watch.stepMs)} for ${target.color}, each read once.`);
  return { watch, baseline };
}

export interface PrometheusReport {
  series?: SeriesPoint[];
  noData: "fail" | "warn";
  silentMs?: number;
  answered: boolean;
}

/** What the soak's summary shows of Prometheus: its figures over the soak (query_range), and its silence. */
export async function prometheusReport(
  watch: PrometheusWatch,
  prometheus: PrometheusConfig,
  signal?: AbortSignal,
): Promise<PrometheusReport> {
  const points = signal?.aborted ? undefined : await series(prometheus, watch.subject, watch.span(Date.now()), signal);
  return { series: points, noData: prometheus.noData, silentMs: watch.silence(Date.now())?.ms, answered: watch.answered };
}
