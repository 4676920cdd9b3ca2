import type { Color } from "../core/color.ts";
import { formatDuration, readDuration } from "../core/durations.ts";
import { CutoverError } from "../core/errors.ts";
import { inputError, readBoolean, readChoice, readInteger, readRequiredString, readString } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { runCommand } from "../core/shell.ts";
import { isoSeconds } from "../core/time.ts";
import { type Snapshot, setCommonOutputs, table } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import type { PoolPort, RouterConfig, TargetHealth } from "../routers/port.ts";
import { readRouterConfig, routerKind } from "../routers/registry.ts";
import { compareSettings, type Difference } from "../routing/drift.ts";
import { requireNoProductionWeight } from "../routing/guards.ts";
import { describeTargets, waitForHealthy } from "../routing/health.ts";
import { type RouteChange, Router, type RouterState, RouteWriteError } from "../routing/router.ts";
import { formatForward, formatWeights, routeName } from "../routing/routes.ts";
import { readSnapshot, settledColors } from "../routing/snapshot.ts";
import { runTag, TAG, tagValue } from "../routing/tags.ts";
import type { Step } from "../step.ts";

interface DeployInputs {
  router: RouterConfig;
  version: string;
  deployCommand?: string;
  deployTimeoutMs: number;
  register: string[];
  replaceTargets: boolean;
  minHealthy: number;
  healthTimeoutMs: number;
  drift: "fail" | "warn" | "off";
  dryRun: boolean;
}

/** Prepares the standby: deploy, register, wait for health, check for drift, tag the version. */
export const step: Step<DeployInputs> = {
  name: "deploy-standby",
  readInputs: () => {
    const router = readRouterConfig();
    const version = readRequiredString("version", "v1.4.2");
    if (tagValue(version) !== version) {
      throw inputError(
        "version",
        `must fit an AWS tag (letters, digits, spaces and _ . : / = + - @, 256 at most), got ${JSON.stringify(version)}`,
        "v1.4.2",
      );
    }
    return {
      router,
      version,
      deployCommand: readString("deploy-command") || undefined,
      deployTimeoutMs: readDuration("deploy-timeout", "30m", 6 * 3_600_000),
      register: readRegisterTargets(router),
      replaceTargets: readBoolean("replace-targets", false),
      minHealthy: readInteger("min-healthy-targets", 1, { min: 0, max: 1000 }),
      healthTimeoutMs: readDuration("health-timeout", "10m", 3 * 3_600_000),
      drift: readChoice("drift", ["fail", "warn", "off"], "warn"),
      dryRun: readBoolean("dry-run", false),
    };
  },

  async run(inputs, ports) {
    const { router } = inputs;
    const { pool, ledger, traffic } = ports.router;
    const snapshot = await readSnapshot(ports.router, router);
    const { active, standby } = settledColors(snapshot, "deploy-standby");
    core.info(`Deploying ${inputs.version} to the standby, ${standby}; ${active} keeps the traffic.`);

    const drift = inputs.drift === "off" ? [] : await checkDrift(pool, active, standby, inputs.drift);
    const routes = new Router(traffic, router);
    if (inputs.dryRun) {
      const reference = routes.planReference(snapshot.state, standby);
      await routes.checkForwards(reference);
      core.info(
        `dry-run: true. Would run the deploy command: ${inputs.deployCommand ? "yes" : "no"}; register ${inputs.register.join(", ") || "nothing"};${reference.length ? ` add ${standby} at weight 0 to the production forwards, since no route names it and the router health-checks only pools a route uses;` : ""} wait for ${standby} to be healthy; tag ${TAG.version}=${inputs.version}.`,
      );
      for (const change of reference) {
        core.info(
          `  would write ${routeName(change.ref)}: ${formatForward(change.before.weights, [active])} → ${formatWeights(change.after)}`,
        );
      }
      setCommonOutputs(snapshot);
      return;
    }
    if (inputs.deployCommand) {
      const env = {
        CUTOVER_STANDBY_COLOR: standby,
        CUTOVER_STANDBY_TARGET_GROUP_ARN: router.pools[standby],
        CUTOVER_ACTIVE_COLOR: active,
        CUTOVER_ACTIVE_TARGET_GROUP_ARN: router.pools[active],
        CUTOVER_VERSION: inputs.version,
      };
      await runCommand("deploy-command", inputs.deployCommand, env, inputs.deployTimeoutMs);
    }
    // A long deploy leaves time for another run to switch: never register onto a color with traffic.
    const now = await requireNoProductionWeight(
      routes,
      standby,
      (shown) =>
        `${standby} took production traffic while it was being deployed (${shown}). Another run switched; nothing was registered or tagged.`,
    );
    if (inputs.register.length) await pool.register?.(standby, inputs.register, inputs.replaceTargets);
    const referenced = await referenceStandby(routes, now, standby);

    const health = await waitForHealthy(() => pool.health(standby), standby, inputs.minHealthy, inputs.healthTimeoutMs);
    if (!health.ok) {
      const why = `${standby} is not healthy after ${formatDuration(health.ms)} (health-timeout): ${health.problem} Not healthy: ${describeTargets(health.serving.filter((t) => t.state !== "healthy"))}`;
      const details = [
        `Targets of ${standby} when the wait ended; nothing was tagged, and ${active} keeps the traffic:`,
        targetTable(health.targets),
      ];
      if (referenced.length) {
        const putBack = await routes.putBack(
          referenced.map((c) => c.before),
          why,
        );
        throw new CutoverError(putBack.message, { details });
      }
      throw new CutoverError(`${why}.`, { details });
    }
    core.info(`${standby} is healthy after ${formatDuration(health.ms)}: ${describeTargets(health.targets)}`);

    const deployedAt = isoSeconds(new Date());
    const stale = [TAG.retiredAt, TAG.tornDownAt, TAG.teardownStarted].filter((key) => key in snapshot.tags[standby]);
    // A freshly deployed standby is not a retired color: teardown must not take it for one.
    await ledger.write(
      standby,
      { [TAG.color]: standby, [TAG.version]: inputs.version, [TAG.deployedAt]: deployedAt, [TAG.run]: runTag() },
      stale,
    );
    core.info(
      `Tag ${standby} ${TAG.version}: ${snapshot.tags[standby][TAG.version] ?? "(none)"} → ${inputs.version}; ${TAG.deployedAt} → ${deployedAt}${stale.length ? `; removed ${stale.join(", ")}` : ""}`,
    );

    const tags = {
      ...snapshot.tags,
      [standby]: { ...snapshot.tags[standby], [TAG.version]: inputs.version, [TAG.deployedAt]: deployedAt },
    };
    for (const key of stale) delete tags[standby][key];
    const after: Snapshot = { ...snapshot, tags, health: { [standby]: health } };
    setCommonOutputs(after);
    core.setOutput("deployed-version", inputs.version);
    await writeSummary(
      `cutover deploy-standby: ${inputs.version} on ${standby}`,
      after,
      [
        `Healthy after ${formatDuration(health.ms)}: ${describeTargets(health.targets)}`,
        drift.length
          ? `**Config drift between ${active} and ${standby}:**\n\n${driftTable(drift, active, standby)}`
          : inputs.drift === "off"
            ? ""
            : "No config drift between the two target groups.",
      ].filter(Boolean),
    );
  },
};

/**
 * ALB health-checks a target group only while a rule forwards to it; a standby in no route stays
 * `unused` (Target.NotInUse) however long one waits. It joins the production forwards at weight 0,
 * which sends it no traffic; a failed write is put back.
 */
async function referenceStandby(routes: Router, state: RouterState, standby: Color): Promise<RouteChange[]> {
  const changes = routes.planReference(state, standby);
  if (changes.length === 0) return [];
  core.info(
    `No route names ${standby}, so ALB does not health-check it (Target.NotInUse): adding it at weight 0 to the production forwards. It takes no traffic until the switch.`,
  );
  try {
    await routes.apply(changes);
  } catch (error) {
    if (!(error instanceof RouteWriteError)) throw error;
    throw await routes.putBack(
      error.written.map((c) => c.before),
      error.message,
    );
  }
  return changes;
}

/** register-targets, for routers whose pools take targets; checked as the router reads them. */
function readRegisterTargets(router: RouterConfig): string[] {
  const kind = routerKind(router.kind);
  if (kind.readTargets) return kind.readTargets("register-targets");
  if (readString("register-targets"))
    throw inputError(
      "register-targets",
      `is for routers whose pools take targets; the ${router.kind} router does not`,
      "(empty)",
    );
  return [];
}

async function checkDrift(pool: PoolPort, active: Color, standby: Color, mode: "fail" | "warn"): Promise<Difference[]> {
  const [a, s] = await Promise.all([pool.settings(active), pool.settings(standby)]);
  const drift = compareSettings(a, s);
  if (drift.length === 0) {
    core.info(`No config drift between ${active} and ${standby}.`);
    return drift;
  }
  const lines = drift.map((d) => `${d.setting}: ${active} ${d.active}, ${standby} ${d.standby}`).join("; ");
  if (mode === "fail")
    throw new CutoverError(
      `The standby's target group drifted from the active one's (drift: fail): ${lines}. Nothing was deployed.`,
    );
  core.warning(`The standby's target group drifted from the active one's: ${lines}`);
  return drift;
}

function targetTable(targets: TargetHealth[]): string {
  return table(
    ["Target", "State", "Reason", "Description"],
    targets.map((t) => [t.port ? `${t.id}:${t.port}` : t.id, t.state, t.reason ?? "", t.description ?? ""]),
  );
}

function driftTable(drift: Difference[], active: Color, standby: Color): string {
  return table(
    ["Setting", `${active} (active)`, `${standby} (standby)`],
    drift.map((d) => [d.setting, d.active, d.standby]),
  );
}
