import type { Color } from "../core/color.ts";
import { formatDuration, readDuration } from "../core/durations.ts";
import { CutoverError } from "../core/errors.ts";
import { inputError, readBoolean, readChoice, readInteger, readRequiredString, readString } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { readEnvPassthrough, runCommand } from "../core/shell.ts";
import { isoSeconds } from "../core/time.ts";
import { setCommonOutputs, table } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { describeMembers, type HealthVerdict, memberKey, waitForHealthy } from "../routers/health.ts";
import { LEDGER, ledgerValue, runMark } from "../routers/ledger-keys.ts";
import type { LedgerPort, MemberHealth, PoolPort, RouterConfig, RouterWords } from "../routers/port.ts";
import { kindOf, readRouterConfig } from "../routers/registry.ts";
import { formatForward, formatWeights, routeName } from "../routers/routes.ts";
import { capitalized, wordsOf } from "../routers/words.ts";
import { commandEnv } from "../routing/command-env.ts";
import { compareSettings, type Difference } from "../routing/drift.ts";
import { requireNoProductionWeight } from "../routing/guards.ts";
import { type RouteChange, Router, type RouterState, RouteWriteError } from "../routing/router.ts";
import { settledColors } from "../routing/snapshot.ts";
import type { Snapshot } from "../routing/state.ts";
import { readStepSnapshot, type Step } from "../step.ts";

interface DeployInputs {
  router: RouterConfig;
  version: string;
  deployCommand?: string;
  deployTimeoutMs: number;
  envPassthrough?: string[];
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
    if (ledgerValue(version) !== version) {
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
      envPassthrough: readEnvPassthrough(),
      register: readRegisterTargets(router),
      replaceTargets: readBoolean("replace-targets", false),
      minHealthy: readInteger("min-healthy-targets", 1, { min: 0, max: 1000 }),
      healthTimeoutMs: readDuration("health-timeout", "10m", 3 * 3_600_000),
      drift: readChoice("drift", ["fail", "warn", "off"], "warn"),
      dryRun: readBoolean("dry-run", false),
    };
  },

  async run(inputs, ports) {
    const { pool, ledger, traffic } = ports.router;
    const words = wordsOf(inputs.router);
    const snapshot = await readStepSnapshot(ports.router, inputs.router);
    const colors = settledColors(snapshot, "deploy-standby");
    const { active, standby } = colors;
    core.info(`Deploying ${inputs.version} to the standby, ${standby}; ${active} keeps the traffic.`);

    const drift = inputs.drift === "off" ? [] : await checkDrift(pool, words, active, standby, inputs.drift);
    const routes = new Router(traffic, inputs.router);
    if (inputs.dryRun) {
      await planOnly(inputs, snapshot, routes, colors);
      return;
    }
    if (inputs.deployCommand) await deploy(inputs, inputs.deployCommand, colors);
    const referenced = await registerStandby(inputs, pool, routes, standby);
    const health = await requireHealthy(inputs, pool, routes, colors, referenced);
    const after: Snapshot = {
      ...(await recordRelease(ledger, snapshot, standby, inputs.version)),
      health: { [standby]: health },
    };
    setCommonOutputs(after);
    core.setOutput("deployed-version", inputs.version);
    await writeSummary(
      `cutover deploy-standby: ${inputs.version} on ${standby}`,
      after,
      [
        `Healthy after ${formatDuration(health.ms)}: ${describeMembers(health.targets, words.member)}`,
        driftSection(drift, inputs.drift, colors, words),
      ].filter(Boolean),
    );
  },
};

interface Colors {
  active: Color;
  standby: Color;
}

/** dry-run: what would be run, registered, referenced and tagged; nothing is written. */
async function planOnly(inputs: DeployInputs, snapshot: Snapshot, routes: Router, { active, standby }: Colors): Promise<void> {
  const reference = routes.planReference(snapshot.state, standby);
  await routes.checkForwards(reference);
  core.info(
    `dry-run: true. Would run the deploy command: ${inputs.deployCommand ? "yes" : "no"}; register ${inputs.register.join(", ") || "nothing"};${reference.length ? ` add ${standby} at weight 0 to the production forwards, since no route names it and the router health-checks only pools a route uses;` : ""} wait for ${standby} to be healthy; tag ${LEDGER.version}=${inputs.version}.`,
  );
  for (const change of reference) {
    core.info(
      `  would write ${routeName(change.ref)}: ${formatForward(change.before.weights, [active])} → ${formatWeights(change.after)}`,
    );
  }
  setCommonOutputs(snapshot);
}

/** deploy-command, told which color is which through its environment. */
async function deploy(inputs: DeployInputs, command: string, { standby }: Colors): Promise<void> {
  const env = { ...commandEnv(inputs.router, standby), CUTOVER_VERSION: inputs.version };
  await runCommand("deploy-command", command, env, inputs.deployTimeoutMs, inputs.envPassthrough);
}

/** Registers the standby's targets and makes the router health-check it; returns the weight-0 references written. */
async function registerStandby(inputs: DeployInputs, pool: PoolPort, routes: Router, standby: Color): Promise<RouteChange[]> {
  // A long deploy leaves time for another run to switch: never register onto a color with traffic.
  const now = await requireNoProductionWeight(
    routes,
    standby,
    (shown) =>
      `${standby} took production traffic while it was being deployed (${shown}). Another run switched; nothing was registered or tagged.`,
  );
  await pool.deploy?.(standby);
  if (inputs.register.length) await pool.register?.(standby, inputs.register, inputs.replaceTargets);
  return referenceStandby(routes, now, standby, wordsOf(inputs.router));
}

/** Waits for the standby's health; if it never comes, puts back the weight-0 references and fails. */
async function requireHealthy(
  inputs: DeployInputs,
  pool: PoolPort,
  routes: Router,
  { active, standby }: Colors,
  referenced: RouteChange[],
): Promise<HealthVerdict & { ms: number }> {
  const { member } = wordsOf(inputs.router);
  const health = await waitForHealthy(
    () => pool.health(standby),
    standby,
    inputs.minHealthy,
    inputs.healthTimeoutMs,
    undefined,
    pool.members,
    member,
  );
  if (!health.ok) {
    const why = `${standby} is not healthy after ${formatDuration(health.ms)} (health-timeout): ${health.problem} Not healthy: ${describeMembers(
      health.serving.filter((t) => t.state !== "healthy"),
      member,
    )}`;
    const details = [
      `${capitalized(member)}s of ${standby} when the wait ended; nothing was tagged, and ${active} keeps the traffic:`,
      memberTable(health.targets, member),
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
  core.info(`${standby} is healthy after ${formatDuration(health.ms)}: ${describeMembers(health.targets, member)}`);
  return health;
}

/** Tags the standby with its new release, and returns the snapshot as it reads now. */
async function recordRelease(ledger: LedgerPort, snapshot: Snapshot, standby: Color, version: string): Promise<Snapshot> {
  const deployedAt = isoSeconds(new Date());
  const stale = [LEDGER.retiredAt, LEDGER.tornDownAt, LEDGER.teardownStarted].filter((key) => key in snapshot.tags[standby]);
  // A freshly deployed standby is not a retired color: teardown must not take it for one.
  await ledger.write(
    standby,
    { [LEDGER.color]: standby, [LEDGER.version]: version, [LEDGER.deployedAt]: deployedAt, [LEDGER.run]: runMark() },
    stale,
  );
  core.info(
    `Ledger ${standby} ${LEDGER.version}: ${snapshot.tags[standby][LEDGER.version] ?? "(none)"} → ${version}; ${LEDGER.deployedAt} → ${deployedAt}${stale.length ? `; removed ${stale.join(", ")}` : ""}`,
  );
  const tags = {
    ...snapshot.tags,
    [standby]: { ...snapshot.tags[standby], [LEDGER.version]: version, [LEDGER.deployedAt]: deployedAt },
  };
  for (const key of stale) delete tags[standby][key];
  return { ...snapshot, tags };
}

function driftSection(drift: Difference[], mode: DeployInputs["drift"], { active, standby }: Colors, words: RouterWords): string {
  if (drift.length) return `**Config drift between ${active} and ${standby}:**\n\n${driftTable(drift, active, standby)}`;
  return mode === "off" ? "" : `No config drift between the two ${words.pool}s.`;
}

/**
 * A router that health-checks a pool only while a route names it (ALB: Target.NotInUse) would leave
 * a standby in no route unchecked however long one waits. It joins the production routes at weight
 * 0, which sends it no traffic; a failed write is put back.
 */
async function referenceStandby(routes: Router, state: RouterState, standby: Color, words: RouterWords): Promise<RouteChange[]> {
  const changes = routes.planReference(state, standby);
  if (changes.length === 0) return [];
  const unchecked = words.unchecked ?? "the router does not health-check it";
  core.info(
    `No route names ${standby}, so ${unchecked}: adding it at weight 0 to the production routes. It takes no traffic until the switch.`,
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

/** register-targets, for routers whose pools take members listed here; checked as the router reads them. */
function readRegisterTargets(router: RouterConfig): string[] {
  const kind = kindOf(router);
  if (kind.readTargets) return kind.readTargets("register-targets");
  if (!readString("register-targets")) return [];
  // With several routers, one list could not say which member's pool each target joins.
  const why = router.members
    ? "is for one router; with several routers (routers:) it cannot say which router's pool each entry joins: add them in deploy-command"
    : `is for routers whose pools take members listed here (alb); the ${router.kind} router does not: its deploy-command fills the pool`;
  throw inputError("register-targets", why, "(empty)");
}

async function checkDrift(
  pool: PoolPort,
  words: RouterWords,
  active: Color,
  standby: Color,
  mode: "fail" | "warn",
): Promise<Difference[]> {
  const [a, s] = await Promise.all([pool.settings(active), pool.settings(standby)]);
  const drift = compareSettings(a, s);
  if (drift.length === 0) {
    core.info(`No config drift between ${active} and ${standby}.`);
    return drift;
  }
  const lines = drift.map((d) => `${d.setting}: ${active} ${d.active}, ${standby} ${d.standby}`).join("; ");
  if (mode === "fail")
    throw new CutoverError(
      `The standby's ${words.pool} drifted from the active one's (drift: fail): ${lines}. Nothing was deployed.`,
    );
  core.warning(`The standby's ${words.pool} drifted from the active one's: ${lines}`);
  return drift;
}

function memberTable(targets: MemberHealth[], member: string): string {
  return table(
    [capitalized(member), "State", "Reason", "Description"],
    targets.map((t) => [memberKey(t), t.word ?? t.state, t.reason ?? "", t.description ?? ""]),
  );
}

function driftTable(drift: Difference[], active: Color, standby: Color): string {
  return table(
    ["Setting", `${active} (active)`, `${standby} (standby)`],
    drift.map((d) => [d.setting, d.active, d.standby]),
  );
}
