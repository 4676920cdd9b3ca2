import { percentile } from "../probe/stats.ts";

/** One answer, or one period's count from CloudWatch: `count` requests of which `errors` failed. */
export interface Observation {
  at: number;
  source: string;
  count: number;
  errors: number;
  /** Latency of a single probe, or a period's p95 from CloudWatch, in ms. */
  latencyMs?: number;
}

export interface WindowFigures {
  samples: number;
  errors: number;
  errorRate: number;
  /** The error rate the window shows with 95% confidence at least (Wilson lower bound). */
  errorRateLow: number;
  p95Ms: number;
}

const Z = 1.96;

/**
 * The lowest error rate consistent with `errors` of `n` at 95% confidence. One error in forty
 * samples is 2.5% raw but only 0.4% here: too little evidence to roll back a healthy release,
 * while ten errors in ten samples is at least 72%.
 */
export function wilsonLow(errors: number, n: number): number {
  if (n === 0) return 0;
  const p = errors / n;
  const centre = p + (Z * Z) / (2 * n);
  const spread = Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + (Z * Z) / n));
}

export function windowFigures(samples: number, errors: number, p95Ms: number): WindowFigures {
  return { samples, errors, errorRate: samples ? errors / samples : 0, errorRateLow: wilsonLow(errors, samples), p95Ms };
}

/** The observations of the last `spanMs`; older ones fall out as new ones come in. */
export class SlidingWindow {
  readonly #spanMs: number;
  #items: Observation[] = [];

  constructor(spanMs: number) {
    this.#spanMs = spanMs;
  }

  add(observation: Observation): void {
    this.#items.push(observation);
  }

  figures(now: number, source?: string): WindowFigures {
    this.#items = this.#items.filter((o) => o.at > now - this.#spanMs);
    const items = source ? this.#items.filter((o) => o.source === source) : this.#items;
    const samples = items.reduce((n, o) => n + o.count, 0);
    const errors = items.reduce((n, o) => n + o.errors, 0);
    const latencies = items.flatMap((o) => (o.latencyMs === undefined ? [] : [o.latencyMs])).sort((a, b) => a - b);
    return windowFigures(samples, errors, Math.round(percentile(latencies, 95)));
  }
}
