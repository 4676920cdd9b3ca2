import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { COLOUR, chartSpan, mermaidChart, onGrid } from "../github/chart.ts";
import type { Lead } from "../github/headline.ts";
import { logSnapshot, routesLine, setCommonOutputs, table } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { describeMembers } from "../routers/health.ts";
import { formatWeights } from "../routers/routes.ts";
import { FlipError, type FlipOutcome, type TimelineEntry } from "./request.ts";

/** Whether traffic was seen to move, in words an on-call engineer can act on. */
export function trafficVerdict(outcome: FlipOutcome, verb: "switch" | "rollback" = "switch"): string {
  if (!outcome.moved) return "";
  // The gates' probes are real requests through the routes: the last step's show the traffic moved.
  const probed = outcome.gates.at(-1);
  const seen = [
    outcome.version?.ok ? `verify-url: ${outcome.version.detail}` : "",
    outcome.drain?.drained ? `CloudWatch: ${outcome.drain.detail}` : "",
    probed?.ok && /\bprobes\b/.test(probed.detail) ? `gates after the last step: ${probed.detail}` : "",
  ].filter(Boolean);
  const tail = outcome.drain && !outcome.drain.drained ? ` Not drained yet: ${outcome.drain.detail}.` : "";
  if (seen.length) return `**Traffic was seen to move** (${seen.join("; ")}).${tail}`;
  // A rollback's verify-url is the CDN edge's, checked after the purge: the routes' read-back is its proof.
  const watched =
    verb === "rollback"
      ? "a rollback does not wait to watch real requests (its verify-url, when given, checks the CDN edge after the purge)"
      : "no verify-url or drain-timeout was set to watch real requests";
  return `**Traffic was not observed**: every route read back with the new weights, but ${watched}.${tail}`;
}

/** The weight on the target color over the flip, as a step chart on a true time axis. */
export function weightChart(timeline: TimelineEntry[], target: Color, endMs: number): string {
  const share = (e: TimelineEntry) => Math.round((e.weights[target] / (e.weights.blue + e.weights.green)) * 100);
  const span = chartSpan(Math.max(endMs, (timeline.at(-1) as TimelineEntry).t));
  return mermaidChart({
    title: `Production traffic on ${target} (%)`,
    spanMs: span,
    yLabel: "%",
    yMax: 100,
    plots: [{ kind: "line", values: onGrid(timeline, share, span), colour: COLOUR[target] }],
  });
}

/** The timeline's chart, when there was more than one write to show; the chart says what a table of it would. */
export function timelineSections(timeline: TimelineEntry[], target: Color, endMs: number): string[] {
  return timeline.length > 2 ? [weightChart(timeline, target, endMs)] : [];
}

export function timelineTable(timeline: TimelineEntry[]): string {
  return table(
    ["At", "Production weights", "Event"],
    timeline.map((e) => [`+${formatDuration(e.t)}`, formatWeights(e.weights), e.event]),
  );
}

/** switch's and rollback's own outputs: set as soon as the flip ends, before anything else can fail. */
export function setFlipOutputs(previous: string, moved: boolean, movedAt?: string): void {
  core.setOutput("previous-color", previous);
  core.setOutput("switched", String(moved));
  core.setOutput("switched-at", movedAt ?? "");
}

/** A failed flip's outputs: `switched` is true when the routes did not end where they started. */
export function reportFailedFlip(error: unknown): never {
  if (error instanceof FlipError) {
    logSnapshot(error.after);
    setFlipOutputs(error.previous, error.moved);
  }
  throw error;
}

/** The log lines, outputs and summary that switch and rollback share. */
export async function reportFlip(
  outcome: FlipOutcome,
  title: string,
  notes: string[] = [],
  extra: string[] = [],
  lead?: Partial<Lead> & { deploymentId?: number },
  verb: "switch" | "rollback" = "switch",
): Promise<void> {
  const { after, target, previous, changes } = outcome;
  logSnapshot(after);
  setCommonOutputs(after);
  setFlipOutputs(previous, outcome.moved, outcome.movedAt);
  const verdict = trafficVerdict(outcome, verb);
  if (verdict) core.info(verdict.replaceAll("**", ""));
  // The routes as they are now close the summary; before the run is the line this adds.
  const written = outcome.after !== outcome.before;
  const before = changes.length
    ? routesLine(outcome.before, written ? "Routes before this run" : "Routes (dry-run: not written)")
    : "";
  const health = outcome.health
    ? `Health gate on ${target}: ${outcome.health.ok ? "passed" : "skipped"}: ${describeMembers(outcome.health.targets, outcome.health.member)}`
    : "";
  const gates = outcome.gates.length
    ? table(
        ["After step", "Gates", "Figures"],
        outcome.gates.map((g, i) => [String(i + 1), g.ok ? "passed" : `${g.gate} failed`, g.detail === "passed" ? "" : g.detail]),
      )
    : "";
  const timing = `Read ${outcome.ms.read} ms · writes, read-back and gates ${outcome.ms.write} ms · total ${outcome.ms.total} ms`;
  await writeSummary(
    title,
    after,
    [
      ...notes,
      verdict,
      before || `No route needed a change: traffic was already on ${target}.`,
      ...timelineSections(outcome.timeline, target, outcome.ms.total),
      health,
      gates,
      timing,
      ...extra,
    ].filter(Boolean),
    lead,
  );
}
