import { COLORS, type Color, otherColor } from "../core/color.ts";
import { CutoverError } from "../core/errors.ts";
import { judgeHealth } from "../routers/health.ts";
import type { CallOptions, RouterConfig, RouterPorts } from "../routers/port.ts";
import { wordsOf } from "../routers/words.ts";
import { describeRoutes, productionRoutes, Router } from "./router.ts";
import type { Snapshot } from "./state.ts";

/** The routes and both colors' ledgers, read in parallel: what every step starts from. */
export async function readSnapshot(ports: RouterPorts, config: RouterConfig, options: CallOptions = {}): Promise<Snapshot> {
  const [state, tags] = await Promise.all([new Router(ports.traffic, config).read(options), ports.ledger.read(options)]);
  return { config, state, tags };
}

/** Routes, ledgers and both colors' health: what status shows, and a failed step's summary. */
export async function readSnapshotWithHealth(ports: RouterPorts, config: RouterConfig): Promise<Snapshot> {
  const [state, tags, blue, green] = await Promise.all([
    new Router(ports.traffic, config).read(),
    ports.ledger.read(),
    ...COLORS.map((color) => ports.pool.health(color)),
  ]);
  const { member } = wordsOf(config);
  const health = { blue: judgeHealth("blue", blue ?? [], 1, 1, member), green: judgeHealth("green", green ?? [], 1, 1, member) };
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
