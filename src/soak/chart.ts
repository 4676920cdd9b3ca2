import type { Color } from "../core/color.ts";
import { COLOUR, chartSpan, level, markerAt, mermaidChart, onGrid, type Plot, roundUp } from "../github/chart.ts";
import type { SoakPoint } from "./monitor.ts";

export interface SoakChartLimits {
  maxErrorRate: number;
  maxP95Ms: number;
  /** When the breach was called, in ms since the soak began. */
  breachAt?: number;
}

/**
 * Error rate and p95 over the soak on a true time axis, each with its threshold and the breach
 * marked by a red spike. A chart whose line stays far below its threshold says nothing a
 * sentence cannot, and is that sentence instead.
 */
export function soakCharts(series: SoakPoint[], color: Color, limits: SoakChartLimits): string {
  // A window that held no sample yet has no figures to draw.
  const seen = series.filter((p) => p.samples > 0);
  if (seen.length < 2) return "";
  const end = Math.max(limits.breachAt ?? 0, (seen.at(-1) as SoakPoint).t);
  const span = chartSpan(end);
  const chart = (title: string, unit: string, pick: (p: SoakPoint) => number, threshold: number) => {
    const values = onGrid(seen, pick, span);
    const top = Math.max(...seen.map(pick));
    const low = Math.min(...seen.map(pick));
    const measure = (n: number) => `${format(n)}${unit === "%" ? "%" : ` ${unit}`}`;
    if (top < threshold / 4) {
      const range = low === top ? measure(top) : `between ${measure(low)} and ${measure(top)}`;
      return `${title}: ${range} all along, far below the limit of ${measure(threshold)}.`;
    }
    const yMax = roundUp(Math.max(threshold * 1.25, top));
    // Drawn in this order, so that the figures' line lies on top of the marker's.
    const plots: Plot[] = [
      ...(limits.breachAt === undefined
        ? []
        : [{ kind: "line" as const, values: markerAt(limits.breachAt, span, yMax), colour: COLOUR.breach }]),
      { kind: "line", values: level(threshold), colour: COLOUR.threshold },
      { kind: "line", values, colour: COLOUR[color] },
    ];
    return mermaidChart({ title: `${title} (${unit}), limit ${measure(threshold)}`, spanMs: span, yLabel: unit, yMax, plots });
  };
  const charts = [
    chart(`Error rate on ${color}`, "%", (p) => p.errorRate * 100, limits.maxErrorRate * 100),
    chart(`p95 latency on ${color}`, "ms", (p) => p.p95Ms, limits.maxP95Ms),
  ];
  const drawn = charts.some((c) => c.startsWith("```"));
  const legend = `Lines: ${color}'s figures in ${color}, the limit in amber${limits.breachAt === undefined ? "" : ", the breach as a red spike"}.`;
  return [drawn ? legend : "", ...charts].filter(Boolean).join("\n\n");
}

function format(n: number): string {
  return String(Number(n.toFixed(n < 10 ? 2 : 0)));
}
