// When a step's window may start: a read-back proves the router stored the weights, not that its
// data plane routes by them. Every weighted router goes through here, whatever its kind.
import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import { awaitSplit } from "../probe/split.ts";
import type { RouterConfig, Weights } from "../routers/port.ts";
import type { FlipRequest } from "./request.ts";

export interface StepSettle {
  config: RouterConfig;
  verify?: FlipRequest["verify"];
  target: Color;
  /** The weights before the step's write, and the ones it wrote. */
  before: Weights;
  after: Weights;
  /** The last step: verify-url has already waited for the new version alone. */
  final: boolean;
  signal: AbortSignal;
}

/** Percent of the traffic on `color`. */
export function shareOf(weights: Weights, color: Color): number {
  const total = weights.blue + weights.green;
  return total > 0 ? Math.round((weights[color] / total) * 100) : 0;
}

/**
 * Waits until traffic shows the step's split (verify-url sampled), or else settle-time. Returns why
 * the step must be put back (traffic never showed it within verify-timeout), or undefined.
 */
export async function awaitNewSplit(step: StepSettle): Promise<string | undefined> {
  const { config, verify, target, final, signal } = step;
  if (verify && final) {
    core.info("The step's window opens now: verify-url has served the new version alone, so traffic carries the last step.");
    return undefined;
  }
  if (verify && config.splitUnseen) {
    core.info(`The step's window opens at the read-back, not on verify-url's answers: ${config.splitUnseen}.`);
    return undefined;
  }
  if (verify) {
    const percent = shareOf(step.after, target);
    const previousPercent = shareOf(step.before, target);
    const expected = verify.expected ?? "";
    const report = await awaitSplit({ ...verify, expected, percent, previousPercent }, signal);
    if (signal.aborted) return undefined;
    if (!report.ok) {
      return `Traffic did not show the new split within verify-timeout ${formatDuration(verify.timeoutMs)}: ${report.detail}. The ${config.kind} router stored the weights, but its data plane does not route by them`;
    }
    core.info(
      `Traffic shows the new split after ${formatDuration(report.ms)}: ${report.detail} (written ${percent}%, ${previousPercent}% before), so the step's window opens now.`,
    );
    return undefined;
  }
  const settle = config.settleMs ?? 0;
  if (settle > 0) {
    core.info(
      `The step's window opens after settle-time ${formatDuration(settle)}: without verify-url no traffic shows the new split, so the ${config.kind} data plane is given that long to carry the weights.`,
    );
    await sleep(settle, signal);
    return undefined;
  }
  core.info(
    `The step's window opens at the read-back: without verify-url no traffic shows the new split, and the ${config.kind} router has no settle-time, so its first moments may still follow the previous weights.`,
  );
  return undefined;
}
