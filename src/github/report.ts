import { COLORS, type Color, otherColor } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { code } from "../core/untrusted.ts";
import type { HealthVerdict } from "../routers/health.ts";
import { LEDGER, reasonOf, tornDownAt, versionOf } from "../routers/ledger-keys.ts";
import type { Ledger } from "../routers/port.ts";
import { formatWeights, type RouteState, routeName, shortRouteName, type Weights } from "../routers/routes.ts";
import type { RouterState } from "../routing/router.ts";
import type { Snapshot } from "../routing/state.ts";

/** What every step knows at its end: the routes, the colors' tags, and (when read) their health. */

/** The color that holds the traffic; while shifting, the one with the larger share. */
export function leadingColor(state: RouterState): Color {
  if (state.active) return state.active;
  const weights = state.production ?? (state.routes[0] as RouteState).weights;
  return weights.green > weights.blue ? "green" : "blue";
}

export function percent(weights: Weights, color: Color): number {
  const total = weights.blue + weights.green;
  return total === 0 ? 0 : Math.round((weights[color] / total) * 100);
}

/** The outputs DESIGN.md promises from every step: how jobs hand the colors to each other. */
export function setCommonOutputs(snapshot: Snapshot): void {
  const active = leadingColor(snapshot.state);
  const standby = otherColor(active);
  core.setOutput("active-color", active);
  core.setOutput("standby-color", standby);
  core.setOutput("active-pool", snapshot.config.pools[active]);
  core.setOutput("standby-pool", snapshot.config.pools[standby]);
  for (const [name, value] of Object.entries(snapshot.config.outputs?.({ active, standby }) ?? {})) core.setOutput(name, value);
  core.setOutput("active-version", versionOf(snapshot.tags[active]));
  core.setOutput("standby-version", versionOf(snapshot.tags[standby]));
  core.setOutput("shifting", snapshot.state.active ? "false" : "true");
}

function role(state: RouterState, tags: Ledger, color: Color): string {
  if (!state.production) return "routes disagree";
  if (!state.active) return "shifting";
  if (state.active === color) return "active";
  return tornDownAt(tags) ? "torn down" : "standby";
}

function healthCell(verdict: HealthVerdict | undefined): string {
  if (!verdict) return "—";
  if (verdict.serving.length === 0) return "none";
  return `${verdict.healthy}/${verdict.serving.length} healthy`;
}

/** What the table cannot say: a torn-down color, and why the standby was last taken out of service. */
export function colorNotes(snapshot: Snapshot): string[] {
  return COLORS.flatMap((color) => {
    const tags = snapshot.tags[color];
    const gone = tornDownAt(tags);
    const reason = reasonOf(tags);
    const retired = tags[LEDGER.retiredAt];
    const notes = [];
    if (reason && retired) notes.push(`**${color}** was rolled back at ${code(retired)}, because: ${code(reason)}.`);
    if (gone)
      notes.push(
        `**${color}** was torn down at ${code(gone)}${retired ? `, ${formatDuration(Date.parse(gone) - Date.parse(retired))} after it was retired` : ""}: nothing serves it until deploy-standby runs for ${color} again.`,
      );
    return notes;
  });
}

export function colorRows(snapshot: Snapshot): string[][] {
  const { state, tags } = snapshot;
  const weights = state.production ?? (state.routes[0] as RouteState).weights;
  return COLORS.map((color) => [
    color,
    role(state, tags[color], color),
    `${percent(weights, color)}%`,
    versionOf(tags[color]) || "—",
    tags[color][LEDGER.liveSince] ?? "—",
    tags[color][LEDGER.retiredAt] ?? "—",
    healthCell(snapshot.health?.[color]),
  ]);
}

export function logSnapshot(snapshot: Snapshot): void {
  for (const route of snapshot.state.routes) {
    core.info(`  ${routeName(route.ref).padEnd(40)} ${formatWeights(route.weights)}`);
  }
  for (const [color, ...rest] of colorRows(snapshot)) {
    const [roleText, share, version, liveSince, retiredAt, health] = rest;
    core.info(
      `  ${color?.padEnd(6)} ${roleText?.padEnd(8)} ${share?.padStart(4)}  version ${version}  live-since ${liveSince}  retired-at ${retiredAt}  ${health}`,
    );
  }
}

const COLOR_HEADER = ["Color", "Role", "Traffic", "Version", "Live since", "Retired at", "Ready"];

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * The version and the times come from the ledger, which anyone who can tag or annotate may write.
 * Times show how long ago they were beside the ISO form; the readiness column only when it was read.
 */
export function colorTable(snapshot: Snapshot, now = Date.now()): string {
  const fromLedger = [3, 4, 5];
  const times = [4, 5];
  const read = Boolean(snapshot.health?.blue || snapshot.health?.green);
  const rows = colorRows(snapshot).map((row) =>
    row
      .map((cell, i) => {
        if (!fromLedger.includes(i) || cell === "—") return cell;
        const ago = times.includes(i) ? relative(cell, now) : undefined;
        return `${code(cell)}${ago ? ` (${ago})` : ""}`;
      })
      .slice(0, read ? undefined : -1),
  );
  return table(read ? COLOR_HEADER : COLOR_HEADER.slice(0, -1), rows);
}

/** The routes in one line, by short names: the colors table says the rest. A route left on a torn-down color says so. */
export function routesLine(snapshot: Snapshot, label = "Routes"): string {
  const shown = snapshot.state.routes.map((r) => {
    const lead: Color = r.weights.green > r.weights.blue ? "green" : "blue";
    const gone = r.ref.role === "test" && tornDownAt(snapshot.tags[lead]) ? ` (${lead} is torn down: nothing answers here)` : "";
    return `\`${shortRouteName(r.ref)}\` ${formatWeights(r.weights)}${gone}`;
  });
  return `${label}: ${shown.join(" · ")}`;
}

/** "4 min ago", "just now", "3 h ago": undefined for a time that does not parse. */
export function relative(iso: string, now: number): string | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const ms = now - at;
  if (ms < 0) return `in ${formatDuration(-ms)}`;
  if (ms < 45_000) return "just now";
  if (ms < 3_600_000) return `${Math.max(1, Math.round(ms / 60_000))} min ago`;
  if (ms < 48 * 3_600_000) return `${Math.round(ms / 3_600_000)} h ago`;
  return `${Math.round(ms / 86_400_000)} days ago`;
}

/** GitHub refuses a step's summary over 1 MiB ("Job summaries": each step is limited to 1 MiB). */
export const SUMMARY_LIMIT = 1024 * 1024;
const CUT_NOTE_ROOM = 300;

/** The block as it fits in `room` bytes: whole lines up to a point, then a note that it was cut. */
export function fitSummary(block: string, room: number): string {
  const size = Buffer.byteLength(block);
  if (size <= room) return block;
  const kept = Buffer.from(block)
    .subarray(0, Math.max(0, room - CUT_NOTE_ROOM))
    .toString("utf8");
  const cut = kept.slice(0, Math.max(0, kept.lastIndexOf("\n")));
  return `${cut}\n\n> **Cut here**: this summary would be ${Math.round(size / 1024)} KiB, over GitHub's 1 MiB limit for a step's summary. The step's log has every line.\n`;
}

/** A value shown in a line or a cell, cut to `max` characters. */
export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
