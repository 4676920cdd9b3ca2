// The soak's probe judge on a virtual clock, on fixed seeds: it rolls a bad stream back after the
// fault begins and never before, and it never rolls a healthy stream back. Behaviour only; how fast
// it decides is a figure of `npm run bench`.
import { describe, expect, it } from "vitest";
import {
  defaultSoak,
  faultAt,
  HEALTHY,
  P95_OVER_MEDIAN,
  type Stream,
  seeded,
  simulateSoak,
  stream,
} from "../sandbox/soak-sim.ts";

const DEFAULTS = defaultSoak(10 * 60_000);
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const ONSET_MS = 60_000;

describe("the soak's probe judge", () => {
  it("never rolls back a healthy green with 0.5% errors and latency jitter, over ten-minute soaks", () => {
    for (const seed of SEEDS)
      expect(simulateSoak(DEFAULTS, stream(seeded(seed), HEALTHY)).breachAt, `seed ${seed}`).toBeUndefined();
  });

  it.each([
    ["5% errors", { ...HEALTHY, errorRate: 0.05 }],
    ["50% errors", { ...HEALTHY, errorRate: 0.5 }],
    ["p95 latency doubled past max-p95-latency", { ...HEALTHY, medianMs: 4_000 / P95_OVER_MEDIAN, spikes: 0 }],
    ["every probe timing out", { ...HEALTHY, medianMs: 60_000, spikes: 0 }],
  ])("rolls back a green with %s, after the fault begins and never before", (_, bad) => {
    for (const seed of SEEDS) {
      const rng = seeded(seed);
      const soak = simulateSoak(DEFAULTS, faultAt(ONSET_MS, stream(rng, HEALTHY), stream(rng, bad)));
      expect(soak.breachAt, `seed ${seed}`).toBeGreaterThanOrEqual(ONSET_MS);
    }
  });

  it("does not roll back an error rate just under max-error-rate", () => {
    for (const seed of SEEDS.slice(0, 5)) {
      expect(simulateSoak(DEFAULTS, stream(seeded(seed), { ...HEALTHY, errorRate: 0.008 })).breachAt).toBeUndefined();
    }
  });

  it("counts a probe still out after max-p95-latency as slow, before its answer comes back", () => {
    // Every answer takes 30 s, far past probe-timeout: none is back when the judge decides.
    const hanging: Stream = () => ({ failed: false, latencyMs: 30_000 });
    const soak = simulateSoak(
      { ...DEFAULTS, minSamples: 1, timeoutMs: 60_000 },
      faultAt(5_000, stream(seeded(7), HEALTHY), hanging),
    );
    expect(soak.breachAt).toBeGreaterThan(5_000 + DEFAULTS.maxP95Ms);
    expect(soak.breachAt).toBeLessThan(5_000 + 30_000);
  });

  it("probes ten times as often only while the evidence leans towards a fault", () => {
    const healthy = simulateSoak(DEFAULTS, stream(seeded(3), { ...HEALTHY, errorRate: 0 }));
    expect(healthy.probes).toBe(DEFAULTS.durationMs / DEFAULTS.everyMs);
    const oneError: Stream = (t) => ({ failed: t >= 30_000 && t < 30_100, latencyMs: 40 });
    const probes = simulateSoak(DEFAULTS, oneError).probes;
    expect(probes).toBeGreaterThan(DEFAULTS.durationMs / DEFAULTS.everyMs);
    expect(probes).toBeLessThan(DEFAULTS.durationMs / DEFAULTS.everyMs + 100);
  });
});
