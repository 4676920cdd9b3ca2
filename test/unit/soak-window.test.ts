// The soak's sliding window: what it counts, what falls out, and how much evidence an error rate needs.
import { describe, expect, it } from "vitest";
import { SlidingWindow, wilsonLow, windowFigures } from "../../src/judge/window.ts";

describe("wilsonLow", () => {
  it("asks for evidence before it shows an error rate", () => {
    expect(wilsonLow(0, 0)).toBe(0);
    expect(wilsonLow(0, 1_000)).toBe(0);
    expect(wilsonLow(1, 40)).toBeCloseTo(0.0044, 4);
    expect(wilsonLow(10, 10)).toBeCloseTo(0.722, 3);
    expect(wilsonLow(100, 1_000)).toBeCloseTo(0.0829, 4);
  });

  it("never exceeds the raw rate, and grows with the sample at the same rate", () => {
    for (const [errors, n] of [
      [1, 10],
      [5, 50],
      [50, 500],
    ] as const)
      expect(wilsonLow(errors, n)).toBeLessThan(errors / n);
    expect(wilsonLow(1, 10)).toBeLessThan(wilsonLow(5, 50));
    expect(wilsonLow(5, 50)).toBeLessThan(wilsonLow(50, 500));
  });
});

describe("windowFigures", () => {
  it("gives the raw rate and its lower bound", () => {
    expect(windowFigures(0, 0, 0)).toEqual({ samples: 0, errors: 0, errorRate: 0, errorRateLow: 0, p95Ms: 0 });
    expect(windowFigures(40, 1, 120)).toMatchObject({ samples: 40, errors: 1, errorRate: 0.025, p95Ms: 120 });
  });
});

describe("SlidingWindow", () => {
  it("keeps only the last span, counting probes and CloudWatch periods alike", () => {
    const window = new SlidingWindow(60_000);
    window.add({ at: 0, source: "probe", count: 1, errors: 1, latencyMs: 900 });
    window.add({ at: 30_000, source: "cloudwatch", count: 100, errors: 2, latencyMs: 40 });
    window.add({ at: 50_000, source: "probe", count: 1, errors: 0, latencyMs: 20 });
    expect(window.figures(50_000)).toMatchObject({ samples: 102, errors: 3, p95Ms: 900 });
    expect(window.figures(60_000)).toMatchObject({ samples: 101, errors: 2, p95Ms: 40 });
    expect(window.figures(60_000, "probe")).toMatchObject({ samples: 1, errors: 0, errorRate: 0, p95Ms: 20 });
    expect(window.figures(200_000)).toEqual(windowFigures(0, 0, 0));
  });

  it("takes the p95 of the latencies it holds, skipping observations without one", () => {
    const window = new SlidingWindow(1_000);
    for (let i = 1; i <= 100; i++) window.add({ at: 500, source: "probe", count: 1, errors: 0, latencyMs: i });
    window.add({ at: 500, source: "cloudwatch", count: 10, errors: 0 });
    expect(window.figures(600)).toMatchObject({ samples: 110, p95Ms: 95 });
  });
});
