import type { SoakPoint } from "./monitor.ts";

const MAX_POINTS = 60;

/** At most MAX_POINTS, evenly picked, so that the chart stays readable over a long soak. */
function thin(points: SoakPoint[]): SoakPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const step = points.length / MAX_POINTS;
  return Array.from({ length: MAX_POINTS }, (_, i) => points[Math.floor(i * step)] as SoakPoint);
}

/** Two Mermaid charts, error rate and p95 over the soak, as GitHub renders them in a summary. */
export function soakCharts(series: SoakPoint[], color: string, marks: string): string {
  const points = thin(series);
  if (points.length < 2) return "";
  const x = `x-axis "seconds" [${points.map((p) => Math.round(p.t / 1000)).join(", ")}]`;
  const rate = points.map((p) => (p.errorRate * 100).toFixed(1));
  const p95 = points.map((p) => p.p95Ms);
  const top = Math.max(1, ...rate.map(Number));
  const chart = (title: string, axis: string, max: number, values: (string | number)[]) =>
    [
      "```mermaid",
      "xychart-beta",
      `  title "${title}"`,
      `  ${x}`,
      `  y-axis "${axis}" 0 --> ${max}`,
      `  line [${values.join(", ")}]`,
      "```",
    ].join("\n");
  return [
    marks,
    chart(`Error rate on ${color}`, "error rate %", Math.ceil(top), rate),
    chart(`p95 latency on ${color}`, "p95 ms", Math.max(10, ...p95), p95),
  ]
    .filter(Boolean)
    .join("\n\n");
}
