import { type Color, otherColor } from "../core/color.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import { formatDuration, readBoolean, readDuration, readString } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { runCommand } from "../core/shell.ts";
import { isoSeconds, sleep } from "../core/time.ts";
import { setCommonOutputs } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { type RouterConfig, readRouterConfig } from "../routers/alb/config.ts";
import type { LoadBalancerPort, TargetRef } from "../routers/alb/elbv2.ts";
import { targetKey } from "../routers/alb/targets.ts";
import { describeTargets } from "../routing/health.ts";
import { teardownMarkValue } from "../routing/ledger.ts";
import { describeRoutes, productionRoutes, Router } from "../routing/router.ts";
import { readSnapshot } from "../routing/snapshot.ts";
import { runTag, TAG } from "../routing/tags.ts";
import { decideTeardown } from "../routing/teardown.ts";
import type { Step } from "../step.ts";

interface TeardownInputs {
  router: RouterConfig;
  ttlMs: number;
  deregister: boolean;
  command?: string;
  commandTimeoutMs: number;
  drainTimeoutMs: number;
  dryRun: boolean;
}

const PROGRESS_MS = 5_000;

/** Retires the idle color once its TTL is over, and never a color that has any traffic. */
export const step: Step<TeardownInputs> = {
  name: "teardown",
  readInputs: () => ({
    router: readRouterConfig(),
    ttlMs: readDuration("ttl", "24h", 365 * 24 * 3_600_000),
    deregister: readBoolean("deregister-targets", true),
    command: readString("teardown-command") || undefined,
    commandTimeoutMs: readDuration("teardown-timeout", "30m", 6 * 3_600_000),
    drainTimeoutMs: readDuration("drain-timeout", "15m", 3 * 3_600_000),
    dryRun: readBoolean("dry-run", false),
  }),

  async run(inputs, { lb }) {
    const { router } = inputs;
    const snapshot = await readSnapshot(lb, router);
    const decision = decideTeardown(snapshot.state, snapshot.tags, inputs.ttlMs, Date.now());
    setCommonOutputs(snapshot);
    core.setOutput("torn-down", "false");
    if (!decision.act) {
      if (decision.refuse)
        throw new CutoverError(
          `teardown refuses to act: ${decision.detail} (${describeRoutes(productionRoutes(snapshot.state))}).`,
        );
      core.info(`Nothing to tear down: ${decision.detail}.`);
      await writeSummary("cutover teardown: nothing to do", snapshot, [decision.detail]);
      return;
    }
    const color = decision.color;
    const arn = router.targetGroups[color];
    core.info(`Tearing down ${color}: ${decision.detail}.`);
    const targets = (await lb.describeTargetHealth(arn)).filter((t) => t.state !== "draining" && t.state !== "unused");
    if (inputs.dryRun) {
      core.info(
        `dry-run: true. Would deregister ${inputs.deregister ? describeTargets(targets) : "nothing"}${inputs.command ? ", run the teardown command" : ""}, and tag ${TAG.tornDownAt}.`,
      );
      await writeSummary(`cutover teardown: ${color} (dry-run)`, snapshot, [decision.detail]);
      return;
    }

    if (inputs.deregister && targets.length) {
      await ensureIdle(lb, router, color);
      // Marked, then checked again: a switch either sees the mark or moved traffic before this read.
      await markTeardown(lb, arn, color);
      await ensureIdle(lb, router, color).catch(async (error: unknown) => {
        await lb.removeTags(arn, [TAG.teardownStarted]).catch(() => undefined);
        throw error;
      });
      core.info(`DeregisterTargets on ${color}: ${describeTargets(targets)}`);
      await lb.deregisterTargets(arn, targets).catch((error: unknown) => {
        throw new CutoverError(
          `DeregisterTargets on ${color} failed: ${describeError(error)} Its targets may be partly deregistered; ${color} carries no production traffic and keeps the ${TAG.teardownStarted} mark, so no switch moves traffic to it. Re-run teardown to finish.`,
        );
      });
      await putBackIfSwitched(lb, router, color, targets);
      await waitForDrain(lb, arn, color, inputs.drainTimeoutMs);
    }
    if (inputs.command) {
      if (!(inputs.deregister && targets.length)) await markTeardown(lb, arn, color);
      await ensureIdle(lb, router, color);
      const env = {
        CUTOVER_TEARDOWN_COLOR: color,
        CUTOVER_STANDBY_COLOR: color,
        CUTOVER_STANDBY_TARGET_GROUP_ARN: arn,
        CUTOVER_ACTIVE_COLOR: otherColor(color),
        CUTOVER_ACTIVE_TARGET_GROUP_ARN: router.targetGroups[otherColor(color)],
        CUTOVER_VERSION: snapshot.tags[color][TAG.version] ?? "",
      };
      await runCommand("teardown-command", inputs.command, env, inputs.commandTimeoutMs);
    }
    const tornDownAt = isoSeconds(new Date());
    core.setOutput("torn-down", "true");
    core.setOutput("torn-down-color", color);
    await recordTornDown(lb, arn, color, tornDownAt);
    const deregistered = inputs.deregister ? targets : [];
    const after = { ...snapshot, tags: { ...snapshot.tags, [color]: { ...snapshot.tags[color], [TAG.tornDownAt]: tornDownAt } } };
    await writeSummary(`cutover teardown: ${color} torn down`, after, [
      `**Torn down:** ${decision.detail}.`,
      deregistered.length ? `Deregistered from ${color}: ${describeTargets(deregistered)}.` : "",
      inputs.command ? `teardown-command ran for ${color}.` : "",
      sideBySide(snapshot.tags, color, tornDownAt),
    ]);
  },
};

/** Before deregistering, the ledger says a teardown is under way: switch and rollback refuse the color. */
async function markTeardown(lb: LoadBalancerPort, arn: string, color: Color): Promise<void> {
  await lb.addTags(arn, { [TAG.teardownStarted]: teardownMarkValue() }).catch((error: unknown) => {
    throw new CutoverError(`Could not mark ${color} as being torn down (${describeError(error)}); nothing was deregistered.`);
  });
}

/**
 * A switch that read the ledger before the mark may still have moved traffic to the color while it
 * was being deregistered: then its targets are registered again and the step fails loudly.
 */
async function putBackIfSwitched(lb: LoadBalancerPort, router: RouterConfig, color: Color, targets: TargetRef[]): Promise<void> {
  const now = await new Router(lb, router).read();
  if (!productionRoutes(now).some((r) => r.weights[color] > 0)) return;
  const arn = router.targetGroups[color];
  const registered = await lb.registerTargets(arn, targets).then(
    () => `its targets were registered again (${targets.map(targetKey).join(", ")})`,
    (error: unknown) =>
      `registering its targets again FAILED (${describeError(error)}): register ${targets.map(targetKey).join(", ")} by hand`,
  );
  await lb.removeTags(arn, [TAG.teardownStarted]).catch(() => undefined);
  throw new CutoverError(
    `${color} gained production traffic while teardown deregistered it (${describeRoutes(productionRoutes(now))}): another run switched. ${registered}; check status and the switch that ran.`,
  );
}

/** The targets are gone whatever happens now: a tag that fails to write says so, and how to record it. */
async function recordTornDown(lb: LoadBalancerPort, arn: string, color: Color, tornDownAt: string): Promise<void> {
  try {
    await lb.addTags(arn, { [TAG.tornDownAt]: tornDownAt, [TAG.run]: runTag() });
    core.info(`Tag ${color} ${TAG.tornDownAt}: (none) → ${tornDownAt}`);
    await lb.removeTags(arn, [TAG.teardownStarted]);
  } catch (error) {
    throw new CutoverError(
      `${color} is torn down (its targets are deregistered; it carries no production traffic), but recording it failed: ${describeError(error)} Its ${TAG.teardownStarted} mark may remain, so switch refuses ${color} until a deploy; re-run teardown to record ${TAG.tornDownAt}.`,
    );
  }
}

/** Re-read right before every destructive call: a color that gained any weight is left alone. */
async function ensureIdle(lb: LoadBalancerPort, router: RouterConfig, color: Color): Promise<void> {
  const now = await new Router(lb, router).read();
  if (productionRoutes(now).some((r) => r.weights[color] > 0)) {
    throw new CutoverError(
      `${color} has production traffic again (${describeRoutes(productionRoutes(now))}): someone switched while teardown ran. It stopped without touching ${color}.`,
    );
  }
}

async function waitForDrain(lb: LoadBalancerPort, arn: string, color: Color, timeoutMs: number): Promise<void> {
  const started = Date.now();
  let nextProgress = started + PROGRESS_MS;
  for (;;) {
    const left = (await lb.describeTargetHealth(arn)).filter((t) => t.state !== "unused");
    if (left.length === 0) {
      core.info(`${color} drained after ${formatDuration(Date.now() - started)}.`);
      return;
    }
    if (Date.now() - started >= timeoutMs) {
      throw new CutoverError(
        `${color} is still draining after ${formatDuration(timeoutMs)} (drain-timeout): ${describeTargets(left)}.`,
      );
    }
    if (Date.now() >= nextProgress) {
      core.info(
        `Waiting for ${color} to drain: ${describeTargets(left)}; ${formatDuration(timeoutMs - (Date.now() - started))} left.`,
      );
      nextProgress += PROGRESS_MS;
    }
    await sleep(1_000);
  }
}

/** How long both colors ran: from the new color's deploy (or the old one's retirement) until now. */
function sideBySide(tags: Record<Color, Record<string, string>>, color: Color, tornDownAt: string): string {
  const rolledBackAt = tags[color][TAG.rollbackReason] ? tags[color][TAG.retiredAt] : undefined;
  if (rolledBackAt) {
    return `The rolled-back release stayed up for ${formatDuration(Date.parse(tornDownAt) - Date.parse(rolledBackAt))} after the rollback (from ${rolledBackAt} to ${tornDownAt}).`;
  }
  const since = tags[otherColor(color)][TAG.deployedAt] ?? tags[color][TAG.retiredAt];
  if (!since) return "";
  return `Both colors ran side by side for ${formatDuration(Date.parse(tornDownAt) - Date.parse(since))} (from ${since} to ${tornDownAt}): the extra cost of this release.`;
}
