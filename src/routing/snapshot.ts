import { COLORS, type Color, otherColor, type PerColor } from "../core/color.ts";
import { CutoverError } from "../core/errors.ts";
import type { Snapshot } from "../github/report.ts";
import { noteSnapshot } from "../github/summary.ts";
import type { RouterConfig } from "../routers/alb/config.ts";
import type { LoadBalancerPort, Tags } from "../routers/alb/elbv2.ts";
import { judgeHealth } from "./health.ts";
import { describeRoutes, productionRoutes, Router } from "./router.ts";

export async function readColorTags(lb: LoadBalancerPort, config: RouterConfig): Promise<PerColor<Tags>> {
  const tags = await lb.describeTags(COLORS.map((c) => config.targetGroups[c]));
  return { blue: tags.get(config.targetGroups.blue) ?? {}, green: tags.get(config.targetGroups.green) ?? {} };
}

/** The routes and both colors' tags, read in parallel: what every step starts from. */
export async function readSnapshot(lb: LoadBalancerPort, config: RouterConfig): Promise<Snapshot> {
  const [state, tags] = await Promise.all([new Router(lb, config).read(), readColorTags(lb, config)]);
  const snapshot = { config, state, tags };
  noteSnapshot(snapshot, () => readSnapshotWithHealth(lb, config));
  return snapshot;
}

/** Routes, tags and both colors' target health: what status shows, and a failed step's summary. */
export async function readSnapshotWithHealth(lb: LoadBalancerPort, config: RouterConfig): Promise<Snapshot> {
  const [state, tags, blue, green] = await Promise.all([
    new Router(lb, config).read(),
    readColorTags(lb, config),
    ...COLORS.map((color) => lb.describeTargetHealth(config.targetGroups[color])),
  ]);
  const health = { blue: judgeHealth("blue", blue ?? [], 1), green: judgeHealth("green", green ?? [], 1) };
  return { config, state, tags, health };
}

/** The colors of a settled router; deploying next to a shift in progress is refused. */
export function settledColors(snapshot: Snapshot, step: string): { active: Color; standby: Color } {
  const { state } = snapshot;
  if (!state.active) {
    const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
    throw new CutoverError(
      `${step} needs a settled router, but ${why} (${describeRoutes(productionRoutes(state))}). Finish or roll back that switch first.`,
    );
  }
  return { active: state.active, standby: otherColor(state.active) };
}
