import type { LoadBalancerPort } from "../aws/elbv2.ts";
import { type Color, otherColor } from "../color.ts";
import { CutoverError } from "../errors.ts";
import { describeTargets } from "../health.ts";
import { formatDuration, readBoolean, readDuration, readString } from "../inputs.ts";
import { setCommonOutputs } from "../report.ts";
import { type RouterConfig, readRouterConfig } from "../router/config.ts";
import { describeRoutes, productionRoutes, Router } from "../router/router.ts";
import * as core from "../runner.ts";
import { runCommand } from "../shell.ts";
import { readSnapshot } from "../snapshot.ts";
import type { Step } from "../step.ts";
import { writeSummary } from "../summary.ts";
import { runTag, TAG } from "../tags.ts";
import { decideTeardown } from "../teardown.ts";
import { isoSeconds, sleep } from "../time.ts";

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
      core.info(`DeregisterTargets on ${color}: ${describeTargets(targets)}`);
      await lb.deregisterTargets(
        arn,
        targets.map((t) => ({ id: t.id, port: t.port })),
      );
      await waitForDrain(lb, arn, color, inputs.drainTimeoutMs);
    }
    if (inputs.command) {
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
    await lb.addTags(arn, { [TAG.tornDownAt]: tornDownAt, [TAG.run]: runTag() });
    core.info(`Tag ${color} ${TAG.tornDownAt}: (none) → ${tornDownAt}`);
    core.setOutput("torn-down", "true");
    core.setOutput("torn-down-color", color);
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
