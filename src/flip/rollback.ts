import { type PurgeConfig, type PurgeReport, purge } from "../cdn/purge.ts";
import type { Color } from "../core/color.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import type { RouterConfig } from "../routers/port.ts";
import { versionOf } from "../routing/tags.ts";
import type { Ports } from "../step.ts";
import { type FlipOutcome, flip } from "./flip.ts";

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
export async function rollBack(aws: Ports, router: RouterConfig, request: RollbackRequest): Promise<RollbackResult> {
  core.info(`Rollback requested: ${request.reason}`);
  if (request.force) core.warning("force: true: the health gate on the color being restored is skipped.");
  const outcome = await flip(aws, router, { verb: "rollback", ...request, requireHealthy: !request.force, steps: [100] });
  if (!request.purge || request.dryRun) return { outcome };
  try {
    const target = outcome.target;
    const report = await purge(await aws.cdn(), request.purge, `rollback-to-${target}`, versionOf(outcome.after.tags[target]));
    return { outcome, purge: report };
  } catch (error) {
    return { outcome, purgeError: describeError(error) };
  }
}

/** A rollback whose traffic is back, but whose purge failed, still fails: the edge may be stale. */
export function purgeFailure(result: RollbackResult): CutoverError | undefined {
  if (!result.purgeError) return undefined;
  return new CutoverError(
    `Traffic is back on ${result.outcome.target}, but the CDN purge did not finish: ${result.purgeError} The edge may still serve the rolled-back version's HTML; run purge-cdn again.`,
    { outcome: "rolled back" },
  );
}
