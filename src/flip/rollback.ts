import { type PurgeConfig, type PurgeReport, purge } from "../cdn/purge.ts";
import { COLORS, type Color, otherColor, type PerColor } from "../core/color.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import type { Ports } from "../ports.ts";
import { LEDGER, reasonOf, versionOf } from "../routers/ledger-keys.ts";
import type { Ledger, RouterConfig } from "../routers/port.ts";
import { flip } from "./flip.ts";
import type { FlipOutcome } from "./request.ts";

export interface RollbackRequest {
  to: Color | "standby";
  expectedActive?: Color;
  reason: string;
  force: boolean;
  minHealthy: number;
  dryRun: boolean;
  purge?: PurgeConfig;
}

export interface RollbackResult {
  outcome: FlipOutcome;
  purge?: PurgeReport;
  /** Set when traffic is back but the edge could not be purged. */
  purgeError?: string;
}

/**
 * Traffic back to the previous color behind a health gate, then the CDN purged so that the edge
 * serves the old version's HTML again. The rollback step and soak-monitor's inline rollback share it.
 */
export async function rollBack(ports: Ports, router: RouterConfig, request: RollbackRequest): Promise<RollbackResult> {
  core.info(`Rollback requested: ${request.reason}`);
  if (request.force) core.warning("force: true: the health gate on the color being restored is skipped.");
  const to = request.to === "standby" && !request.force ? await previousColor(ports) : request.to;
  const outcome = await flip(ports, router, { verb: "rollback", ...request, to, requireHealthy: !request.force, steps: [100] });
  if (!request.purge || request.dryRun) return { outcome };
  try {
    const target = outcome.target;
    const report = await purge(await ports.cdn(), request.purge, `rollback-to-${target}`, versionOf(outcome.after.tags[target]));
    return { outcome, purge: report };
  } catch (error) {
    return { outcome, purgeError: describeError(error) };
  }
}

/**
 * What `to: previous` means. Usually the color without traffic; but a color that a rollback left,
 * with nothing live since, holds the version that was rolled back: a second attempt of that
 * rollback (say, re-run after its purge failed) must not put it back in production. Such a run
 * goes to the color that rollback restored, which is most often "already there".
 */
async function previousColor(ports: Ports): Promise<Color | "standby"> {
  const tags = await ports.router.ledger.read();
  const left = COLORS.find((color) => leftByRollback(tags, color));
  if (!left) return "standby";
  const back = otherColor(left);
  core.warning(
    `${left} was left by a rollback at ${tags[left][LEDGER.retiredAt]} (because: ${reasonOf(tags[left])}), and nothing went live since: to: previous means ${back}, the color that rollback restored, and never puts ${left}'s version back. To move traffic to ${left}, name it (to: ${left}) or set force: true.`,
  );
  return back;
}

/** Whether `color` carries a rollback record (a reason and when it was retired) that nothing live has followed. */
export function leftByRollback(tags: PerColor<Ledger>, color: Color): boolean {
  const reason = tags[color][LEDGER.rollbackReason];
  const retired = tags[color][LEDGER.retiredAt];
  if (!reason || !retired) return false;
  return (tags[otherColor(color)][LEDGER.liveSince] ?? "") <= retired;
}

/** A rollback whose traffic is back, but whose purge failed, still fails: the edge may be stale. */
export function purgeFailure(result: RollbackResult): CutoverError | undefined {
  if (!result.purgeError) return undefined;
  const { target, previous, moved } = result.outcome;
  const traffic = moved
    ? `Traffic is back on ${target}: the rollback from ${previous} is done`
    : `Traffic was already on ${target}; nothing moved`;
  return new CutoverError(
    `${traffic}. Only the CDN purge is left, and it did not finish: ${result.purgeError} The edge may still serve ${previous}'s HTML until it is purged: run purge-cdn, or run this rollback again (a second attempt keeps traffic on ${target} and only purges).`,
  );
}
