import { COLORS, type Color, otherColor } from "../core/color.ts";
import { CutoverError } from "../core/errors.ts";
import { readBoolean } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { colorNotes, logSnapshot, setCommonOutputs } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { LEDGER, tornDownAt } from "../routers/ledger-keys.ts";
import type { PoolPort, RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { lastWriter } from "../routing/ledger.ts";
import { describeRoutes, productionRoutes, testRouteProblem } from "../routing/router.ts";
import { readSnapshotWithHealth } from "../routing/snapshot.ts";
import type { Snapshot } from "../routing/state.ts";
import { clearMarkHint, TEARDOWN_MARK_BLOCKS } from "../routing/teardown.ts";
import type { Step } from "../step.ts";

interface StatusInputs {
  router: RouterConfig;
  /** Also ready the router for a later switch (route53: TTLs); traffic never moves. */
  prepare: boolean;
}

/** Which color is live, how the routes split traffic, and how healthy each color is; it writes only with prepare. */
export const step: Step<StatusInputs> = {
  name: "status",
  readInputs: () => ({ router: readRouterConfig(), prepare: readBoolean("prepare", false) }),

  async run({ router: config, prepare }, ports) {
    const snapshot = await readSnapshotWithHealth(ports.router, config);
    const prepared = prepare ? await prepareRouter(ports.router.pool, config) : [];
    const { state } = snapshot;
    const verdict = state.active
      ? `Active: ${state.active}.`
      : state.production
        ? "Shifting: both colors take traffic."
        : "The production routes disagree.";
    core.info(verdict);
    logSnapshot(snapshot);
    for (const note of colorNotes(snapshot)) core.info(note.replaceAll("**", ""));
    setCommonOutputs(snapshot);
    // After teardown the test route has no standby to reach until deploy-standby: nothing to fix there.
    const standbyGone = state.active && tornDownAt(snapshot.tags[otherColor(state.active)]);
    const testRoute = standbyGone ? undefined : testRouteProblem(state);
    if (testRoute) core.warning(testRoute);
    const title = `cutover status: ${state.active ? `${state.active} is live` : state.production ? "shifting" : "routes disagree"}`;
    const split = state.active ? "" : explainSplit(snapshot);
    if (split) core.warning(split);
    const marks = teardownMarks(snapshot, config);
    for (const mark of marks) core.warning(mark);
    const next = split || marks[0] || testRoute || "nothing to do.";
    const sections = [...prepared.map((p) => `**Prepared:** ${p}`), testRoute ? `⚠️ ${testRoute}` : "", split];
    await writeSummary(title, snapshot, [...sections, ...marks.map((m) => `⚠️ ${m}`)], {
      word: state.active ? "live" : "split",
      happened: `Read the routes, the ledger and both colors' health: ${title.replace(/^cutover status: /, "")}${prepared.length ? "; and readied the router for a later switch (Prepared, below)" : ""}`,
      next: split ? next.replace(/^.*If no run is moving it now, /, "if no run is moving it now, ") : next,
    });

    if (!state.production) {
      throw new CutoverError(
        `The production routes disagree: ${describeRoutes(productionRoutes(state))}. Run switch or rollback with to: set to the color that should be live to bring them together.`,
      );
    }
  },
};

/** A router left between colors: who wrote it last (from the ledger), and the commands that repair it. */
function explainSplit({ state, tags }: Snapshot): string {
  const writer = lastWriter(tags);
  const target = /\bto (blue|green)\b/.exec(writer ?? "")?.[1] as Color | undefined;
  const split = `The router is split: ${describeRoutes(productionRoutes(state))}.`;
  const who = writer
    ? ` The last run that wrote the routes: ${writer} (tag ${LEDGER.lastWrite}).`
    : ` No run is recorded as writing them (tag ${LEDGER.lastWrite}): another tool or a person did.`;
  const repair = target
    ? `run rollback with to: ${otherColor(target)} and force: true to go back to where that run started, or switch with to: ${target} to finish its move`
    : "run rollback or switch with to: blue or to: green, the color that should be live";
  return `${split}${who} If no run is moving it now, it was stopped halfway: ${repair}.`;
}

/** A teardown mark: switch and rollback refuse the color while it is fresh, so status says so and how to clear it. */
function teardownMarks({ tags }: Snapshot, config: RouterConfig): string[] {
  return COLORS.filter((color) => tags[color][LEDGER.teardownStarted]).map(
    (color) =>
      `${color} carries ${LEDGER.teardownStarted} (${tags[color][LEDGER.teardownStarted]}): switch and rollback refuse ${color} for ${TEARDOWN_MARK_BLOCKS} after it. ${clearMarkHint(config, color)}`,
  );
}

/** prepare: true: what the router readies ahead of a switch, or a line saying it has nothing to. */
async function prepareRouter(pool: PoolPort, config: RouterConfig): Promise<string[]> {
  if (!pool.prepare) {
    core.info(`prepare: the ${config.kind} router has nothing to ready ahead of a switch; nothing was written.`);
    return [];
  }
  const done = await pool.prepare();
  if (done.length === 0) core.info("prepare: the router was ready for a switch already; nothing was written.");
  return done;
}
