import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { COLOUR, GRID_POINTS, level, mermaidChart, type Plot, roundUp } from "../github/chart.ts";
import type { SoakPoint } from "./monitor.ts";

export interface SoakChartLimits {
  maxErrorRate: number;
  maxP95Ms: number;
  /** When the breach was called, in ms since the soak began. */
  breachAt?: number;
  /** The breach as the verdict states it: its figure is the one the chart marks. */
  breach?: string;
}

/** How much of the healthy time before a breach the chart keeps: enough to see the line rise. */
const BEFORE_BREACH_MS = 15_000;

/**
 * Error rate and p95 over the soak on a true time axis, each with its threshold. With a breach,
 * the chart shows the time around it, and marks the breach as a red rule up to the figure the verdict
 * states, which is also the highest point of the line. A chart whose line stays far below its
 * threshold says nothing a sentence cannot, and is that sentence instead.
 */
export function soakCharts(series: SoakPoint[], color: Color, limits: SoakChartLimits): string {
  // A window that held no sample yet has no figures to draw.
  const seen = series.filter((p) => p.samples > 0);
  if (seen.length < 2 && limits.breachAt === undefined) return "";
  const headline = headlineFigures(limits.breach ?? "");
  const breachAt = limits.breachAt;
  const end = Math.max(breachAt ?? 0, (seen.at(-1) as SoakPoint | undefined)?.t ?? 0);
  const start = breachAt === undefined ? 0 : Math.max(0, Math.floor((breachAt - BEFORE_BREACH_MS) / 1000) * 1000);
  const span = Math.max(1, Math.ceil((end - start) / 1000)) * 1000;
  const chart = (metric: Metric) => {
    const mark = breachAt === undefined ? undefined : headline[metric.key];
    const points = seen.map((p) => ({ t: p.t, value: metric.pick(p) }));
    if (mark !== undefined && breachAt !== undefined) points.push({ t: breachAt, value: mark });
    const inView = points.filter((p) => p.t >= start);
    const top = Math.max(0, ...inView.map((p) => p.value));
    const low = Math.min(...inView.map((p) => p.value));
    if (mark === undefined && top < metric.limit / 4) {
      const range = low === top ? metric.measure(top) : `between ${metric.measure(low)} and ${metric.measure(top)}`;
      return `${metric.title}: ${range} all along, far below the limit of ${metric.measure(metric.limit)}.`;
    }
    const values = bucketMax(points, start, span);
    const yMax = roundUp(Math.max(metric.limit * 1.25, top));
    const plots: Plot[] = [
      ...(mark === undefined || breachAt === undefined
        ? []
        : [{ kind: "line" as const, values: ruleAt(breachAt, start, span, mark), colour: COLOUR.breach }]),
      { kind: "line", values: level(metric.limit), colour: COLOUR.threshold },
      { kind: "line", values, colour: COLOUR[color] },
    ];
    const breachText =
      mark === undefined || breachAt === undefined ? "" : `: breach ${metric.measure(mark)} at ${formatDuration(breachAt)}`;
    return mermaidChart({
      title: `${metric.title} (${metric.unit})${breachText}, limit ${metric.measure(metric.limit)}`,
      startMs: start,
      spanMs: span,
      yLabel: metric.unit,
      yMax,
      plots,
    });
  };
  const charts = metrics(color, limits).map(chart);
  const drawn = charts.some((c) => c.startsWith("```"));
  const marked = breachAt !== undefined && Object.keys(headline).length > 0;
  const from =
    start > 0 ? ` From ${formatDuration(start)} into the soak: the ${formatDuration(BEFORE_BREACH_MS)} before the breach.` : "";
  const legend = `Lines: ${color}'s figures in ${color}, the limit in amber${marked ? ", the breach as a red rule up to the figure the verdict states" : ""}.${from}`;
  return [drawn ? legend : "", ...charts].filter(Boolean).join("\n\n");
}

interface Metric {
  key: "errorRate" | "p95Ms";
  title: string;
  unit: string;
  limit: number;
  pick: (p: SoakPoint) => number;
  measure: (n: number) => string;
}

function metrics(color: Color, limits: SoakChartLimits): Metric[] {
  return [
    {
      key: "errorRate",
      title: `Error rate on ${color}`,
      unit: "%",
      limit: limits.maxErrorRate * 100,
      pick: (p) => p.errorRate * 100,
      measure: (n) => `${format(n)}%`,
    },
    {
      key: "p95Ms",
      title: `p95 latency on ${color}`,
      unit: "ms",
      limit: limits.maxP95Ms,
      pick: (p) => p.p95Ms,
      measure: (n) => `${format(n)} ms`,
    },
  ];
}

/**
 * The figure a breach states first, as the judge writes it (soak/judge.ts, monitor.ts): "error
 * rate 29.4% (…)" or "p95 2300 ms > …". An alarm's breach states none.
 */
export function headlineFigures(breach: string): Partial<Record<Metric["key"], number>> {
  const rate = /\berror rate (\d+(?:\.\d+)?)%/.exec(breach);
  if (rate) return { errorRate: Number(rate[1]) };
  const p95 = /\bp95 (\d+(?:\.\d+)?) ms\b/.exec(breach);
  return p95 ? { p95Ms: Number(p95[1]) } : {};
}

/**
 * Each of GRID_POINTS even instants from `start` over `span`: the highest value since the one
 * before (so that no peak falls between two instants), else the last value seen, else 0.
 */
export function bucketMax(points: { t: number; value: number }[], start: number, span: number): number[] {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  let last = 0;
  let at = 0;
  while (at < sorted.length && (sorted[at] as { t: number }).t < start) last = (sorted[at++] as { value: number }).value;
  return Array.from({ length: GRID_POINTS }, (_, i) => {
    const t = start + (span * i) / (GRID_POINTS - 1);
    let top: number | undefined;
    while (at < sorted.length && (sorted[at] as { t: number }).t <= t) {
      const value = (sorted[at++] as { value: number }).value;
      top = Math.max(top ?? value, value);
      last = value;
    }
    return top ?? last;
  });
}

/**
 * A red rule up to `height` (the breach's figure, never the axis top) at the grid point where `t`
 * falls, the one bucketMax counts it in; 0 elsewhere. Mermaid's xychart has no markers, and its
 * bars draw a strip even at 0, so the rule is a line.
 */
function ruleAt(t: number, start: number, span: number, height: number): number[] {
  const index = Math.min(GRID_POINTS - 1, Math.ceil(((t - start) / span) * (GRID_POINTS - 1)));
  return Array.from({ length: GRID_POINTS }, (_, i) => (i === index ? height : 0));
}

function format(n: number): string {
  return String(Number(n.toFixed(n < 10 ? 2 : 1)));
}
