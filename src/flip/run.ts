// One run of a flip, a little over 300 lines: its steps, the checks around each write and the way back belong together.
import { type Color, otherColor } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { ConfigurationError, CutoverError, describeError } from "../core/errors.ts";
import { inGroup } from "../core/log.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import { confirmDrain, type DrainReport } from "../metrics/drain-proof.ts";
import type { Ports } from "../ports.ts";
import { type VersionReport, verifyVersion } from "../probe/version.ts";
import { describeMembers } from "../routers/health.ts";
import type { MemberHealth, RouterConfig } from "../routers/port.ts";
import { allOn, formatWeights, type RouteState, routeName, sameWeights, type Weights } from "../routers/routes.ts";
import { wordsOf } from "../routers/words.ts";
import { markWrite, teardownProblem } from "../routing/ledger.ts";
import {
  describeRoutes,
  productionRoutes,
  type RouteChange,
  type Router,
  RouterChangedError,
  type RouterState,
  RouteWriteError,
} from "../routing/router.ts";
import { type GateConfig, type GateVerdict, hasWindowGates, watchGates } from "./gates.ts";
import { timelineTable, weightChart } from "./report.ts";
import { DEFAULT_GATE_WINDOW_MS, type FlipRequest, type TimelineEntry } from "./request.ts";
import { awaitNewSplit, type StepSettle } from "./settle.ts";

/** One flip in progress: its steps, the gates between them, and the way back. */
export class FlipRun {
  readonly verdicts: GateVerdict[] = [];
  readonly timeline: TimelineEntry[];
  version?: VersionReport;
  movedAt?: number;
  verify?: FlipRequest["verify"];
  /** The router as read after a put-back or an urgent finish, when there was one. */
  routesNow?: RouterState;
  /** Routes this run sent a write to: a write that failed or was cut off may still have landed. */
  readonly #touched = new Set<string>();
  /** The last write the router accepted on each route: a put-back that fails leaves that route so. */
  readonly #accepted = new Map<string, RouteChange>();
  /** Errors that already put the routes back (or tried to): never put back twice. */
  readonly #settled = new WeakSet<object>();
  #expected: Weights;
  readonly ports: Ports;
  readonly router: Router;
  readonly config: RouterConfig;
  readonly request: FlipRequest;
  readonly baseline: RouterState;
  readonly target: Color;
  readonly started: number;
  /** Aborted when the runner cancels the job. */
  readonly signal: AbortSignal;

  constructor(context: {
    ports: Ports;
    router: Router;
    config: RouterConfig;
    request: FlipRequest;
    baseline: RouterState;
    target: Color;
    started: number;
    signal: AbortSignal;
  }) {
    this.ports = context.ports;
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

  /**
   * Whatever fails after the first write of a switch (a read between steps, a gate's last read,
   * the guard, verify, drain, the ledger, an error nobody foresaw) puts every touched route back.
   * Returns the error to throw: reverts already made, another writer's change (never fought) and
   * a rollback's own errors go through as they are.
   */
  async settle(error: unknown): Promise<unknown> {
    if (this.#settled.has(error as object) || error instanceof RouterChangedError || !this.touched || this.#rollback)
      return error;
    if (this.signal.aborted) return this.#revert("The run was cancelled");
    const known = error instanceof CutoverError || error instanceof ConfigurationError;
    if (!known && error instanceof Error && error.stack) core.info(error.stack);
    const why = known
      ? describeError(error).replace(/\.$/, "")
      : `Unexpected error: ${describeError(error)} (a bug in cutover; please report it with this log)`;
    return this.#revert(why);
  }

  async #step(percent: number, final: boolean): Promise<void> {
    const previous = otherColor(this.target);
    const weights = { [this.target]: percent, [previous]: 100 - percent } as Weights;
    // A rollback goes on when cancelled: its urgent finish below writes what is left.
    if (this.signal.aborted && !this.#rollback) throw await this.#revert("The run was cancelled");
    const current = this.touched ? await this.#guard() : this.baseline;
    // A teardown may have started on the target since it was last read: checked right before each write.
    if (this.touched && !this.#rollback) await this.#checkTarget("before writing");
    // Test routes move with the last step, when the old color becomes the standby.
    const changes = this.router.plan(current, weights, allOn(previous)).filter((c) => c.ref.role === "production" || final);
    const first = !this.touched;
    for (const c of changes) this.#touched.add(c.ref.id);
    try {
      const options = { releaseSticky: final && this.request.releaseSticky, verb: this.request.verb };
      await this.router.apply(changes, options, this.signal);
      for (const c of changes) this.#accepted.set(c.ref.id, c);
    } catch (error) {
      if (!(error instanceof RouteWriteError)) throw error;
      for (const c of error.written) this.#accepted.set(c.ref.id, c);
      if (!this.#rollback) throw await this.#revert(error.cancelled ? "The run was cancelled" : error.message);
      await this.#finishRollback(error);
    }
    // Once the routes moved, the ledger says which run moved them: status names it if this run dies.
    if (first) {
      await markWrite(this.ports.router.ledger, this.target, `${this.request.verb} to ${this.target}`, { signal: this.signal });
    }
    const before = this.#expected;
    this.#expected = weights;
    this.#note(weights, `${percent}% on ${this.target}`);
    if (final) this.movedAt = Date.now();
    if (this.#rollback) return;
    // A cancel that arrived while the routes were being written still puts them back.
    if (this.signal.aborted) throw await this.#revert("The run was cancelled");
    // The read-back's other half: the color the routes now send to must still have members to serve.
    await this.#checkTarget("after the write");
    if (final && this.verify) await this.#verifyVersion();
    const window = this.request.stepIntervalMs ?? (final ? DEFAULT_GATE_WINDOW_MS : 0);
    const gates = this.request.gates;
    const split = { before, after: weights, final };
    if (gates && (hasWindowGates(gates) || !final) && window > 0) await this.#watch(gates, window, split);
    else if (!final && window > 0) {
      const problem = await this.#newSplit(split, this.signal);
      if (this.signal.aborted) throw await this.#revert("The run was cancelled");
      if (problem) throw await this.#revert(problem);
      await sleep(window, this.signal);
    }
  }

  /** Undefined once traffic shows the step's split (or settle-time passed); else why the step must go back. */
  #newSplit(split: Pick<StepSettle, "before" | "after" | "final">, signal: AbortSignal): Promise<string | undefined> {
    const { config, verify, target } = this;
    return awaitNewSplit({ config, verify, target, ...split, signal });
  }

  /** expected-active-color guards every write: nobody else may have moved the router meanwhile. */
  async #guard(): Promise<RouterState> {
    const now = await this.router.read({ signal: this.signal });
    const production = productionWeights(now);
    if (!now.production || !sameWeights(production, this.#expected)) {
      throw new RouterChangedError(
        `The router changed under this run: expected ${formatWeights(this.#expected)}, found ${describeRoutes(productionRoutes(now))}. Another run or a person is moving it; this run stops without writing.`,
      );
    }
    return now;
  }

  /**
   * The target's teardown mark and capacity, read again: a teardown racing this switch, or a pool
   * emptied meanwhile, must not be sent more traffic. A failure here puts every route back.
   */
  async #checkTarget(when: string): Promise<void> {
    const options = { signal: this.signal };
    const [tags, targets] = await Promise.all([
      this.ports.router.ledger.read(options),
      this.ports.router.pool.health(this.target, options),
    ]);
    const mark = teardownProblem(tags, this.target);
    if (mark) throw await this.#revert(`Read ${when}: ${mark}`);
    const empty = emptyMembers(targets, this.ports.router.pool.members ?? 1);
    if (empty !== undefined) {
      throw await this.#revert(
        `Read ${when}: ${this.target} has no member that can serve${empty}: ${describeMembers(targets, wordsOf(this.config).member)}. A teardown or another tool emptied it`,
      );
    }
  }

  /**
   * The gates watch from the write, so a fault of the new color fails them at once; their window's
   * time counts only once traffic shows the step's split, so the old split never passes them.
   */
  async #watch(gates: GateConfig, windowMs: number, split: Pick<StepSettle, "before" | "after" | "final">): Promise<void> {
    const stop = new AbortController();
    const signal = AbortSignal.any([this.signal, stop.signal]);
    const shown = this.#newSplit(split, signal);
    const opens = shown.then(
      (problem) => (problem ? stop.abort() : undefined),
      () => stop.abort(),
    );
    core.info(`Gates watch ${this.target} from the write, for ${formatDuration(windowMs)} once traffic shows the new split.`);
    const verdict = await watchGates(
      this.ports,
      { ...gates, member: wordsOf(this.config).member },
      this.target,
      windowMs,
      signal,
      opens,
    );
    stop.abort();
    const problem = await shown;
    if (this.signal.aborted) throw await this.#revert("The run was cancelled");
    if (problem) throw await this.#revert(problem);
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
    const old = this.ports.router.metrics?.pool(previous);
    if (!old)
      throw new CutoverError(`drain-timeout needs CloudWatch metrics, which the ${this.config.kind} router does not publish.`);
    const report = await confirmDrain(() => this.ports.metrics(), { ...drain, old, since }, this.signal);
    if (this.signal.aborted) throw await this.#revert("The run was cancelled while the old color drained");
    return report;
  }

  /** Every route this run sent a write to goes back to how it was read, in one urgent write each. */
  async #revert(why: string): Promise<CutoverError> {
    const error = await this.#putBack(why);
    this.#settled.add(error);
    return error;
  }

  async #putBack(why: string): Promise<CutoverError> {
    const routes = this.baseline.routes.filter((r) => this.#touched.has(r.ref.id));
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
      const route = result.now?.routes.find((r) => r.ref.id === ref.id);
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

const NOT_SERVING = new Set(["draining", "idle"]);

/** Undefined when every member of the pool has a target that can serve; else which has none. */
function emptyMembers(targets: MemberHealth[], members: number): string | undefined {
  const serving = targets.filter((t) => !NOT_SERVING.has(t.state));
  for (let member = 0; member < members; member++) {
    if (!serving.some((t) => (t.member ?? 0) === member)) return members > 1 ? ` behind router #${member + 1}` : "";
  }
  return undefined;
}

export function describeTimeline(timeline: TimelineEntry[]): string {
  return timeline.map((e) => `+${formatDuration(e.t)} ${formatWeights(e.weights)} ${e.event}`).join(", ");
}

export function productionWeights(state: RouterState): Weights {
  return state.production ?? (productionRoutes(state)[0] as RouteState).weights;
}
