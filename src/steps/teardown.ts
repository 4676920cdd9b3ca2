import { type Color, otherColor } from "../core/color.ts";
import { formatDuration, readDuration } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import { readBoolean, readString } from "../core/inputs.ts";
import { pollUntil } from "../core/poll.ts";
import * as core from "../core/runner.ts";
import { readEnvPassthrough, runCommand } from "../core/shell.ts";
import { isoSeconds } from "../core/time.ts";
import { setCommonOutputs } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { countRequests, countVerdict, type PrometheusCount, readPrometheusCount } from "../metrics/prometheus-count.ts";
import { runContract } from "../migrate/contract.ts";
import { describeMembers, memberKey } from "../routers/health.ts";
import { LEDGER, runMark, versionOf } from "../routers/ledger-keys.ts";
import type { Ledger, LedgerPort, MemberHealth, PoolPort, RouterConfig, RouterPorts, RouterWords } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { wordsOf } from "../routers/words.ts";
import { commandEnv } from "../routing/command-env.ts";
import { requireNoProductionWeight } from "../routing/guards.ts";
import { teardownMarkValue } from "../routing/ledger.ts";
import { describeRoutes, productionRoutes, Router } from "../routing/router.ts";
import { clearMarkHint, decideTeardown } from "../routing/teardown.ts";
import { readStepSnapshot, type Step } from "../step.ts";

interface TeardownInputs {
  router: RouterConfig;
  ttlMs: number;
  deregister: boolean;
  command?: string;
  commandTimeoutMs: number;
  contractCommand?: string;
  envPassthrough?: string[];
  drainTimeoutMs: number;
  dryRun: boolean;
  /** Where the color's requests are counted: teardown refuses a color that still serves any. */
  prometheus?: PrometheusCount;
}

/** Retires the idle color once its TTL is over, and never a color that has any traffic. */
export const step: Step<TeardownInputs> = {
  name: "teardown",
  readInputs: () => ({
    router: readRouterConfig(),
    ttlMs: readDuration("ttl", "24h", 365 * 24 * 3_600_000),
    deregister: readBoolean("deregister-targets", true),
    command: readString("teardown-command") || undefined,
    commandTimeoutMs: readDuration("teardown-timeout", "30m", 6 * 3_600_000),
    contractCommand: readString("contract-command") || undefined,
    envPassthrough: readEnvPassthrough(),
    drainTimeoutMs: readDuration("drain-timeout", "15m", 3 * 3_600_000),
    dryRun: readBoolean("dry-run", false),
    prometheus: readPrometheusCount(),
  }),

  async run(inputs, ports) {
    const { router } = inputs;
    const { pool, ledger } = ports.router;
    const words = wordsOf(router);
    const routes = new Router(ports.router.traffic, router);
    const snapshot = await readStepSnapshot(ports.router, router);
    const decision = decideTeardown(snapshot.state, snapshot.tags, inputs.ttlMs, Date.now(), (color) =>
      routes.pinnedForMs(snapshot.state, color),
    );
    setCommonOutputs(snapshot);
    core.setOutput("torn-down", "false");
    if (!decision.act) {
      if (decision.refuse)
        throw new CutoverError(
          `teardown refuses to act: ${decision.detail} (${describeRoutes(productionRoutes(snapshot.state))}).`,
        );
      core.info(`Nothing to tear down: ${decision.detail}.`);
      await writeSummary("cutover teardown: nothing to tear down", snapshot, [], {
        word: "nothing to do",
        happened: `Nothing to tear down: ${decision.detail}`,
        next: "nothing to do; teardown runs again on its schedule.",
      });
      return;
    }
    const color = decision.color;
    core.info(`Tearing down ${color}: ${decision.detail}.`);
    const busy = inputs.prometheus && (await countedBusy(inputs.prometheus, color, snapshot.tags[color]));
    if (busy) {
      // Like a TTL not yet over: nothing to do this time, said loudly, and the next run looks again.
      core.warning(busy);
      await writeSummary(`cutover teardown: ${color} still serves requests`, snapshot, [], {
        word: "nothing to do",
        happened: busy,
        next: `nothing to do now; teardown runs again on its schedule. If ${color} keeps serving, find who calls it past the routes.`,
      });
      return;
    }
    const targets = (await pool.health(color)).filter((t) => t.state !== "draining" && t.state !== "idle");
    if (inputs.dryRun) {
      core.info(
        `dry-run: true. Would ${words.retire} ${inputs.deregister ? describeMembers(targets, words.member) : "nothing"}${inputs.command ? ", run the teardown command" : ""}${inputs.contractCommand ? ", run the contract command" : ""}, and tag ${LEDGER.tornDownAt}.`,
      );
      await writeSummary(`cutover teardown: ${color} (dry-run)`, snapshot, [decision.detail], {
        word: "dry run",
        next: "run teardown without dry-run to retire it.",
      });
      return;
    }
    const idle = () => ensureIdle(routes, color);

    if (inputs.deregister && targets.length) {
      await idle();
      // Marked, then checked again: a switch either sees the mark or moved traffic before this read.
      await markTeardown(ledger, color, router, words);
      await idle().catch(async (error: unknown) => {
        await ledger.write(color, {}, [LEDGER.teardownStarted]).catch(() => undefined);
        throw error;
      });
      core.info(`${pool.verbs.retire} on ${color}: ${describeMembers(targets, words.member)}`);
      await pool.retire(color, targets).catch((error: unknown) => {
        throw new CutoverError(
          `${pool.verbs.retire} on ${color} failed: ${describeError(error)} Its ${words.member}s may be partly ${words.retired}; ${color} carries no production traffic and keeps the ${LEDGER.teardownStarted} mark, so no switch moves traffic to it. Re-run teardown to finish.`,
        );
      });
      await putBackIfSwitched(ports.router, routes, color, targets, words, `while teardown ${words.retired} it`);
      await waitForDrain(pool, color, inputs.drainTimeoutMs, words.member);
      // A switch whose write was sent before the mark (and retried, or slow) can land after any
      // earlier read: once the deregistration has taken effect, the routes are read once more.
      await putBackIfSwitched(ports.router, routes, color, targets, words, `after its ${words.member}s drained`);
    }
    if (inputs.command) {
      if (!(inputs.deregister && targets.length)) await markTeardown(ledger, color, router, words);
      await idle();
      const env = {
        CUTOVER_TEARDOWN_COLOR: color,
        ...commandEnv(router, color),
        CUTOVER_VERSION: snapshot.tags[color][LEDGER.version] ?? "",
      };
      await runCommand("teardown-command", inputs.command, env, inputs.commandTimeoutMs, inputs.envPassthrough);
    }
    const tornDownAt = isoSeconds(new Date());
    core.setOutput("torn-down", "true");
    core.setOutput("torn-down-color", color);
    await recordTornDown(ledger, color, tornDownAt, words);
    const contracted = inputs.contractCommand
      ? await runContract(ledger, color, {
          run: inputs.contractCommand,
          timeoutMs: inputs.commandTimeoutMs,
          envPassthrough: inputs.envPassthrough,
        })
      : "";
    const deregistered = inputs.deregister ? targets : [];
    const after = {
      ...snapshot,
      tags: { ...snapshot.tags, [color]: { ...snapshot.tags[color], [LEDGER.tornDownAt]: tornDownAt } },
    };
    const retired = router.retirement?.retired?.(color);
    await writeSummary(
      `cutover teardown: torn down ${color}`,
      after,
      [
        deregistered.length
          ? retired
            ? `It ${retired}. Before: ${describeMembers(deregistered, words.member)}.`
            : `${pool.verbs.retire} on ${color}: ${describeMembers(deregistered, words.member)}.`
          : "",
        inputs.command ? `teardown-command ran for ${color}.` : "",
        contracted,
        sideBySide(snapshot.tags, color, tornDownAt),
      ],
      {
        word: "torn down",
        happened: `Tore down ${color}: ${decision.detail}`,
        next: `nothing to do now; the next release's deploy-standby puts it on ${color} (the blue-green workflow).`,
      },
    );
  },
};

/**
 * Before retiring the pool's members, the ledger says a teardown is under way: switch and rollback refuse the
 * color. With several routers the mark may land on some and not others; a mark that failed is
 * taken off again everywhere, and read back, so that it never blocks the color for nothing.
 */
async function markTeardown(ledger: LedgerPort, color: Color, config: RouterConfig, words: RouterWords): Promise<void> {
  try {
    await ledger.write(color, { [LEDGER.teardownStarted]: teardownMarkValue() });
  } catch (error) {
    await ledger.write(color, {}, [LEDGER.teardownStarted]).catch(() => undefined);
    const left = await ledger.read().then(
      (tags) => Boolean(tags[color][LEDGER.teardownStarted]),
      () => true,
    );
    const mark = left
      ? `The mark may remain on part of the router (status shows it), and switch and rollback refuse ${color} while it does. ${clearMarkHint(config, color)}`
      : "No mark is left.";
    throw new CutoverError(
      `Could not mark ${color} as being torn down (${describeError(error)}); nothing was ${words.retired}. ${mark}`,
    );
  }
}

/**
 * A switch that read the ledger before the mark may still have moved traffic to the color while it
 * was being retired: then its members are restored and the step fails loudly.
 */
async function putBackIfSwitched(
  ports: RouterPorts,
  routes: Router,
  color: Color,
  targets: MemberHealth[],
  words: RouterWords,
  when: string,
): Promise<void> {
  const now = await routes.read();
  if (!productionRoutes(now).some((r) => r.weights[color] > 0)) return;
  const names = targets.map(memberKey).join(", ");
  const registered = await ports.pool.restore(color, targets).then(
    () => `its ${words.member}s were ${words.restored} again (${names})`,
    (error: unknown) => `putting its ${words.member}s back FAILED (${describeError(error)}): ${words.restore} ${names} by hand`,
  );
  await ports.ledger.write(color, {}, [LEDGER.teardownStarted]).catch(() => undefined);
  throw new CutoverError(
    `${color} gained production traffic ${when} (${describeRoutes(productionRoutes(now))}): another run switched. ${registered}; check status and the switch that ran.`,
  );
}

/** The members are gone whatever happens now: a tag that fails to write says so, and how to record it. */
async function recordTornDown(ledger: LedgerPort, color: Color, tornDownAt: string, words: RouterWords): Promise<void> {
  try {
    await ledger.write(color, { [LEDGER.tornDownAt]: tornDownAt, [LEDGER.run]: runMark() });
    core.info(`Ledger ${color} ${LEDGER.tornDownAt}: (none) → ${tornDownAt}`);
    await ledger.write(color, {}, [LEDGER.teardownStarted]);
  } catch (error) {
    throw new CutoverError(
      `${color} is torn down (its ${words.member}s are ${words.retired}; it carries no production traffic), but recording it failed: ${describeError(error)} Its ${LEDGER.teardownStarted} mark may remain, so switch refuses ${color} until a deploy; re-run teardown to record ${LEDGER.tornDownAt}.`,
    );
  }
}

/** Re-read right before every destructive call: a color that gained any weight is left alone. */
async function ensureIdle(routes: Router, color: Color): Promise<void> {
  await requireNoProductionWeight(
    routes,
    color,
    (shown) =>
      `${color} has production traffic again (${shown}): someone switched while teardown ran. It stopped without touching ${color}.`,
  );
}

async function waitForDrain(pool: PoolPort, color: Color, timeoutMs: number, member: string): Promise<void> {
  const polled = await pollUntil(
    async () => {
      const left = (await pool.health(color)).filter((t) => t.state !== "idle");
      return { done: left.length === 0, value: left };
    },
    { timeoutMs, progress: (seen, left) => `Waiting for ${color} to drain: ${describeMembers(seen, member)}; ${left} left.` },
  );
  if (polled.done) {
    core.info(`${color} drained after ${formatDuration(polled.ms)}.`);
    return;
  }
  throw new CutoverError(
    `${color} is still draining after ${formatDuration(timeoutMs)} (drain-timeout): ${describeMembers(polled.value, member)}.`,
  );
}

/** How long both colors ran: from the new color's deploy (or the old one's retirement) until now. */
function sideBySide(tags: Record<Color, Record<string, string>>, color: Color, tornDownAt: string): string {
  const rolledBackAt = tags[color][LEDGER.rollbackReason] ? tags[color][LEDGER.retiredAt] : undefined;
  if (rolledBackAt) {
    return `The rolled-back release stayed up for ${formatDuration(Date.parse(tornDownAt) - Date.parse(rolledBackAt))} after the rollback (from ${rolledBackAt} to ${tornDownAt}).`;
  }
  const since = tags[otherColor(color)][LEDGER.deployedAt] ?? tags[color][LEDGER.retiredAt];
  if (!since) return "";
  return `Both colors ran side by side for ${formatDuration(Date.parse(tornDownAt) - Date.parse(since))} (from ${since} to ${tornDownAt}): the extra cost of this release.`;
}

/** The routes give the color no traffic; why Prometheus says it still serves some, or undefined. */
async function countedBusy(count: PrometheusCount, color: Color, tags: Ledger): Promise<string | undefined> {
  const verdict = countVerdict(color, await countRequests(count, color, versionOf(tags)));
  if (verdict.warn) core.warning(verdict.warn);
  if (verdict.info) core.info(verdict.info);
  return verdict.refuse;
}
