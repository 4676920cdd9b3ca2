import type { Action, LoadBalancerPort } from "../aws/elbv2.ts";
import { COLORS, type Color, otherColor } from "../color.ts";
import { CutoverError, describeError } from "../errors.ts";
import { formatDuration } from "../inputs.ts";
import * as core from "../runner.ts";
import { sleep } from "../time.ts";
import type { RouteRef, RouterConfig } from "./config.ts";
import {
  allOn,
  formatForward,
  formatWeights,
  namedColors,
  type RouteState,
  readWeights,
  routeName,
  sameSplit,
  sameWeights,
  soleColor,
  type Weights,
  withWeights,
  writable,
} from "./routes.ts";

export interface RouterState {
  routes: RouteState[];
  /** The split all production routes share; undefined when they disagree. */
  production?: Weights;
  /** The color with all production weight; undefined while shifting or disagreeing. */
  active?: Color;
}

export interface WriteOptions {
  /** Leave zero-weight groups out of sticky forwards, so old stickiness cookies stop pinning clients. */
  releaseSticky?: boolean;
}

/** Some route writes failed or never showed; `written` are the ones ELBv2 accepted. */
export class RouteWriteError extends CutoverError {
  override name = "RouteWriteError";
  readonly written: RouteChange[];
  constructor(message: string, written: RouteChange[]) {
    super(message);
    this.written = written;
  }
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

export function productionRoutes(state: RouterState): RouteState[] {
  return state.routes.filter((r) => r.ref.role === "production");
}

/**
 * A test route must send to the standby: one left on the live color (a switch or rollback ran
 * without it) would have smoke-test check production while calling it the standby.
 */
export function testRouteProblem(state: RouterState): string | undefined {
  if (!state.active) return undefined;
  const standby = otherColor(state.active);
  const wrong = state.routes.filter((r) => r.ref.role === "test" && soleColor(r.weights) !== standby);
  if (wrong.length === 0) return undefined;
  const names = wrong.map((r) => `${routeName(r.ref)} (${formatWeights(r.weights)})`).join(", ");
  return `The test route ${names} does not send to the standby, ${standby}: it reaches the live color, ${state.active}. A switch or rollback ran without test-listener-arn (or test-rule-arns). Add them to every switch and rollback; to fix the test route now, run switch with to: ${state.active} and test-listener-arn set, which writes only the test route.`;
}

export function describeRoutes(routes: RouteState[]): string {
  return routes.map((r) => `${routeName(r.ref)}: ${formatWeights(r.weights)}`).join("; ");
}

/** Reads and writes the weights of every configured route as one unit. */
export class Router {
  readonly #lb: LoadBalancerPort;
  readonly #config: RouterConfig;

  constructor(lb: LoadBalancerPort, config: RouterConfig) {
    this.#lb = lb;
    this.#config = config;
  }

  async read(): Promise<RouterState> {
    const actions = await this.#readActions(this.#config.routes);
    const routes = this.#config.routes.map((ref) => {
      const list = actions.get(ref.arn) ?? [];
      return { ref, actions: list, weights: readWeights(ref, list, this.#config.targetGroups) };
    });
    const production = routes.filter((r) => r.ref.role === "production");
    const first = (production[0] as RouteState).weights;
    const agreed = production.every((r) => sameSplit(r.weights, first));
    return { routes, production: agreed ? first : undefined, active: agreed ? soleColor(first) : undefined };
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
  async apply(changes: RouteChange[], options: WriteOptions = {}): Promise<void> {
    if (changes.length === 0) return;
    await this.checkForwards(changes, options);
    const groups = this.#config.targetGroups;
    const writes = changes.map((c) => withWeights(c.before.actions, groups, c.after, options));
    for (const [i, change] of changes.entries()) {
      const before = formatForward(change.before.weights, namedColors(change.before.actions, groups));
      const after = formatForward(change.after, namedColors(writes[i] as Action[], groups));
      core.info(`${writeName(change.ref)} ${routeName(change.ref)}: ${before} → ${after}`);
    }
    const results = await Promise.allSettled(changes.map((c, i) => this.#write(c.ref, writes[i] as Action[])));
    const failures = results.flatMap((r, i) =>
      r.status === "rejected" ? [`${routeName((changes[i] as RouteChange).ref)}: ${describeError(r.reason)}`] : [],
    );
    if (failures.length > 0) {
      const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
      throw new RouteWriteError(`Writing the new weights failed on ${failures.join("; ")}`, written);
    }
    const lagging = await this.#waitUntilShown(changes, writes);
    if (lagging.length > 0) {
      const names = lagging.map((c) => routeName(c.ref)).join(", ");
      const timeout = formatDuration(this.#config.verifyTimeoutMs);
      throw new RouteWriteError(
        `ELBv2 still did not show the new weights on ${names} after ${timeout} (verify-timeout)`,
        changes,
      );
    }
  }

  /** Writes each route back as it was read at the start, then says exactly where every route stands. */
  async putBack(baseline: RouteState[], what: string): Promise<CutoverError> {
    const results = await Promise.allSettled(baseline.map((r) => this.#write(r.ref, writable(r.actions))));
    const stuck = baseline.filter((_, i) => results[i]?.status === "rejected");
    for (const [i, route] of baseline.entries()) {
      const result = results[i];
      if (result?.status === "fulfilled") core.info(`Put back ${routeName(route.ref)}: ${formatWeights(route.weights)}`);
      else core.error(`Could not put back ${routeName(route.ref)}: ${describeError(result?.reason)}`);
    }
    const now = await this.read().then(
      (state) => `Routes now: ${describeRoutes(state.routes)}.`,
      (error) => `The routes could not be read back (${describeError(error)}); check them in the console.`,
    );
    if (stuck.length === 0) {
      const verdict = `${what}. Every route was put back as it was before this run.`;
      return new CutoverError(`${verdict} ${now}`, { outcome: "reverted", verdict });
    }
    const fix = stuck.map((r) => `${routeName(r.ref)} to ${formatWeights(r.weights)}`).join("; ");
    return new CutoverError(
      `${what}. Putting the routes back failed too, so the router is split. ${now} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`,
    );
  }

  async #readActions(refs: RouteRef[]): Promise<Map<string, Action[]>> {
    const listeners = refs.filter((r) => r.kind === "listener").map((r) => r.arn);
    const rules = refs.filter((r) => r.kind === "rule").map((r) => r.arn);
    const [a, b] = await Promise.all([
      listeners.length ? this.#lb.describeListenerActions(listeners) : new Map<string, Action[]>(),
      rules.length ? this.#lb.describeRuleActions(rules) : new Map<string, Action[]>(),
    ]);
    return new Map([...a, ...b]);
  }

  #write(ref: RouteRef, actions: Action[]): Promise<void> {
    return ref.kind === "listener"
      ? this.#lb.modifyListenerActions(ref.arn, actions)
      : this.#lb.modifyRuleActions(ref.arn, actions);
  }

  /** ELBv2 is eventually consistent: a write it accepted may not show in the next describe. */
  async #waitUntilShown(changes: RouteChange[], writes: Action[][]): Promise<RouteChange[]> {
    const deadline = Date.now() + this.#config.verifyTimeoutMs;
    let nextProgress = Date.now() + PROGRESS_MS;
    let lagging = changes;
    const groups = this.#config.targetGroups;
    // The colors each written forward names: a write may change only which groups a forward names.
    const named = new Map(changes.map((c, i) => [c, namedColors(writes[i] as Action[], groups).join()]));
    for (;;) {
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
      await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
    }
  }
}

function writeName(ref: RouteRef): string {
  return ref.kind === "listener" ? "ModifyListener" : "ModifyRule";
}
