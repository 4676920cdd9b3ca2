// Switch and rollback are one operation: read, choose, check, then the run through its steps (a little over
// 300 lines: the plan, its checks and the report of a failed flip read as one story).

import { cancellable, untilAborted, urgentDeadline } from "../core/cancel.ts";
import { COLORS, type Color, otherColor, type PerColor } from "../core/color.ts";
import { CutoverError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { isoSeconds } from "../core/time.ts";
import { setCommonOutputs } from "../github/report.ts";
import { noteSnapshot } from "../github/summary.ts";
import type { Ports } from "../ports.ts";
import { describeMembers, type HealthVerdict, judgeHealth } from "../routers/health.ts";
import { versionOf } from "../routers/ledger-keys.ts";
import type { Ledger, PoolPort, RouterConfig } from "../routers/port.ts";
import { allOn, formatWeights, routeName, sameWeights } from "../routers/routes.ts";
import { capitalized, wordsOf } from "../routers/words.ts";
import { refuseTornDownTarget, stampColors } from "../routing/ledger.ts";
import { describeRoutes, productionRoutes, type RouteChange, Router, type RouterState } from "../routing/router.ts";
import { readSnapshotWithHealth } from "../routing/snapshot.ts";
import type { Snapshot } from "../routing/state.ts";
import { requireAlarms, requirePrometheus } from "./gates.ts";
import { FlipError, type FlipOutcome, type FlipRequest } from "./request.ts";
import { FlipRun, productionWeights } from "./run.ts";

/**
 * Moves all production traffic to one color, in one step or several, and the test routes to the
 * other. Switch and rollback are this one operation with different guards. Whatever fails after
 * the first write of a switch (a write, a gate, the drain wait, a cancelled run) puts every route
 * back as it was read; a rollback is never put back, it is finished.
 */
export async function flip(ports: Ports, config: RouterConfig, request: FlipRequest): Promise<FlipOutcome> {
  const whatNext = request.verb === "rollback" ? "finishing the rollback" : "putting the weights back";
  return cancellable(whatNext, async (signal) => {
    const started = Date.now();
    const router = new Router(ports.router.traffic, config);
    // The ledger (teardown mark, versions) is read alongside the routes: the only reads a write waits
    // for in turn are the routes, then the target's health.
    const ledgerRead = ports.router.ledger.read({ signal });
    ledgerRead.catch(() => undefined); // awaited below; a step that stops earlier must not leave it unhandled
    const state = await router.read({ signal }).catch((error: unknown) => {
      throw signal.aborted ? cancelledBeforeWriting() : error;
    });
    // A failed step's summary reads the state again, tags included, within the runner's grace.
    const reread = () => untilAborted(readSnapshotWithHealth(ports.router, config), urgentDeadline());
    noteSnapshot({ config, state, tags: { blue: {}, green: {} } }, reread);
    const tagsRead = ledgerRead.then((tags) => {
      noteSnapshot({ config, state, tags });
      return tags;
    });
    tagsRead.catch(() => undefined);
    const target = await chooseTarget(state, tagsRead, request).catch((error: unknown) => {
      throw signal.aborted ? cancelledBeforeWriting() : error;
    });
    const run = new FlipRun({ ports, router, config, request, baseline: state, target, started, signal });
    try {
      const outcome = await flipFrom(state, tagsRead, run);
      setCommonOutputs(outcome.after);
      return outcome;
    } catch (caught) {
      // Whatever failed after the first write of a switch puts the routes back before anything is reported.
      let error = await run.settle(caught);
      if (!(error instanceof CutoverError) && signal.aborted && !run.touched) error = cancelledBeforeWriting();
      if (!(error instanceof CutoverError) || error instanceof FlipError) throw error;
      throw await failedFlip(error, run, await tagsRead.catch(() => ({ blue: {}, green: {} })));
    }
  });
}

function cancelledBeforeWriting(): CutoverError {
  return new CutoverError("The run was cancelled before its first write: nothing was written.");
}

/** The error to report, with the routes as read after the failure: the outputs and summary come from that read. */
async function failedFlip(error: CutoverError, run: FlipRun, tags: PerColor<Ledger>): Promise<FlipError> {
  const { config, baseline: state, router, target } = run;
  const before: Snapshot = { config, state, tags };
  const now = run.touched
    ? (run.routesNow ?? (await router.read({ signal: urgentDeadline(), urgent: true }).catch(() => undefined)))
    : state;
  const after: Snapshot = { ...before, state: now ?? state };
  // After a write, the summary's state is this read, not a fresh one that could outlast the runner's grace.
  if (run.touched) noteSnapshot(after, async () => after);
  const moved =
    !now ||
    productionRoutes(now).some((r, i) => !sameWeights(r.weights, productionRoutes(before.state)[i]?.weights ?? r.weights));
  setCommonOutputs(after);
  const { outcome, verdict, details, next } = error;
  return new FlipError(error.message, { after, target, moved: moved && run.touched }, { outcome, verdict, details, next });
}

async function flipFrom(state: RouterState, tagsRead: Promise<PerColor<Ledger>>, run: FlipRun): Promise<FlipOutcome> {
  const plan = await readPlan(state, tagsRead, run);
  if (plan.outcome.changes.length === 0) {
    core.info(
      `Already switched: every production route sends all traffic to ${run.target}, and the test routes point at ${plan.outcome.previous}. Nothing to write.`,
    );
    return plan.outcome;
  }
  const checked = await checkPlan(plan, state, run);
  if (run.request.dryRun) {
    core.info("dry-run: true, so nothing was written.");
    return { ...plan.outcome, health: checked.health };
  }
  const result = await carryOut(plan, checked, state, run);
  if (run.signal.aborted) {
    // A rollback is finished when cancelled; a switch cancelled only once it was proven and tagged is complete.
    const done = run.request.verb === "rollback" ? "the rollback was finished first" : "the switch had already finished";
    setCommonOutputs(result.after);
    throw new FlipError(
      `The run was cancelled; ${done}: all production traffic is on ${run.target}. ${describeRoutes(result.after.state.routes)}.`,
      { after: result.after, target: run.target, moved: true },
    );
  }
  return result;
}

/** What the flip would write, with the ledger read; the target's health is read alongside, not awaited. */
interface Plan {
  outcome: FlipOutcome;
  movesTraffic: boolean;
  healthRead?: Promise<HealthVerdict>;
}

/** What a checked plan runs with: the steps still ahead, the version to prove, the health gate's verdict. */
interface CheckedPlan {
  steps: number[];
  verify?: FlipRun["verify"];
  health?: HealthVerdict;
}

async function readPlan(state: RouterState, tagsRead: Promise<PerColor<Ledger>>, run: FlipRun): Promise<Plan> {
  const { ports, config, request, target, router, started } = run;
  const previous = otherColor(target);
  checkExpectedActive(state, request.expectedActive);

  const changes = router.plan(state, allOn(target), allOn(previous));
  const movesTraffic = changes.some((c) => c.ref.role === "production");
  // Two round trips before the first write: the routes with the ledger, then the target's health.
  const restore = async () => restoreAdvice(config, target, (await tagsRead)[target]);
  const healthRead = movesTraffic
    ? healthGate(ports.router.pool, wordsOf(config).member, target, request, run.signal, restore)
    : undefined;
  healthRead?.catch(() => undefined);
  const tags = await tagsRead;
  const before: Snapshot = { config, state, tags };
  const readMs = Date.now() - started;
  const outcome: FlipOutcome = {
    before,
    after: before,
    target,
    previous,
    changes,
    moved: false,
    timeline: run.timeline,
    gates: [],
    ms: { read: readMs, write: 0, total: readMs },
  };
  return { outcome, movesTraffic, healthRead };
}

/** Every check before the first write: torn down, the version to expect, the alarms, health, the router's own refusals. */
async function checkPlan({ outcome, movesTraffic, healthRead }: Plan, state: RouterState, run: FlipRun): Promise<CheckedPlan> {
  const { ports, config, request, target, router } = run;
  const tags = outcome.before.tags;
  if (movesTraffic) refuseTornDownTarget(tags, target);

  const steps = movesTraffic ? stepsFrom(request.steps, state, target) : [100];
  const verify =
    request.verify && movesTraffic
      ? { ...request.verify, expected: request.verify.expected || versionOf(tags[target]) }
      : undefined;
  if (verify && !verify.expected) {
    throw new CutoverError(
      `verify-url needs the version to expect: set expected-version, or tag ${target} with cutover:version (deploy-standby does). Nothing was written.`,
    );
  }
  // A rollback goes ahead whatever the alarms say: they are often why it runs.
  const firing = request.verb === "switch" ? "refuse" : undefined;
  if (movesTraffic) await requireAlarms(ports, request.gates?.alarms ?? [], { signal: run.signal, firing });
  if (movesTraffic) await requirePrometheus(request.gates, target, versionOf(tags[target]), run.signal);
  const health = await healthRead;
  if (movesTraffic && !config.routes.some((r) => r.role === "test")) warnNoTestRoute(config, target);
  await router.checkForwards(outcome.changes, { releaseSticky: request.releaseSticky, verb: request.verb }, run.signal);
  logPlan(request, target, steps, outcome.changes);
  return { steps, verify, health };
}

/** The writes through every step, the drain, and the ledger's stamps. */
async function carryOut(
  { outcome, movesTraffic }: Plan,
  { steps, verify, health }: CheckedPlan,
  state: RouterState,
  run: FlipRun,
): Promise<FlipOutcome> {
  const { ports, config, request, target, started } = run;
  const { previous } = outcome;
  const writeStarted = Date.now();
  run.verify = verify;
  await run.through(steps);
  // When the last write was read back, not when the gates after it finished watching.
  const movedAt = isoSeconds(new Date(run.movedAt ?? Date.now()));
  const drain = request.drain && movesTraffic ? await run.drain(previous, Date.parse(movedAt)) : undefined;
  const writeMs = Date.now() - writeStarted;
  const tags = outcome.before.tags;
  const newTags = movesTraffic
    ? await stampColors(ports.router.ledger, tags, target, request.reason, movedAt, { signal: run.signal })
    : tags;
  const afterState: RouterState = {
    routes: state.routes.map((r) => ({ ...r, weights: r.ref.role === "production" ? allOn(target) : allOn(previous) })),
    production: allOn(target),
    active: target,
  };
  return {
    ...outcome,
    after: { config, state: run.routesNow ?? afterState, tags: newTags },
    moved: movesTraffic,
    movedAt: movesTraffic ? movedAt : undefined,
    health,
    gates: run.verdicts,
    version: run.version,
    drain,
    ms: { read: outcome.ms.read, write: writeMs, total: Date.now() - started },
  };
}

async function chooseTarget(state: RouterState, tagsRead: Promise<PerColor<Ledger>>, request: FlipRequest): Promise<Color> {
  if (request.to !== "standby") {
    if (!state.active) {
      core.warning(
        `The production routes are not on one color (${describeRoutes(productionRoutes(state))}); all of them will be moved to ${request.to}.`,
      );
    }
    return request.to;
  }
  if (state.active) return otherColor(state.active);
  if (request.verb === "rollback") {
    // A gradual switch stamps live-since only once it completes, so the color with the newest
    // live-since is the one that was serving before the shift began.
    const tags = await tagsRead;
    const [newest, older] = [...COLORS].sort((a, b) =>
      (tags[b]["cutover:live-since"] ?? "").localeCompare(tags[a]["cutover:live-since"] ?? ""),
    );
    if (
      newest &&
      older &&
      tags[newest]["cutover:live-since"] &&
      tags[newest]["cutover:live-since"] !== tags[older]["cutover:live-since"]
    ) {
      core.info(`The router is split; ${newest} has the newest cutover:live-since, so it is the color to go back to.`);
      return newest;
    }
  }
  const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
  throw new CutoverError(
    `Cannot tell the standby: ${why} (${describeRoutes(productionRoutes(state))}). Name the color to move all traffic to with the input to: blue or to: green.`,
  );
}

function warnNoTestRoute(config: RouterConfig, target: Color): void {
  const inputs = config.testRouteInputs;
  // With several routers, each router's settings live in its entry of the environment file's routers:.
  const where = config.members ? `${inputs[0]} in each entry of routers:` : `${inputs[0]} to switch and rollback`;
  core.warning(
    `No test route was given (${inputs.join(", ")}). If a test route sends to ${target}, it keeps doing so while ${target} goes live, and smoke tests through it would check production: give ${where} so that it moves to ${otherColor(target)}, the new standby.`,
  );
}

function checkExpectedActive(state: RouterState, expected: Color | undefined): void {
  if (!expected || state.active === expected) return;
  const actual = state.active ? `${state.active} is active` : `the router is split (${describeRoutes(productionRoutes(state))})`;
  throw new CutoverError(
    `expected-active-color is ${expected}, but ${actual}. Another run probably changed the router; nothing was written. Check the status step and re-run when it is settled.`,
  );
}

async function healthGate(
  pool: PoolPort,
  member: string,
  target: Color,
  request: FlipRequest,
  signal: AbortSignal,
  restore: () => Promise<string>,
): Promise<HealthVerdict> {
  const verdict = judgeHealth(target, await pool.health(target, { signal }), request.minHealthy, pool.members, member);
  core.info(`Health of ${target}: ${describeMembers(verdict.targets, member)}`);
  if (verdict.ok) return verdict;
  const override = request.verb === "rollback" ? "force: true" : "require-healthy: false";
  // No override sends all traffic to a color with no member at all (deregistered, scaled to 0): that
  // is an outage. Members that are there but failing their checks are the override's to judge.
  if (verdict.serving.length === 0) {
    const next = await restore();
    const why = `Health gate: ${target} has no member to serve traffic (${describeMembers(verdict.targets, member)}), so nothing was written; ${override} does not override this, as it would send all traffic to nothing.`;
    throw new CutoverError(`${why} ${next}`, { next, verdict: why });
  }
  if (!request.requireHealthy) {
    core.warning(`Health gate skipped (${override}): ${verdict.problem} Traffic moves to ${target} anyway.`);
    return verdict;
  }
  throw new CutoverError(
    `Health gate: ${verdict.problem} ${capitalized(member)}s: ${describeMembers(verdict.targets, member)}. Nothing was written; fix the ${member}s, or set ${override} to move traffic regardless.`,
  );
}

/** What would make `target` able to serve: deploy it again, or undo its teardown by hand where the router says how. */
function restoreAdvice(config: RouterConfig, target: Color, ledger: Ledger): string {
  const undo = config.retirement?.restore?.(target, ledger);
  return `Run deploy-standby for ${target} first${undo ? `, or undo its teardown with ${undo} and wait for it to be ready` : ""}; then run this again.`;
}

/** The plan line; on dry-run also each route, since no write log will show them. */
function logPlan(request: FlipRequest, target: Color, steps: number[], changes: RouteChange[]): void {
  const because = request.reason ? `, because: ${request.reason}` : "";
  const how = steps.length > 1 ? ` in steps of ${steps.join("%, ")}%` : "";
  core.info(
    `${request.dryRun ? "Plan (dry-run)" : "Plan"}: ${request.verb} all production traffic to ${target}${how}${because}.`,
  );
  if (!request.dryRun) return;
  for (const change of changes) {
    core.info(`  would write ${routeName(change.ref)}: ${formatWeights(change.before.weights)} → ${formatWeights(change.after)}`);
  }
}

/** The steps still ahead: a gradual switch that starts from a split router skips the steps behind it. */
function stepsFrom(steps: number[], state: RouterState, target: Color): number[] {
  const weights = productionWeights(state);
  const now = Math.round((weights[target] / (weights.blue + weights.green)) * 100);
  const ahead = steps.filter((p) => p > now);
  return ahead.length ? ahead : [100];
}
