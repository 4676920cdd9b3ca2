import { COLORS, type Color, otherColor } from "../core/color.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import { formatDuration } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import type { RouteRef, RouterConfig } from "../routers/alb/config.ts";
import type { Action, LoadBalancerPort } from "../routers/alb/elbv2.ts";
import {
  allOn,
  formatForward,
  formatWeights,
  namedColors,
  type RouteState,
  readWeights,
  routeName,
  sameWeights,
  type Weights,
  withWeights,
  writable,
} from "./routes.ts";
import { describeRoutes, productionRoutes, type RouterState, stateOf } from "./state.ts";

export { describeRoutes, productionRoutes, type RouterState, testRouteProblem } from "./state.ts";

export interface WriteOptions {
  /** Leave zero-weight groups out of sticky forwards, so old stickiness cookies stop pinning clients. */
  releaseSticky?: boolean;
}

/**
 * Some route writes failed, never showed, or were cancelled. `written` are the ones ELBv2 accepted;
 * `attempted` all that were sent: a write that failed or was cut off may still have landed.
 */
export class RouteWriteError extends CutoverError {
  override name = "RouteWriteError";
  readonly written: RouteChange[];
  readonly attempted: RouteChange[];
  readonly cancelled: boolean;
  constructor(message: string, written: RouteChange[], attempted: RouteChange[], cancelled = false) {
    super(message);
    this.written = written;
    this.attempted = attempted;
    this.cancelled = cancelled;
  }
}

/** What an urgent write (a put-back, or finishing a rollback) achieved, and the routes read after it. */
export interface UrgentWrite {
  done: RouteState[];
  stuck: { route: RouteState; error: string }[];
  /** The router as read right after; undefined when it could not be read. */
  now?: RouterState;
  /** `Routes now: …`, or why they could not be read. */
  nowText: string;
}

/** Someone else wrote the routes while this run was moving them: stop, and do not fight them. */
export class RouterChangedError extends CutoverError {
  override name = "RouterChangedError";
}

/** One route's move: what it was, what it becomes. */
export interface RouteChange {
  ref: RouteRef;
  before: RouteState;
  after: Weights;
}

const POLL_MS = 1_000;
const PROGRESS_MS = 5_000;
/** Urgent writes run in parallel and all end within this: well inside the runner's 7.5 s cancel grace. */
const URGENT_MS = 5_000;

/** Reads and writes the weights of every configured route as one unit. */
export class Router {
  readonly #lb: LoadBalancerPort;
  readonly #config: RouterConfig;
  /** The client with its own short retry budget, for writes that must land inside a cancel's grace. */
  readonly #urgent: LoadBalancerPort;

  constructor(lb: LoadBalancerPort, config: RouterConfig, urgent: LoadBalancerPort = lb) {
    this.#lb = lb;
    this.#config = config;
    this.#urgent = urgent;
  }

  async read(lb: LoadBalancerPort = this.#lb): Promise<RouterState> {
    const actions = await this.#readActions(this.#config.routes, lb);
    const routes = this.#config.routes.map((ref) => {
      const list = actions.get(ref.arn) ?? [];
      return { ref, actions: list, weights: readWeights(ref, list, this.#config.targetGroups) };
    });
    return stateOf(routes);
  }

  /** The changes that put production routes on `production` and test routes on `test`. */
  plan(state: RouterState, production: Weights, test: Weights): RouteChange[] {
    return state.routes
      .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
      .filter((change) => !sameWeights(change.before.weights, change.after));
  }

  /**
   * When no route names `color`, the changes that add it at weight 0 to the production forwards:
   * ALB health-checks a target group only while a rule forwards to it (Target.NotInUse otherwise).
   */
  planReference(state: RouterState, color: Color): RouteChange[] {
    const groups = this.#config.targetGroups;
    if (state.routes.some((r) => namedColors(r.actions, groups).includes(color))) return [];
    // A forward that does not name `color` sends everything to the other one; weights go explicit.
    return productionRoutes(state).map((before) => ({ ref: before.ref, before, after: allOn(otherColor(color)) }));
  }

  /**
   * A forward to several target groups with group stickiness off is refused by ALB when any of the
   * groups has stickiness enabled ("Listeners for your Application Load Balancers"). That can only
   * arise where a write adds a group to a forward that named one; it is checked before any write.
   */
  async checkForwards(changes: RouteChange[], options: WriteOptions = {}): Promise<void> {
    const groups = this.#config.targetGroups;
    const widened = changes.filter((c) => {
      const written = withWeights(c.before.actions, groups, c.after, options);
      const forward = written.find((a) => a.Type === "forward");
      const more = namedColors(written, groups).length > namedColors(c.before.actions, groups).length;
      return more && !forward?.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
    });
    if (widened.length === 0) return;
    const settings = await Promise.all(COLORS.map((c) => this.#lb.describeTargetGroupSettings(groups[c])));
    const sticky = COLORS.filter((_, i) => settings[i]?.attributes["stickiness.enabled"] === "true");
    if (sticky.length === 0) return;
    const routes = widened.map((c) => routeName(c.ref)).join(", ");
    throw new CutoverError(
      `${routes} must name both target groups, and ${sticky.join(" and ")}'s target group has stickiness enabled (stickiness.enabled), so ALB requires group stickiness on that forward and would refuse the write. Enable group stickiness on the route (ForwardConfig.TargetGroupStickinessConfig, with a DurationSeconds), or turn stickiness.enabled off on the target groups. Nothing was written.`,
    );
  }

  /**
   * Writes every change in parallel, then reads back until ELBv2 shows them all. On any failure it
   * throws a RouteWriteError naming the routes it did write, so the caller can put them back.
   */
  async apply(changes: RouteChange[], options: WriteOptions = {}, signal?: AbortSignal): Promise<void> {
    if (changes.length === 0) return;
    await this.checkForwards(changes, options);
    const groups = this.#config.targetGroups;
    const writes = changes.map((c) => withWeights(c.before.actions, groups, c.after, options));
    for (const [i, change] of changes.entries()) {
      const before = formatForward(change.before.weights, namedColors(change.before.actions, groups));
      const after = formatForward(change.after, namedColors(writes[i] as Action[], groups));
      core.info(`${writeName(change.ref)} ${routeName(change.ref)}: ${before} → ${after}`);
    }
    const results = await Promise.allSettled(changes.map((c, i) => this.#write(this.#lb, c.ref, writes[i] as Action[], signal)));
    const failures = results.flatMap((r, i) =>
      r.status === "rejected" ? [`${routeName((changes[i] as RouteChange).ref)}: ${describeError(r.reason)}`] : [],
    );
    if (failures.length > 0) {
      const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
      const cancelled = Boolean(signal?.aborted);
      const what = cancelled ? "The run was cancelled while writing" : "Writing the new weights failed on";
      throw new RouteWriteError(`${what} ${failures.join("; ")}`, written, changes, cancelled);
    }
    const lagging = await this.#waitUntilShown(changes, writes, signal);
    if (lagging.length > 0) {
      const names = lagging.map((c) => routeName(c.ref)).join(", ");
      if (signal?.aborted) {
        throw new RouteWriteError(`The run was cancelled while reading back ${names}`, changes, changes, true);
      }
      const timeout = formatDuration(this.#config.verifyTimeoutMs);
      throw new RouteWriteError(
        `ELBv2 still did not show the new weights on ${names} after ${timeout} (verify-timeout)`,
        changes,
        changes,
      );
    }
  }

  /**
   * Writes the given routes with the urgent client, in parallel and bounded in time, then reads
   * the router back: a put-back, or the end of a rollback that must not be left halfway. Routes
   * whose writes were accepted (these, and `accepted` from before) count with their new weights,
   * whatever a stale read shows.
   */
  async writeUrgently(routes: RouteState[], verb: string, accepted: RouteChange[] = []): Promise<UrgentWrite> {
    const deadline = AbortSignal.timeout(URGENT_MS);
    const results = await Promise.allSettled(routes.map((r) => this.#write(this.#urgent, r.ref, writable(r.actions), deadline)));
    const read = await this.read(this.#urgent).catch(() => undefined);
    // ELBv2 is eventually consistent: a route whose write was accepted counts with its new weights.
    const written = new Map([
      ...accepted.map((c) => [c.ref.arn, c.after] as const),
      ...routes.filter((_, i) => results[i]?.status === "fulfilled").map((r) => [r.ref.arn, r.weights] as const),
    ]);
    const now = read && stateOf(read.routes.map((r) => ({ ...r, weights: written.get(r.ref.arn) ?? r.weights })));
    const done: RouteState[] = [];
    const stuck: UrgentWrite["stuck"] = [];
    for (const [i, route] of routes.entries()) {
      const result = results[i];
      // A failed write to a route that shows those weights already (and had no write accepted) did no harm.
      const shown = now?.routes.find((r) => r.ref.arn === route.ref.arn);
      if (result?.status === "fulfilled" || (shown && sameWeights(shown.weights, route.weights))) {
        done.push(route);
        core.info(`${verb} ${routeName(route.ref)}: ${formatWeights(route.weights)}`);
      } else {
        const error = deadline.aborted ? `no answer within ${formatDuration(URGENT_MS)}` : describeError(result?.reason);
        stuck.push({ route, error });
        core.error(`Could not ${verb[0]?.toLowerCase()}${verb.slice(1)} ${routeName(route.ref)}: ${error}`);
      }
    }
    const nowText = now
      ? `Routes now: ${describeRoutes(now.routes)}.`
      : "The routes could not be read back; check them in the console.";
    return { done, stuck, now, nowText };
  }

  /** Writes each route back as it was read, urgently, and says exactly where every route stands. */
  async putBack(baseline: RouteState[], what: string): Promise<CutoverError> {
    const result = await this.writeUrgently(baseline, "Put back");
    if (result.stuck.length === 0) {
      const verdict = `${what}. Every route was put back as it was before this run.`;
      return new CutoverError(`${verdict} ${result.nowText}`, { outcome: "reverted", verdict });
    }
    const fix = result.stuck.map((s) => `${routeName(s.route.ref)} to ${formatWeights(s.route.weights)}`).join("; ");
    return new CutoverError(
      `${what}. Putting the routes back failed too, so the router is split. ${result.nowText} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`,
    );
  }

  /** A route as it should read once `weights` are written: for writeUrgently. */
  withWeights(route: RouteState, weights: Weights, options: WriteOptions = {}): RouteState {
    return { ...route, weights, actions: withWeights(route.actions, this.#config.targetGroups, weights, options) };
  }

  async #readActions(refs: RouteRef[], lb: LoadBalancerPort = this.#lb): Promise<Map<string, Action[]>> {
    const listeners = refs.filter((r) => r.kind === "listener").map((r) => r.arn);
    const rules = refs.filter((r) => r.kind === "rule").map((r) => r.arn);
    const [a, b] = await Promise.all([
      listeners.length ? lb.describeListenerActions(listeners) : new Map<string, Action[]>(),
      rules.length ? lb.describeRuleActions(rules) : new Map<string, Action[]>(),
    ]);
    return new Map([...a, ...b]);
  }

  #write(lb: LoadBalancerPort, ref: RouteRef, actions: Action[], signal?: AbortSignal): Promise<void> {
    return ref.kind === "listener"
      ? lb.modifyListenerActions(ref.arn, actions, signal)
      : lb.modifyRuleActions(ref.arn, actions, signal);
  }

  /** ELBv2 is eventually consistent: a write it accepted may not show in the next describe. */
  async #waitUntilShown(changes: RouteChange[], writes: Action[][], signal?: AbortSignal): Promise<RouteChange[]> {
    const deadline = Date.now() + this.#config.verifyTimeoutMs;
    let nextProgress = Date.now() + PROGRESS_MS;
    let lagging = changes;
    const groups = this.#config.targetGroups;
    // The colors each written forward names: a write may change only which groups a forward names.
    const named = new Map(changes.map((c, i) => [c, namedColors(writes[i] as Action[], groups).join()]));
    for (;;) {
      if (signal?.aborted) return lagging;
      const actions = await this.#readActions(lagging.map((c) => c.ref));
      const shown = new Map(lagging.map((c) => [c, readWeights(c.ref, actions.get(c.ref.arn) ?? [], this.#config.targetGroups)]));
      // Eventual consistency shows the old weights or the new ones; anything else is another writer.
      const foreign = lagging.find(
        (c) => !sameWeights(shown.get(c) as Weights, c.after) && !sameWeights(shown.get(c) as Weights, c.before.weights),
      );
      if (foreign) {
        throw new RouterChangedError(
          `The router changed under this run: ${routeName(foreign.ref)} shows ${formatWeights(shown.get(foreign) as Weights)}, neither ${formatWeights(foreign.before.weights)} nor the ${formatWeights(foreign.after)} just written. Another run or a person is moving it; this run stops without writing more.`,
        );
      }
      lagging = lagging.filter(
        (c) =>
          !sameWeights(shown.get(c) as Weights, c.after) ||
          namedColors(actions.get(c.ref.arn) ?? [], groups).join() !== named.get(c),
      );
      if (lagging.length === 0) {
        core.info(`Read back: all ${changes.length} route(s) show the new weights.`);
        return [];
      }
      if (Date.now() >= deadline) return lagging;
      if (Date.now() >= nextProgress) {
        const left = formatDuration(deadline - Date.now());
        core.info(
          `Waiting for ELBv2 to show the new weights on ${lagging.map((c) => routeName(c.ref)).join(", ")}; ${left} left.`,
        );
        nextProgress += PROGRESS_MS;
      }
      await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), signal);
    }
  }
}

function writeName(ref: RouteRef): string {
  return ref.kind === "listener" ? "ModifyListener" : "ModifyRule";
}
