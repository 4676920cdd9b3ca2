// Over 300 lines: the run, its put-back and a rollback's finish share one state (what was written, the timeline).

import { cancellable } from "../core/cancel.ts";
import { COLORS, type Color, otherColor, type PerColor } from "../core/color.ts";
import { CutoverError, type Explanation } from "../core/errors.ts";
import { formatDuration } from "../core/inputs.ts";
import { inGroup } from "../core/log.ts";
import * as core from "../core/runner.ts";
import { isoSeconds, sleep } from "../core/time.ts";
import type { Snapshot } from "../github/report.ts";
import { setCommonOutputs } from "../github/report.ts";
import { noteSnapshot } from "../github/summary.ts";
import type { RouterConfig } from "../routers/alb/config.ts";
import type { LoadBalancerPort, Tags } from "../routers/alb/elbv2.ts";
import { describeTargets, type HealthVerdict, judgeHealth } from "../routing/health.ts";
import { markWrite, refuseTornDownTarget } from "../routing/ledger.ts";
import {
  describeRoutes,
  productionRoutes,
  type RouteChange,
  Router,
  RouterChangedError,
  type RouterState,
  RouteWriteError,
} from "../routing/router.ts";
import { allOn, formatWeights, type RouteState, routeName, sameWeights, type Weights } from "../routing/routes.ts";
import { readColorTags, readSnapshotWithHealth } from "../routing/snapshot.ts";
import { stampColors, versionOf } from "../routing/tags.ts";
import type { AwsPorts } from "../step.ts";
import { type GateConfig, type GateVerdict, hasWindowGates, requireAlarms, watchGates } from "./gates.ts";
import {
  confirmDrain,
  type DrainCheck,
  type DrainReport,
  type VersionCheck,
  type VersionReport,
  verifyVersion,
} from "./proof.ts";
import { timelineTable, weightChart } from "./report.ts";

export interface FlipRequest {
  verb: "switch" | "rollback";
  /** A color, or the other color than the active one (`standby`, or `previous` for rollback). */
  to: Color | "standby";
  expectedActive?: Color;
  requireHealthy: boolean;
  minHealthy: number;
  dryRun: boolean;
  reason?: string;
  /** Percent of production traffic on the target after each step; all at once is [100]. */
  steps: number[];
  /** How long the gates watch after each step (and after the last one). */
  stepIntervalMs?: number;
  gates?: GateConfig;
  releaseSticky?: boolean;
  verify?: Omit<VersionCheck, "expected"> & { expected?: string };
  drain?: Omit<DrainCheck, "oldTargetGroupArn" | "since">;
}

export interface TimelineEntry {
  /** Milliseconds since the flip started. */
  t: number;
  weights: Weights;
  event: string;
}

export interface FlipOutcome {
  before: Snapshot;
  after: Snapshot;
  target: Color;
  previous: Color;
  /** The changes of the final step, from the state as read. */
  changes: RouteChange[];
  /** Traffic moved in this run (false when already there, or on dry-run). */
  moved: boolean;
  movedAt?: string;
  health?: HealthVerdict;
  timeline: TimelineEntry[];
  gates: GateVerdict[];
  version?: VersionReport;
  drain?: DrainReport;
  ms: { read: number; write: number; total: number };
}

/**
 * A flip that failed, with the router as it stands after it: the outputs are set from `after`, so
 * that the next job sees the colors the routes really show.
 */
export class FlipError extends CutoverError {
  override name = "FlipError";
  readonly after: Snapshot;
  readonly target: Color;
  readonly previous: Color;
  /** Whether the production routes are no longer as this run read them at its start. */
  readonly moved: boolean;
  constructor(message: string, context: { after: Snapshot; target: Color; moved: boolean }, explanation: Explanation = {}) {
    super(message, explanation);
    this.after = context.after;
    this.target = context.target;
    this.previous = otherColor(context.target);
    this.moved = context.moved;
    this.outputsSet = true;
  }
}

/** When gates are set but all-at-once has no step interval, they still watch this long. */
export const DEFAULT_GATE_WINDOW_MS = 30_000;

/**
 * Moves all production traffic to one color, in one step or several, and the test routes to the
 * other. Switch and rollback are this one operation with different guards. Whatever fails after
 * the first write of a switch (a write, a gate, the drain wait, a cancelled run) puts every route
 * back as it was read; a rollback is never put back, it is finished.
 */
export async function flip(aws: AwsPorts, config: RouterConfig, request: FlipRequest): Promise<FlipOutcome> {
  const started = Date.now();
  const router = new Router(aws.lb, config, aws.urgent);
  const state = await router.read();
  // A failed step's summary reads the state again, tags included.
  noteSnapshot({ config, state, tags: { blue: {}, green: {} } }, () => readSnapshotWithHealth(aws.lb, config));
  // The ledger (teardown mark, versions) is read alongside the target's health, not before it.
  const tagsRead = readColorTags(aws.lb, config).then((tags) => {
    noteSnapshot({ config, state, tags });
    return tags;
  });
  tagsRead.catch(() => undefined); // awaited below; a step that stops earlier must not leave it unhandled
  const target = await chooseTarget(state, tagsRead, request);
  const whatNext = request.verb === "rollback" ? "finishing the rollback" : "putting the weights back";
  return cancellable(whatNext, async (signal) => {
    const run = new FlipRun({ aws, router, config, request, baseline: state, target, started, signal });
    try {
      const outcome = await flipFrom(state, tagsRead, run);
      setCommonOutputs(outcome.after);
      return outcome;
    } catch (error) {
      if (!(error instanceof CutoverError) || error instanceof FlipError) throw error;
      const before: Snapshot = { config, state, tags: await tagsRead.catch(() => ({ blue: {}, green: {} })) };
      const now = run.touched ? (run.routesNow ?? (await router.read().catch(() => undefined))) : state;
      const after: Snapshot = { ...before, state: now ?? state };
      const moved =
        !now ||
        productionRoutes(now).some((r, i) => !sameWeights(r.weights, productionRoutes(before.state)[i]?.weights ?? r.weights));
      setCommonOutputs(after);
      const { outcome, verdict, details } = error;
      throw new FlipError(error.message, { after, target, moved: moved && run.touched }, { outcome, verdict, details });
    }
  });
}

async function flipFrom(state: RouterState, tagsRead: Promise<PerColor<Tags>>, run: FlipRun): Promise<FlipOutcome> {
  const { aws, config, request, target, router, started } = run;
  const previous = otherColor(target);
  checkExpectedActive(state, request.expectedActive);

  const finalChanges = router.plan(state, allOn(target), allOn(previous));
  const movesTraffic = finalChanges.some((c) => c.ref.role === "production");
  // The health gate and the ledger are read side by side: two round trips before the first write.
  const healthRead = movesTraffic ? healthGate(aws.lb, config, target, request) : undefined;
  healthRead?.catch(() => undefined);
  const tags = await tagsRead;
  const before: Snapshot = { config, state, tags };
  const readMs = Date.now() - started;
  const outcome: FlipOutcome = {
    before,
    after: before,
    target,
    previous,
    changes: finalChanges,
    moved: false,
    timeline: run.timeline,
    gates: [],
    ms: { read: readMs, write: 0, total: readMs },
  };
  if (finalChanges.length === 0) {
    core.info(
      `Already switched: every production route sends all traffic to ${target}, and the test routes point at ${previous}. Nothing to write.`,
    );
    return outcome;
  }
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
  if (movesTraffic) await requireAlarms(aws, request.gates?.alarms ?? []);
  const health = await healthRead;
  if (movesTraffic && !config.routes.some((r) => r.role === "test")) warnNoTestRoute(target);
  await router.checkForwards(finalChanges, { releaseSticky: request.releaseSticky });
  logPlan(request, target, steps, finalChanges);
  if (request.dryRun) {
    core.info("dry-run: true, so nothing was written.");
    return { ...outcome, health };
  }

  const writeStarted = Date.now();
  run.verify = verify;
  await run.through(steps);
  // When the last write was read back, not when the gates after it finished watching.
  const movedAt = isoSeconds(new Date(run.movedAt ?? Date.now()));
  const drain = request.drain && movesTraffic ? await run.drain(previous, Date.parse(movedAt)) : undefined;
  const writeMs = Date.now() - writeStarted;
  const newTags = movesTraffic ? await stampColors(aws.lb, config, tags, target, request.reason, movedAt) : tags;
  const afterState: RouterState = {
    routes: state.routes.map((r) => ({ ...r, weights: r.ref.role === "production" ? allOn(target) : allOn(previous) })),
    production: allOn(target),
    active: target,
  };
  const result = {
    ...outcome,
    after: { config, state: run.routesNow ?? afterState, tags: newTags },
    moved: movesTraffic,
    movedAt: movesTraffic ? movedAt : undefined,
    health,
    gates: run.verdicts,
    version: run.version,
    drain,
    ms: { read: readMs, write: writeMs, total: Date.now() - started },
  };
  if (run.signal.aborted) {
    // A rollback is finished when cancelled; a switch cancelled only once it was proven and tagged is complete.
    const done = request.verb === "rollback" ? "the rollback was finished first" : "the switch had already finished";
    setCommonOutputs(result.after);
    throw new FlipError(
      `The run was cancelled; ${done}: all production traffic is on ${target}. ${describeRoutes(result.after.state.routes)}.`,
      { after: result.after, target, moved: true },
    );
  }
  return result;
}

function productionWeights(state: RouterState): Weights {
  return state.production ?? (productionRoutes(state)[0] as RouteState).weights;
}

/** The steps still ahead: a gradual switch that starts from a split router skips the steps behind it. */
function stepsFrom(steps: number[], state: RouterState, target: Color): number[] {
  const weights = productionWeights(state);
  const now = Math.round((weights[target] / (weights.blue + weights.green)) * 100);
  const ahead = steps.filter((p) => p > now);
  return ahead.length ? ahead : [100];
}

/** One flip in progress: its steps, the gates between them, and the way back. */
class FlipRun {
  readonly verdicts: GateVerdict[] = [];
  readonly timeline: TimelineEntry[];
  version?: VersionReport;
  movedAt?: number;
  verify?: FlipRequest["verify"];
  /** The router as read after a put-back or an urgent finish, when there was one. */
  routesNow?: RouterState;
  /** Routes this run sent a write to: a write that failed or was cut off may still have landed. */
  readonly #touched = new Set<string>();
  /** The last write ELBv2 accepted on each route: a put-back that fails leaves that route so. */
  readonly #accepted = new Map<string, RouteChange>();
  #expected: Weights;
  readonly aws: AwsPorts;
  readonly router: Router;
  readonly config: RouterConfig;
  readonly request: FlipRequest;
  readonly baseline: RouterState;
  readonly target: Color;
  readonly started: number;
  /** Aborted when the runner cancels the job. */
  readonly signal: AbortSignal;

  constructor(context: {
    aws: AwsPorts;
    router: Router;
    config: RouterConfig;
    request: FlipRequest;
    baseline: RouterState;
    target: Color;
    started: number;
    signal: AbortSignal;
  }) {
    this.aws = context.aws;
    this.router = context.router;
    this.config = context.config;
    this.request = context.request;
    this.baseline = context.baseline;
    this.target = context.target;
    this.started = context.started;
    this.signal = context.signal;
    this.#expected = productionWeights(context.baseline);
    this.timeline = [{ t: 0, weights: this.#expected, event: "read" }];
  }

  get touched(): boolean {
    return this.#touched.size > 0;
  }

  get #rollback(): boolean {
    return this.request.verb === "rollback";
  }

  async through(steps: number[]): Promise<void> {
    for (const [i, percent] of steps.entries()) {
      const name = `${this.request.verb} step ${i + 1}/${steps.length}: ${percent}% on ${this.target}`;
      await inGroup(name, () => this.#step(percent, i === steps.length - 1));
    }
  }

  async #step(percent: number, final: boolean): Promise<void> {
    const previous = otherColor(this.target);
    const weights = { [this.target]: percent, [previous]: 100 - percent } as Weights;
    // A rollback goes on when cancelled: its urgent finish below writes what is left.
    if (this.signal.aborted && !this.#rollback) throw await this.#revert("The run was cancelled");
    const current = this.touched ? await this.#guard() : this.baseline;
    // Test routes move with the last step, when the old color becomes the standby.
    const changes = this.router.plan(current, weights, allOn(previous)).filter((c) => c.ref.role === "production" || final);
    const first = !this.touched;
    for (const c of changes) this.#touched.add(c.ref.arn);
    try {
      await this.router.apply(changes, { releaseSticky: final && this.request.releaseSticky }, this.signal);
      for (const c of changes) this.#accepted.set(c.ref.arn, c);
    } catch (error) {
      if (!(error instanceof RouteWriteError)) throw error;
      for (const c of error.written) this.#accepted.set(c.ref.arn, c);
      if (!this.#rollback) throw await this.#revert(error.cancelled ? "The run was cancelled" : error.message);
      await this.#finishRollback(error);
    }
    // Once the routes moved, the ledger says which run moved them: status names it if this run dies.
    if (first) await markWrite(this.aws.lb, this.config.targetGroups[this.target], `${this.request.verb} to ${this.target}`);
    this.#expected = weights;
    this.#note(weights, `${percent}% on ${this.target}`);
    if (final) this.movedAt = Date.now();
    if (this.#rollback) return;
    // A cancel that arrived while the routes were being written still puts them back.
    if (this.signal.aborted) throw await this.#revert("The run was cancelled");
    if (final && this.verify) await this.#verifyVersion();
    const window = this.request.stepIntervalMs ?? (final ? DEFAULT_GATE_WINDOW_MS : 0);
    const gates = this.request.gates;
    if (gates && (hasWindowGates(gates) || !final) && window > 0) await this.#watch(gates, window);
    else if (!final && window > 0) await sleep(window, this.signal);
  }

  /** expected-active-color guards every write: nobody else may have moved the router meanwhile. */
  async #guard(): Promise<RouterState> {
    const now = await this.router.read();
    const production = productionWeights(now);
    if (!now.production || !sameWeights(production, this.#expected)) {
      throw new RouterChangedError(
        `The router changed under this run: expected ${formatWeights(this.#expected)}, found ${describeRoutes(productionRoutes(now))}. Another run or a person is moving it; this run stops without writing.`,
      );
    }
    return now;
  }

  async #watch(gates: GateConfig, windowMs: number): Promise<void> {
    core.info(`Gates watch ${this.target} for ${formatDuration(windowMs)}.`);
    const verdict = await watchGates(
      this.aws,
      gates,
      { color: this.target, arn: this.config.targetGroups[this.target] },
      windowMs,
      this.signal,
    );
    this.verdicts.push(verdict);
    if (verdict.ok) {
      core.info(`Gates passed: ${verdict.detail}`);
      return;
    }
    throw await this.#revert(
      verdict.gate === "cancelled" ? "The run was cancelled" : `The ${verdict.gate} gate failed: ${verdict.detail}`,
    );
  }

  async #verifyVersion(): Promise<void> {
    const check = this.verify as NonNullable<FlipRequest["verify"]>;
    const expected = check.expected ?? "";
    this.version = await verifyVersion({ ...check, expected }, this.signal);
    if (this.signal.aborted) throw await this.#revert("The run was cancelled");
    if (!this.version.ok) throw await this.#revert(`verify-url did not serve ${expected}: ${this.version.detail}`);
  }

  /** With drain-timeout: CloudWatch watches the old color; a cancel meanwhile puts the routes back. */
  async drain(previous: Color, since: number): Promise<DrainReport> {
    const drain = this.request.drain as NonNullable<FlipRequest["drain"]>;
    const oldTargetGroupArn = this.config.targetGroups[previous];
    const report = await confirmDrain(this.aws, { ...drain, oldTargetGroupArn, since }, this.signal);
    if (this.signal.aborted) throw await this.#revert("The run was cancelled while the old color drained");
    return report;
  }

  /** Every route this run sent a write to goes back to how it was read, in one urgent write each. */
  async #revert(why: string): Promise<CutoverError> {
    const routes = this.baseline.routes.filter((r) => this.#touched.has(r.ref.arn));
    if (routes.length === 0) return new CutoverError(`${why}. Nothing had been written. ${this.#timeline()}`);
    core.error(`${why}. Putting ${routes.length} route(s) back.`);
    const result = await this.router.writeUrgently(routes, "Put back", [...this.#accepted.values()]);
    this.routesNow = result.now;
    if (result.stuck.length === 0) {
      this.#note(productionWeights(this.baseline), "put back");
      const verdict = `${why}. Every route was put back as it was before this run.`;
      return new CutoverError(`${verdict} ${result.nowText} ${this.#timeline()}`, {
        outcome: "reverted",
        verdict,
        details: this.#charts(),
      });
    }
    const stuck = result.stuck.map((s) => `${routeName(s.route.ref)} (${s.error})`).join("; ");
    const fix = result.stuck.map((s) => `${routeName(s.route.ref)} to ${formatWeights(s.route.weights)}`).join("; ");
    this.#note(result.now ? productionWeights(result.now) : this.#expected, `put back failed on ${result.stuck.length} route(s)`);
    const previous = otherColor(this.target);
    return new CutoverError(
      `${why}. Putting the routes back failed too, so the router is split: ${stuck}. ${result.nowText} To repair: run rollback with to: ${previous} and force: true (where this run started), or switch with to: ${this.target} to finish the move; or set by hand: ${fix}. ${this.#timeline()}`,
      { details: this.#charts() },
    );
  }

  /**
   * A rollback whose write failed or was cancelled is finished, never put back: the routes not
   * yet on the target are written with the urgent client. A test route that still fails is a
   * warning; a production route that still fails leaves the error that says how to finish.
   */
  async #finishRollback(error: RouteWriteError): Promise<void> {
    const pending = error.attempted.filter((c) => !error.written.includes(c));
    // Every write was accepted (a cancel came while reading back): the rollback is done.
    if (pending.length === 0) return;
    core.warning(`${error.message}. The rollback is finished, not undone: writing the rest to ${this.target}.`);
    const result = await this.router.writeUrgently(
      pending.map((c) => this.router.withWeights(c.before, c.after)),
      "Finish the rollback on",
      [...this.#accepted.values()],
    );
    this.routesNow = result.now;
    const shown = (ref: RouteState["ref"]) => {
      const route = result.now?.routes.find((r) => r.ref.arn === ref.arn);
      return route ? formatWeights(route.weights) : "unknown (it could not be read)";
    };
    for (const s of result.stuck.filter((x) => x.route.ref.role === "test")) {
      core.warning(
        `The rollback moved production to ${this.target}, but ${routeName(s.route.ref)} could not be written (${s.error}): it reads ${shown(s.route.ref)}. Production is not affected; run rollback with to: ${this.target} again to point it at the standby.`,
      );
    }
    const production = result.stuck.filter((x) => x.route.ref.role === "production");
    if (production.length === 0) return;
    const names = production.map((s) => `${routeName(s.route.ref)} (${s.error}; it reads ${shown(s.route.ref)})`).join("; ");
    this.#note(result.now ? productionWeights(result.now) : this.#expected, `rollback stuck on ${production.length} route(s)`);
    throw new CutoverError(
      `The rollback to ${this.target} is not complete: ${names}. ${result.nowText} A rollback never moves traffic back to ${otherColor(this.target)}: run rollback with to: ${this.target} again (force: true skips the health gate) to finish it. ${this.#timeline()}`,
    );
  }

  /** The timeline as the job summary shows it: a table with its put-back row, and the chart. */
  #charts(): string[] {
    return [timelineTable(this.timeline), weightChart(this.timeline, this.target, Date.now() - this.started)];
  }

  #timeline(): string {
    return `Timeline: ${describeTimeline(this.timeline)}.`;
  }

  #note(weights: Weights, event: string): void {
    const entry = { t: Date.now() - this.started, weights, event };
    this.timeline.push(entry);
    core.info(`+${formatDuration(entry.t)} ${formatWeights(weights)} (${event})`);
  }
}

export function describeTimeline(timeline: TimelineEntry[]): string {
  return timeline.map((e) => `+${formatDuration(e.t)} ${formatWeights(e.weights)} ${e.event}`).join(", ");
}

async function chooseTarget(state: RouterState, tagsRead: Promise<PerColor<Tags>>, request: FlipRequest): Promise<Color> {
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

function warnNoTestRoute(target: Color): void {
  core.warning(
    `No test route was given (test-listener-arn, test-rule-arns). If a test listener sends to ${target}, it keeps doing so while ${target} goes live, and smoke tests through it would check production: give test-listener-arn to switch and rollback so that it moves to ${otherColor(target)}, the new standby.`,
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
  lb: LoadBalancerPort,
  config: RouterConfig,
  target: Color,
  request: FlipRequest,
): Promise<HealthVerdict> {
  const verdict = judgeHealth(target, await lb.describeTargetHealth(config.targetGroups[target]), request.minHealthy);
  core.info(`Health of ${target}: ${describeTargets(verdict.targets)}`);
  if (verdict.ok) return verdict;
  const override = request.verb === "rollback" ? "force: true" : "require-healthy: false";
  if (!request.requireHealthy) {
    core.warning(`Health gate skipped (${override}): ${verdict.problem} Traffic moves to ${target} anyway.`);
    return verdict;
  }
  throw new CutoverError(
    `Health gate: ${verdict.problem} Targets: ${describeTargets(verdict.targets)}. Nothing was written; fix the targets, or set ${override} to move traffic regardless.`,
  );
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
