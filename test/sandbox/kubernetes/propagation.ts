// How long each traffic plane takes to apply a change once it is stored, with jitter drawn from
// one seeded random source per cluster (the seed is printed, and CUTOVER_SANDBOX_SEED replays it).
// Real figures, scaled by the cluster's timeScale like every other duration of the sandbox:
// - kube-proxy applies EndpointSlice changes at its next sync, at most one a second
//   (--iptables-min-sync-period, default 1 s): 0 to 1 s.
// - istiod debounces pushes: it waits for 100 ms without a change (PILOT_DEBOUNCE_AFTER), but
//   no longer than 10 s after the first (PILOT_DEBOUNCE_MAX), then pushes to the proxies, which
//   takes a moment more (up to 1 s here).
// - A Gateway's data plane re-reads routes within a few seconds (up to 3 s here); the Gateway API
//   conformance suite allows 30 s for traffic to settle (MaxTimeToConsistency).

export interface PlaneDelay {
  /** A sync or push happens this long after the change that started it, drawn in [minMs, maxMs]. */
  minMs: number;
  maxMs: number;
  /** Pushes wait for this long without a change first (istiod's PILOT_DEBOUNCE_AFTER). */
  quietMs?: number;
  /** ...but no longer than this after the first change (PILOT_DEBOUNCE_MAX). */
  capMs?: number;
}

export interface Propagation {
  seed: number;
  service: PlaneDelay;
  gateway: PlaneDelay;
  mesh: PlaneDelay;
}

export function defaultPropagation(timeScale: number, seed = randomSeed()): Propagation {
  const s = (ms: number) => ms * timeScale;
  return {
    seed,
    service: { minMs: 0, maxMs: s(1_000) },
    gateway: { minMs: s(100), maxMs: s(3_000) },
    mesh: { minMs: 0, maxMs: s(1_000), quietMs: s(100), capMs: s(10_000) },
  };
}

function randomSeed(): number {
  const given = Number(process.env.CUTOVER_SANDBOX_SEED);
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31);
}

/** mulberry32: a small seeded generator, enough for jitter. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Calls `apply` once per sync: the first change after a sync schedules the next one (kube-proxy,
 * a gateway), or, with quietMs, once the changes pause (istiod's debounce). `apply` reads the
 * state as stored at that moment, so every change stored before it is in.
 */
export class Syncer {
  readonly #delay: PlaneDelay;
  readonly #random: () => number;
  readonly #apply: () => void;
  #pending?: NodeJS.Timeout;
  #quiet?: NodeJS.Timeout;
  #firstAt = 0;
  readonly #pushes = new Set<NodeJS.Timeout>();

  constructor(delay: PlaneDelay, random: () => number, apply: () => void) {
    this.#delay = delay;
    this.#random = random;
    this.#apply = apply;
  }

  changed(): void {
    const { quietMs, capMs } = this.#delay;
    if (quietMs === undefined) {
      this.#pending ??= setTimeout(() => this.#sync(), this.#draw());
      return;
    }
    if (!this.#quiet) this.#firstAt = Date.now();
    clearTimeout(this.#quiet);
    const left = Math.max(0, (capMs ?? Number.POSITIVE_INFINITY) - (Date.now() - this.#firstAt));
    this.#quiet = setTimeout(() => this.#push(), Math.min(quietMs, left));
  }

  #push(): void {
    this.#quiet = undefined;
    const push = setTimeout(() => {
      this.#pushes.delete(push);
      this.#apply();
    }, this.#draw());
    this.#pushes.add(push);
  }

  #sync(): void {
    this.#pending = undefined;
    this.#apply();
  }

  #draw(): number {
    const { minMs, maxMs } = this.#delay;
    return minMs + this.#random() * (maxMs - minMs);
  }

  stop(): void {
    clearTimeout(this.#pending);
    clearTimeout(this.#quiet);
    for (const push of this.#pushes) clearTimeout(push);
  }
}
