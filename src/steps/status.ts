import { CutoverError } from "../errors.ts";
import { colorNotes, logSnapshot, setCommonOutputs } from "../report.ts";
import { type RouterConfig, readRouterConfig } from "../router/config.ts";
import { describeRoutes, productionRoutes, testRouteProblem } from "../router/router.ts";
import * as core from "../runner.ts";
import { readSnapshotWithHealth } from "../snapshot.ts";
import type { Step } from "../step.ts";
import { writeSummary } from "../summary.ts";

interface StatusInputs {
  router: RouterConfig;
}

/** Read-only: which color is live, how the routes split traffic, and how healthy each color is. */
export const step: Step<StatusInputs> = {
  name: "status",
  readInputs: () => ({ router: readRouterConfig() }),

  async run({ router: config }, { lb }) {
    const snapshot = await readSnapshotWithHealth(lb, config);
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
    const testRoute = testRouteProblem(state);
    if (testRoute) core.warning(testRoute);
    const title = `cutover status: ${state.active ? `${state.active} is live` : state.production ? "shifting" : "routes disagree"}`;
    await writeSummary(title, snapshot, [testRoute ? `⚠️ ${testRoute}` : ""]);

    if (!state.production) {
      throw new CutoverError(
        `The production routes disagree: ${describeRoutes(productionRoutes(state))}. Run switch or rollback with to: set to the color that should be live to bring them together.`,
      );
    }
  },
};
