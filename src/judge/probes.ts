// Judges: figures in, a verdict out. The soak and the stepped gates both judge with these.
import { percentile } from "../probe/stats.ts";
import { SlidingWindow, type WindowFigures, wilsonLow } from "./window.ts";

/** What the probe judge needs of the soak's inputs. */
export interface ProbeJudgeConfig {
  windowMs: number;
  minSamples: number;
  maxErrorRate: number;
  maxP95Ms: number;
  /** Time between two probes while the stream looks healthy. */
  everyMs: number;
}

export interface ProbeVerdict {
  breach?: string;
}

/** A fault is judged as this many times the allowed rate, against the allowed rate itself. */
const SHIFT = 4;
/** Evidence (a log-likelihood ratio, in nats) that calls a breach: e^12 to one. */
export const THRESHOLD = 12;
/** While the evidence leans towards a fault, probes go out this many times as often. */
const BURST = 10;
export const MAX_IN_FLIGHT = 32;
/** p95 latency: at most 5% of answers may be slower than the limit. */
const SLOW_SHARE = 0.05;

/**
 * Page's CUSUM over a stream of yes/no observations: the log-likelihood ratio of "SHIFT times the
 * allowed rate" to "the allowed rate", summed and never below zero. A healthy stream keeps it near
 * zero; a faulty one climbs at a steady pace. `n` and `hits` are the run of evidence since it was
 * last at zero, which is what a breach reports.
 */
export class Cusum {
  score = 0;
  n = 0;
  hits = 0;
  readonly #up: number;
  readonly #down: number;

  constructor(allowed: number) {
    const p0 = Math.max(allowed, 1e-4);
    const p1 = Math.min(SHIFT * p0, 1 - (1 - p0) / SHIFT);
    this.#up = Math.log(p1 / p0);
    this.#down = Math.log((1 - p1) / (1 - p0));
  }

  /** Adds one observation; true when it starts a new run of evidence. */
  add(hit: boolean): boolean {
    const next = this.score + (hit ? this.#up : this.#down);
    if (next <= 0) {
      this.score = this.n = this.hits = 0;
      return false;
    }
    const fresh = this.score === 0;
    if (fresh) this.n = this.hits = 0;
    this.score = next;
    this.n += 1;
    if (hit) this.hits += 1;
    return fresh;
  }

  /** Adds `n` observations of which `hits` were hits, at once: a metric source's counts over one window. */
  addCounts(hits: number, n: number): void {
    const next = this.score + hits * this.#up + (n - hits) * this.#down;
    if (next <= 0) {
      this.score = this.n = this.hits = 0;
      return;
    }
    if (this.score === 0) this.n = this.hits = 0;
    this.score = next;
    this.n += n;
    this.hits += hits;
  }
}

export interface ProbeTicket {
  at: number;
  /** Counted as slow while still out, so its answer is not counted again. */
  overdue: boolean;
}

export interface ProbeAnswer {
  failed: boolean;
  latencyMs: number;
}

/**
 * Judges the HTTP probes of a soak as a sequential test instead of a repeated window check. A
 * window judged again at every tick multiplies its false alarms by the number of ticks, and on its
 * first few samples one error is already "at least 1%"; a CUSUM weighs each answer once, so a
 * healthy stream with a background of errors under the limit never piles up evidence, while a
 * fault does within a few hundred answers. Two tests run side by side: errors against
 * max-error-rate, and answers slower than max-p95-latency against the 5% a p95 allows, where a
 * probe still out after max-p95-latency already counts as slow. While either leans towards a
 * fault, probes go out ten times as often, so a fault is confirmed or ruled out within a second
 * or two. It is driven by its caller's clock: the soak passes Date.now(), a simulation its own.
 */
export class ProbeJudge {
  readonly window: SlidingWindow;
  readonly #config: ProbeJudgeConfig;
  readonly #errors: Cusum;
  readonly #slow = new Cusum(SLOW_SHARE);
  /** The latencies of the slow test's current run of evidence, for the p95 a breach reports. */
  #slowRun: number[] = [];
  readonly #inFlight: ProbeTicket[] = [];
  #answered = 0;
  #lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(config: ProbeJudgeConfig) {
    this.#config = config;
    this.window = new SlidingWindow(config.windowMs);
    this.#errors = new Cusum(config.maxErrorRate);
  }

  /** When the next probe is due; in the past while the in-flight limit holds it back. */
  nextProbeAt(): number {
    const suspicious = this.#errors.score > 0 || this.#slow.score > 0;
    return this.#lastSentAt + (suspicious ? Math.max(1, this.#config.everyMs / BURST) : this.#config.everyMs);
  }

  canSend(now: number): boolean {
    return now >= this.nextProbeAt() && this.#inFlight.length < MAX_IN_FLIGHT;
  }

  sent(now: number): ProbeTicket {
    const ticket = { at: now, overdue: false };
    this.#lastSentAt = now;
    this.#inFlight.push(ticket);
    return ticket;
  }

  answered(ticket: ProbeTicket, answer: ProbeAnswer, now: number): void {
    const at = this.#inFlight.indexOf(ticket);
    if (at < 0) return;
    this.#inFlight.splice(at, 1);
    this.#answered += 1;
    this.window.add({ at: now, source: "probes", count: 1, errors: answer.failed ? 1 : 0, latencyMs: answer.latencyMs });
    this.#errors.add(answer.failed);
    if (!ticket.overdue) this.#addLatency(answer.latencyMs);
  }

  /** Both tests as they stand at `now`; a breach only on min-samples answers and a test past its threshold. */
  verdict(now: number): ProbeVerdict {
    for (const ticket of this.#inFlight) {
      if (ticket.overdue || now - ticket.at <= this.#config.maxP95Ms) continue;
      ticket.overdue = true;
      this.#addLatency(now - ticket.at);
    }
    if (this.#answered < this.#config.minSamples) return {};
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const { maxErrorRate, maxP95Ms } = this.#config;
    const errors = this.#errors;
    const low = errors.score >= THRESHOLD ? wilsonLow(errors.hits, errors.n) : 0;
    if (low > maxErrorRate) {
      return {
        breach: `probes: error rate ${pct(errors.hits / errors.n)} (${errors.hits}/${errors.n}, at least ${pct(low)} at 95% confidence) > max-error-rate ${pct(maxErrorRate)}`,
      };
    }
    const p95 =
      this.#slow.score >= THRESHOLD
        ? Math.round(
            percentile(
              [...this.#slowRun].sort((a, b) => a - b),
              95,
            ),
          )
        : 0;
    if (p95 > maxP95Ms) {
      return { breach: `probes: p95 ${p95} ms > max-p95-latency ${maxP95Ms} ms over ${this.#slowRun.length} samples` };
    }
    return {};
  }

  figures(now: number): WindowFigures {
    return this.window.figures(now);
  }

  #addLatency(ms: number): void {
    const fresh = this.#slow.add(ms > this.#config.maxP95Ms);
    if (this.#slow.score === 0 || fresh) this.#slowRun = [];
    if (this.#slow.score > 0) this.#slowRun.push(ms);
  }
}

/** Breaches in a row so far: `consecutive` of them act; an immediate one (an alarm) acts at once. */
export function countBreaches(sofar: number, verdict: { breach?: string; immediate?: boolean }, consecutive: number): number {
  return verdict.breach ? (verdict.immediate ? consecutive : sofar + 1) : 0;
}
