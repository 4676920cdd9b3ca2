import { COLORS, type Color, otherColor } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { code } from "../core/untrusted.ts";
import type { Ledger } from "../routers/port.ts";
import type { HealthVerdict } from "../routing/health.ts";
import type { RouterState } from "../routing/router.ts";
import { formatWeights, type RouteState, routeName, shortRouteName, type Weights } from "../routing/routes.ts";
import type { Snapshot } from "../routing/state.ts";
import { TAG, versionOf } from "../routing/tags.ts";

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

/** When the color was torn down, unless a release was deployed onto it since. */
export function tornDownAt(tags: Ledger): string | undefined {
  const at = tags[TAG.tornDownAt];
  const deployed = tags[TAG.deployedAt];
  return at && !(deployed && deployed > at) ? at : undefined;
}

function healthCell(verdict: HealthVerdict | undefined): string {
  if (!verdict) return "not read";
  if (verdict.serving.length === 0) return "none registered";
  return `${verdict.healthy}/${verdict.serving.length} healthy`;
}

/** What the table cannot say: a torn-down color, and why the standby was last taken out of service. */
export function colorNotes(snapshot: Snapshot): string[] {
  return COLORS.flatMap((color) => {
    const tags = snapshot.tags[color];
    const gone = tornDownAt(tags);
    const reason = tags[TAG.rollbackReason];
    const retired = tags[TAG.retiredAt];
    const notes = [];
    if (reason && retired) notes.push(`**${color}** was rolled back at ${code(retired)}, because: ${code(reason)}.`);
    if (gone)
      notes.push(
        `**${color}** was torn down at ${gone}${retired ? `, ${formatDuration(Date.parse(gone) - Date.parse(retired))} after it was retired` : ""}: it has no targets to roll back to until deploy-standby runs again.`,
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
    tags[color][TAG.liveSince] ?? "—",
    tags[color][TAG.retiredAt] ?? "—",
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

const COLOR_HEADER = ["Color", "Role", "Traffic", "Version", "Live since", "Retired at", "Targets"];

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The version and the times come from the ledger, which anyone who can tag or annotate may write. */
export function colorTable(snapshot: Snapshot): string {
  const fromLedger = [3, 4, 5];
  const rows = colorRows(snapshot).map((row) =>
    row.map((cell, i) => (fromLedger.includes(i) && cell !== "—" ? code(cell) : cell)),
  );
  return table(COLOR_HEADER, rows);
}

export function routeTable(rows: { route: string; before: string; after: string }[]): string {
  return table(
    ["Route", "Before", "After"],
    rows.map((r) => [r.route, r.before, r.after]),
  );
}

/** The routes in one line, by short names: the colors table says the rest. */
export function routesLine(snapshot: Snapshot): string {
  return `Routes: ${snapshot.state.routes.map((r) => `\`${shortRouteName(r.ref)}\` ${formatWeights(r.weights)}`).join(" · ")}`;
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
