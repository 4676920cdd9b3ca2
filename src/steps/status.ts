import * as core from "@actions/core";
import { COLORS } from "../color.ts";
import { CutoverError } from "../errors.ts";
import { judgeHealth } from "../health.ts";
import { logSnapshot, type Snapshot, setCommonOutputs, table, writeSummary } from "../report.ts";
import { type RouterConfig, readRouterConfig } from "../router/config.ts";
import { describeRoutes, productionRoutes, Router } from "../router/router.ts";
import { formatWeights, routeName } from "../router/routes.ts";
import { readColorTags } from "../snapshot.ts";
import type { Step } from "../step.ts";

interface StatusInputs {
  router: RouterConfig;
}

/** Read-only: which color is live, how the routes split traffic, and how healthy each color is. */
export const step: Step<StatusInputs> = {
  name: "status",
  readInputs: () => ({ router: readRouterConfig() }),

  async run({ router: config }, { lb }) {
    const [state, tags, blue, green] = await Promise.all([
      new Router(lb, config).read(),
      readColorTags(lb, config),
      ...COLORS.map((color) => lb.describeTargetHealth(config.targetGroups[color])),
    ]);
    const health = { blue: judgeHealth("blue", blue ?? [], 1), green: judgeHealth("green", green ?? [], 1) };
    const snapshot: Snapshot = { config, state, tags, health };

    core.info(
      state.active
        ? `Active: ${state.active}.`
        : state.production
          ? "Shifting: both colors take traffic."
          : "The production routes disagree.",
    );
    logSnapshot(snapshot);
    setCommonOutputs(snapshot);
    const routes = table(
      ["Route", "Weights"],
      state.routes.map((r) => [routeName(r.ref), formatWeights(r.weights)]),
    );
    await writeSummary("cutover status", snapshot, [routes]);

    if (!state.production) {
      throw new CutoverError(
        `The production routes disagree: ${describeRoutes(productionRoutes(state))}. Run switch or rollback with to: set to the color that should be live to bring them together.`,
      );
    }
  },
};
