import type { LoadBalancerPort, Tags } from "./aws/elbv2.ts";
import { COLORS, type Color, otherColor, type PerColor } from "./color.ts";
import { CutoverError } from "./errors.ts";
import { timelineTable, weightChart } from "./flip-report.ts";
import { type GateConfig, type GateVerdict, hasWindowGates, requireAlarms, watchGates } from "./gates.ts";
import { describeTargets, type HealthVerdict, judgeHealth } from "./health.ts";
import { formatDuration } from "./inputs.ts";
import { inGroup } from "./log.ts";
import {
  confirmDrain,
  type DrainCheck,
  type DrainReport,
  type VersionCheck,
  type VersionReport,
  verifyVersion,
} from "./proof.ts";
import type { Snapshot } from "./report.ts";
import type { RouterConfig } from "./router/config.ts";
import {
  describeRoutes,
  productionRoutes,
  type RouteChange,
  Router,
  RouterChangedError,
  type RouterState,
  RouteWriteError,
} from "./router/router.ts";
import { allOn, formatWeights, type RouteState, routeName, sameWeights, type Weights } from "./router/routes.ts";
import * as core from "./runner.ts";
import { readColorTags, readSnapshotWithHealth } from "./snapshot.ts";
import type { AwsPorts } from "./step.ts";
import { noteSnapshot } from "./summary.ts";
import { stampColors, versionOf } from "./tags.ts";
import { isoSeconds, sleep } from "./time.ts";

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

/** When gates are set but all-at-once has no step interval, they still watch this long. */
export const DEFAULT_GATE_WINDOW_MS = 30_000;

/**
 * Moves all production traffic to one color, in one step or several, and the test routes to the
 * other. Switch and rollback are this one operation with different guards. Whatever fails after
 * the first write (a write, a gate, a cancelled run) puts every route back as it was read.
 */
export async function flip(aws: AwsPorts, config: RouterConfig, request: FlipRequest): Promise<FlipOutcome> {
  const started = Date.now();
  const router = new Router(aws.lb, config);
  // Only the routes and the target's health are read before the first write; the tags are read
  // before it only when they decide something, and otherwise once traffic has moved.
  const state = await router.read();
  // A failed step's summary reads the state again, tags included.
  noteSnapshot({ config, state, tags: { blue: {}, green: {} } }, () => readSnapshotWithHealth(aws.lb, config));
  let tagsRead: Promise<PerColor<Tags>> | undefined;
  const readTags = () => {
    tagsRead ??= readColorTags(aws.lb, config).then((tags) => {
      noteSnapshot({ config, state, tags });
      return tags;
    });
    return tagsRead;
  };
  const target = await chooseTarget(state, readTags, request);
  const previous = otherColor(target);
  checkExpectedActive(state, request.expectedActive);

  const finalChanges = router.plan(state, allOn(target), allOn(previous));
  const movesTraffic = finalChanges.some((c) => c.ref.role === "production");
  const readMs = Date.now() - started;
  const timeline: TimelineEntry[] = [{ t: 0, weights: productionWeights(state), event: "read" }];
  const unmoved = async (health?: HealthVerdict): Promise<FlipOutcome> => {
    const before: Snapshot = { config, state, tags: await readTags() };
    const ms = { read: readMs, write: 0, total: Date.now() - started };
    return { before, after: before, target, previous, changes: finalChanges, moved: false, health, timeline, gates: [], ms };
  };
  if (finalChanges.length === 0) {
    core.info(
      `Already switched: every production route sends all traffic to ${target}, and the test routes point at ${previous}. Nothing to write.`,
    );
    return unmoved();
  }

  const steps = movesTraffic ? stepsFrom(request.steps, state, target) : [100];
  const verify =
    request.verify && movesTraffic
      ? { ...request.verify, expected: request.verify.expected || versionOf((await readTags())[target]) }
      : undefined;
  if (verify && !verify.expected) {
    throw new CutoverError(
      `verify-url needs the version to expect: set expected-version, or tag ${target} with cutover:version (deploy-standby does). Nothing was written.`,
    );
  }
  if (movesTraffic) await requireAlarms(aws, request.gates?.alarms ?? []);
  const health = movesTraffic ? await healthGate(aws.lb, config, target, request) : undefined;
  if (movesTraffic && !config.routes.some((r) => r.role === "test")) warnNoTestRoute(target);
  await router.checkForwards(finalChanges, { releaseSticky: request.releaseSticky });
  logPlan(request, target, steps, finalChanges);
  if (request.dryRun) {
    core.info("dry-run: true, so nothing was written.");
    return unmoved(health);
  }

  const run = new FlipRun({ aws, router, config, request: { ...request, verify }, baseline: state, target, started, timeline });
  const writeStarted = Date.now();
  await run.through(steps);
  // When the last write was read back, not when the gates after it finished watching.
  const movedAt = isoSeconds(new Date(run.movedAt ?? Date.now()));
  const writeMs = Date.now() - writeStarted;
  const tags = await readTags();
  const newTags = movesTraffic ? await stampColors(aws.lb, config, tags, target, request.reason, movedAt) : tags;
  const drain =
    request.drain && movesTraffic
      ? await confirmDrain(aws, {
          ...request.drain,
          oldTargetGroupArn: config.targetGroups[previous],
          since: Date.parse(movedAt),
        })
      : undefined;
  const afterState: RouterState = {
    routes: state.routes.map((r) => ({ ...r, weights: r.ref.role === "production" ? allOn(target) : allOn(previous) })),
    production: allOn(target),
    active: target,
  };
  return {
    before: { config, state, tags },
    after: { config, state: afterState, tags: newTags },
    target,
    previous,
    changes: finalChanges,
    moved: movesTraffic,
    movedAt: movesTraffic ? movedAt : undefined,
    health,
    timeline,
    gates: run.verdicts,
    version: run.version,
    drain,
    ms: { read: readMs, write: writeMs, total: Date.now() - started },
  };
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
  version?: VersionReport;
  movedAt?: number;
  readonly #abort = new AbortController();
  readonly #written = new Set<string>();
  #expected: Weights;
  readonly aws: AwsPorts;
  readonly router: Router;
  readonly config: RouterConfig;
  readonly request: FlipRequest;
  readonly baseline: RouterState;
  readonly target: Color;
  readonly started: number;
  readonly timeline: TimelineEntry[];

  constructor(context: {
    aws: AwsPorts;
    router: Router;
    config: RouterConfig;
    request: FlipRequest;
    baseline: RouterState;
    target: Color;
    started: number;
    timeline: TimelineEntry[];
  }) {
    this.aws = context.aws;
    this.router = context.router;
    this.config = context.config;
    this.request = context.request;
    this.baseline = context.baseline;
    this.target = context.target;
    this.started = context.started;
    this.timeline = context.timeline;
    this.#expected = productionWeights(context.baseline);
  }

  /** Steps through the plan with SIGINT and SIGTERM caught: a cancelled run puts the weights back. */
  async through(steps: number[]): Promise<void> {
    const cancel = (signal: string) => {
      core.warning(`${signal} received: putting the weights back before exiting.`);
      this.#abort.abort();
    };
    const onInt = () => cancel("SIGINT");
    const onTerm = () => cancel("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    try {
      for (const [i, percent] of steps.entries()) {
        const name = `${this.request.verb} step ${i + 1}/${steps.length}: ${percent}% on ${this.target}`;
        await inGroup(name, () => this.#step(percent, i === steps.length - 1));
      }
    } finally {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    }
  }

  async #step(percent: number, final: boolean): Promise<void> {
    const previous = otherColor(this.target);
    const weights = { [this.target]: percent, [previous]: 100 - percent } as Weights;
    if (this.#abort.signal.aborted) throw await this.#revert("The run was cancelled");
    const current = this.#written.size ? await this.#guard() : this.baseline;
    // Test routes move with the last step, when the old color becomes the standby.
    const changes = this.router.plan(current, weights, allOn(previous)).filter((c) => c.ref.role === "production" || final);
    try {
      await this.router.apply(changes, { releaseSticky: final && this.request.releaseSticky });
    } catch (error) {
      if (!(error instanceof RouteWriteError)) throw error;
      for (const c of error.written) this.#written.add(c.ref.arn);
      throw await this.#revert(error.message);
    }
    for (const c of changes) this.#written.add(c.ref.arn);
    this.#expected = weights;
    this.#note(weights, `${percent}% on ${this.target}`);
    // A cancel that arrived while the routes were being written still puts them back.
    if (this.#abort.signal.aborted) throw await this.#revert("The run was cancelled");
    if (final) this.movedAt = Date.now();
    if (final && this.request.verify) await this.#verifyVersion();
    const window = this.request.stepIntervalMs ?? (final ? DEFAULT_GATE_WINDOW_MS : 0);
    const gates = this.request.gates;
    if (gates && (hasWindowGates(gates) || !final) && window > 0) await this.#watch(gates, window);
    else if (!final && window > 0) await sleep(window, this.#abort.signal);
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
      this.#abort.signal,
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
    const check = this.request.verify as NonNullable<FlipRequest["verify"]>;
    const expected = check.expected ?? "";
    this.version = await verifyVersion({ ...check, expected }, this.#abort.signal);
    if (!this.version.ok) throw await this.#revert(`verify-url did not serve ${expected}: ${this.version.detail}`);
  }

  /** Every route written so far goes back to how it was read, in one write each. */
  async #revert(why: string): Promise<CutoverError> {
    const routes = this.baseline.routes.filter((r) => this.#written.has(r.ref.arn));
    core.error(`${why}. Putting ${routes.length} route(s) back.`);
    const error = routes.length ? await this.router.putBack(routes, why) : new CutoverError(`${why}. Nothing had been written.`);
    this.#note(productionWeights(this.baseline), "put back");
    return new CutoverError(`${error.message} Timeline: ${describeTimeline(this.timeline)}.`, {
      outcome: routes.length ? error.outcome : "failed",
      verdict: error.verdict,
      details: [timelineTable(this.timeline), weightChart(this.timeline, this.target, Date.now() - this.started)],
    });
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

async function chooseTarget(state: RouterState, readTags: () => Promise<PerColor<Tags>>, request: FlipRequest): Promise<Color> {
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
    const tags = await readTags();
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
