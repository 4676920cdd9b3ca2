/**
 * Mermaid xy-charts as GitHub draws them in a job summary. Mermaid spaces the values of a series
 * evenly along the x axis, so every series is first sampled on an even time grid: the axis is
 * then true time, and a value that jumps (a weight write) is drawn as a step, not a ramp.
 */

export interface Plot {
  kind: "line" | "bar";
  values: number[];
  /** Any CSS colour; the default theme's first one is all but invisible on white. */
  colour: string;
}

export interface Chart {
  title: string;
  /** Where the x axis starts, in ms since the chart's origin (the soak's start); 0 when absent. */
  startMs?: number;
  spanMs: number;
  yLabel: string;
  yMax: number;
  plots: Plot[];
}

/** Enough points for a step to look like one, few enough for the summary. */
export const GRID_POINTS = 60;

export const COLOUR = {
  blue: "#0969da",
  green: "#1a7f37",
  threshold: "#bf8700",
  breach: "#cf222e",
} as const;

/** The x axis runs to a whole number of seconds; the grid must span exactly as far. */
export function chartSpan(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000)) * 1000;
}

/** What stood at each of `GRID_POINTS` even instants from 0 to `spanMs`: the last point at or before it. */
export function onGrid<T extends { t: number }>(points: T[], value: (p: T) => number, spanMs: number): number[] {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  let at = 0;
  return Array.from({ length: GRID_POINTS }, (_, i) => {
    const t = (spanMs * i) / (GRID_POINTS - 1);
    while (at + 1 < sorted.length && (sorted[at + 1] as T).t <= t) at += 1;
    const point = sorted[at];
    return point && point.t <= t ? value(point) : 0;
  });
}

/** A constant line: a threshold. */
export function level(value: number): number[] {
  return Array.from({ length: GRID_POINTS }, () => value);
}

/** The next round number at or above `value`, so that the y axis ends on a readable tick. */
export function roundUp(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value) as number;
  return step * magnitude;
}

export function mermaidChart(chart: Chart): string {
  const palette = chart.plots.map((p) => p.colour).join(", ");
  const init = { themeVariables: { xyChart: { plotColorPalette: palette } } };
  const round = (n: number) => Number(n.toFixed(2));
  return [
    "```mermaid",
    `%%{init: ${JSON.stringify(init)}}%%`,
    "xychart-beta",
    `  title "${chart.title}"`,
    `  x-axis "seconds" ${(chart.startMs ?? 0) / 1000} --> ${((chart.startMs ?? 0) + chart.spanMs) / 1000}`,
    `  y-axis "${chart.yLabel}" 0 --> ${round(chart.yMax)}`,
    ...chart.plots.map((p) => `  ${p.kind} [${p.values.map(round).join(", ")}]`),
    "```",
  ].join("\n");
}
