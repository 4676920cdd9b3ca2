// Each chart as GitHub draws it: the Mermaid text of the weight and soak charts laid out by the
// mermaid package itself, whose data must agree with the headline the summary gives beside it.
import DOMPurify from "dompurify";
import { beforeAll, describe, expect, it } from "vitest";
import { weightChart } from "../../src/flip/report.ts";
import { soakCharts } from "../../src/soak/chart.ts";

interface XyData {
  yAxis: { min: number; max: number };
  plots: { type: "line" | "bar"; data: [string, number][] }[];
}
interface Drawable {
  groupTexts: string[];
  type: string;
  data: { path?: string; y?: number; height?: number }[];
}

let mermaid: typeof import("mermaid").default;

beforeAll(async () => {
  // mermaid sanitizes labels with DOMPurify, which needs a browser's DOM; the charts' labels are
  // cutover's own text, so in node it passes them through as they are.
  Object.assign(DOMPurify, { addHook: () => {}, removeHook: () => {}, removeHooks: () => {}, sanitize: String });
  mermaid = (await import("mermaid")).default;
});

/** The chart as mermaid parses and lays it out: its data series, and the y of each point drawn. */
async function render(markdown: string): Promise<{ data: XyData; drawn: Drawable[] }> {
  const text = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? "";
  expect(await mermaid.parse(text)).toMatchObject({ diagramType: "xychart" });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as { getXYChartData(): XyData; getDrawableElem(): Drawable[] };
  return { data: db.getXYChartData(), drawn: db.getDrawableElem() };
}

/** Every point of every plot, in pixels from the top: lines from their paths, bars from their tops. */
function plottedY(drawn: Drawable[]): number[] {
  return drawn
    .filter((d) => d.groupTexts[0] === "plot")
    .flatMap((d) =>
      d.type === "path"
        ? d.data.flatMap((p) => [...(p.path ?? "").matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1])))
        : d.data.filter((r) => (r.height ?? 0) > 0).map((r) => r.y ?? 0),
    );
}

function axisTop(drawn: Drawable[]): number {
  const ticks = drawn.find((d) => d.groupTexts.join(" ") === "left-axis ticks");
  return Math.min(...(ticks?.data ?? []).map((t) => Number(/M [\d.]+,([\d.]+)/.exec(t.path ?? "")?.[1])));
}

describe("the charts as mermaid draws them", () => {
  const point = (t: number, errorRate: number, p95Ms = 20) => ({ t, errorRate, p95Ms, samples: 40 });
  const limits = { maxErrorRate: 0.01, maxP95Ms: 2_000 };

  it("soak error rate: the highest point plotted is the breach's headline figure, inside the axis", async () => {
    // A sudden fault: the 30 s window's rate climbs slowly while the run the judge counts is at 29.4%.
    const series = [...Array.from({ length: 250 }, (_, i) => point(i * 1_000, 0)), point(250_000, 0.02), point(251_000, 0.066)];
    const breach = "probes: error rate 29.4% (5/17, at least 12.1% at 95% confidence) > max-error-rate 1.0%";
    const text = soakCharts(series, "green", { ...limits, breachAt: 251_200, breach });
    const { data, drawn } = await render(text);
    const values = data.plots.flatMap((p) => p.data.map(([, v]) => v));
    expect(Math.max(...values)).toBe(29.4);
    expect(data.yAxis.max).toBeGreaterThanOrEqual(29.4);
    expect(Math.min(...plottedY(drawn))).toBeGreaterThanOrEqual(axisTop(drawn) - 0.5);
    // The breach is a rule up to its figure (the first plot, in red), not a spike to the top of the axis.
    expect(Math.max(...(data.plots[0]?.data.map(([, v]) => v) ?? []))).toBe(29.4);
    expect(data.yAxis.max).toBeGreaterThan(29.4);
    expect(text).toContain("breach 29.4% at 4m11s");
  });

  it("soak p95: the breach figure is plotted and the axis covers it", async () => {
    const series = [point(1_000, 0, 100), point(2_000, 0, 900), point(3_000, 0, 1_800)];
    const breach = "probes: p95 2300 ms > max-p95-latency 2000 ms over 40 samples";
    const { data, drawn } = await render(
      soakCharts(series, "blue", { ...limits, breachAt: 3_400, breach })
        .split("\n\n")
        .at(-1) ?? "",
    );
    const values = data.plots.flatMap((p) => p.data.map(([, v]) => v));
    expect(Math.max(...values)).toBe(2300);
    expect(data.yAxis.max).toBeGreaterThanOrEqual(2300);
    expect(Math.min(...plottedY(drawn))).toBeGreaterThanOrEqual(axisTop(drawn) - 0.5);
  });

  it("weight chart: the last step's share is the highest point, and the axis is 0 to 100", async () => {
    const weights = (green: number) => ({ blue: 100 - green, green });
    const timeline = [
      { t: 0, weights: weights(0), event: "read" },
      { t: 100, weights: weights(10), event: "10% on green" },
      { t: 2_100, weights: weights(100), event: "100% on green" },
    ];
    const { data, drawn } = await render(weightChart(timeline, "green", 3_000));
    expect(Math.max(...data.plots.flatMap((p) => p.data.map(([, v]) => v)))).toBe(100);
    expect(data.yAxis).toMatchObject({ min: 0, max: 100 });
    expect(Math.min(...plottedY(drawn))).toBeGreaterThanOrEqual(axisTop(drawn) - 0.5);
  });
});
