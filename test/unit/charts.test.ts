// The Mermaid text of the summary charts: a true time axis, steps drawn as steps, visible colours.
import { describe, expect, it } from "vitest";
import { weightChart } from "../../src/flip/report.ts";
import { GRID_POINTS, onGrid } from "../../src/github/chart.ts";
import { bucketMax, headlineFigures, soakCharts } from "../../src/soak/chart.ts";

const weights = (green: number) => ({ blue: 100 - green, green });

describe("weight chart", () => {
  it("places each write at its time, holding the weight until the next one", () => {
    const timeline = [
      { t: 0, weights: weights(0), event: "read" },
      { t: 100, weights: weights(10), event: "10% on green" },
      { t: 2_100, weights: weights(50), event: "50% on green" },
      { t: 4_100, weights: weights(100), event: "100% on green" },
    ];
    const chart = weightChart(timeline, "green", 5_900);
    const line = /line \[([^\]]+)\]/.exec(chart)?.[1]?.split(", ").map(Number) ?? [];
    expect(line).toHaveLength(GRID_POINTS);
    // 6 s over 60 points: one point every 6/59 s, so 2.1 s falls after the 20th point and 4.1 s after the 40th.
    expect(line.slice(0, 21)).toEqual([0, ...Array(20).fill(10)]);
    expect(line.slice(21, 41)).toEqual(Array(20).fill(50));
    expect(line.slice(41)).toEqual(Array(19).fill(100));
    expect(chart).toContain('x-axis "seconds" 0 --> 6\n');
    expect(chart).toContain('%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#1a7f37"}}}}%%');
  });
});

describe("soak charts", () => {
  const limits = { maxErrorRate: 0.01, maxP95Ms: 2_000 };
  const point = (t: number, errorRate: number, p95Ms = 20) => ({ t, errorRate, p95Ms, samples: 40 });

  it("says in a sentence what a chart far below its limit would only draw flat", () => {
    const text = soakCharts([point(1_000, 0), point(2_000, 0, 30)], "green", limits);
    expect(text).toBe(
      "Error rate on green: 0% all along, far below the limit of 1%.\n\np95 latency on green: between 20 ms and 30 ms all along, far below the limit of 2000 ms.",
    );
  });

  it("draws the limit and marks the breach as a rule up to the verdict's figure, inside the axis", () => {
    const breach = "probes: error rate 50.0% (20/40, at least 35.2% at 95% confidence) > max-error-rate 1.0%";
    const text = soakCharts([point(1_000, 0), point(2_000, 0), point(3_000, 0.2)], "blue", {
      ...limits,
      breachAt: 3_000,
      breach,
    });
    expect(text).toContain('title "Error rate on blue (%): breach 50% at 3.0s, limit 1%"');
    expect(text).toContain('y-axis "%" 0 --> 50\n');
    expect(text).toContain(`line [${[...Array(GRID_POINTS - 1).fill(0), 50].join(", ")}]`);
    expect(text).toContain(`line [${Array(GRID_POINTS).fill(1).join(", ")}]`);
    expect(text).toContain('"plotColorPalette":"#cf222e, #bf8700, #0969da"');
    expect(text).not.toContain("p95 latency on blue (ms)");
  });

  it("shows the time around a late breach, not the long healthy time before it", () => {
    const series = Array.from({ length: 300 }, (_, i) => point(i * 1_000, i < 290 ? 0 : 0.05));
    const text = soakCharts(series, "green", { ...limits, breachAt: 299_500, breach: "probes: error rate 29.4% (5/17, …)" });
    expect(text).toContain('x-axis "seconds" 284 --> 300\n');
    expect(text).toContain("From 4m44s into the soak");
  });

  it("reads the figure a breach states first", () => {
    expect(headlineFigures("probes: error rate 29.4% (5/17, at least 10.3% at 95% confidence) > max-error-rate 1.0%")).toEqual({
      errorRate: 29.4,
    });
    expect(headlineFigures("CloudWatch: p95 2300 ms > max-p95-latency 2000 ms over 40 samples")).toEqual({ p95Ms: 2300 });
    expect(headlineFigures("alarm checkout-5xx is in ALARM")).toEqual({});
  });

  it("keeps each bucket's highest value, so no peak falls between two grid points", () => {
    const values = bucketMax(
      [
        { t: 0, value: 1 },
        { t: 500, value: 9 },
        { t: 510, value: 2 },
      ],
      0,
      59_000,
    );
    expect(values.slice(0, 3)).toEqual([1, 9, 2]);
  });

  it("samples a series on an even grid, 0 before its first point", () => {
    expect(onGrid([{ t: 590 }], () => 7, 5_900).slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 7]);
  });
});
