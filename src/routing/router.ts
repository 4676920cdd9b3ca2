import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import { pollUntil } from "../core/poll.ts";
import * as core from "../core/runner.ts";
import type { CallOptions, RouteChange, RouterConfig, TrafficPort, WriteOptions } from "../routers/port.ts";
import { formatForward, formatWeights, type RouteState, routeName, sameWeights, type Weights } from "./routes.ts";
import { describeRoutes, type RouterState, stateOf } from "./state.ts";

export type { RouteChange, WriteOptions } from "../routers/port.ts";
export { describeRoutes, productionRoutes, type RouterState, testRouteProblem } from "./state.ts";

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

/** Urgent writes run in parallel and all end within this: well inside the runner's 7.5 s cancel grace. */
const URGENT_MS = 5_000;

/** Reads and writes the weights of every configured route as one unit, whatever the router. */
export class Router {
  readonly #traffic: TrafficPort;
  readonly #config: RouterConfig;

  constructor(traffic: TrafficPort, config: RouterConfig) {
    this.#traffic = traffic;
    this.#config = config;
  }

  async read(options: CallOptions = {}): Promise<RouterState> {
    return stateOf(await this.#traffic.read(options));
  }

  /** The changes that put production routes on `production` and test routes on `test`. */
  plan(state: RouterState, production: Weights, test: Weights): RouteChange[] {
    return state.routes
      .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
      .filter((change) => !sameWeights(change.before.weights, change.after));
  }

  /** When the router does not know `color` yet, the changes that make it health-check it. */
  planReference(state: RouterState, color: Color): RouteChange[] {
    return this.#traffic.planReference(state.routes, color);
  }

  /** Refuses, before any write, what the router would refuse. */
  checkForwards(changes: RouteChange[], options: WriteOptions = {}): Promise<void> {
    return this.#traffic.checkChanges(changes, options);
  }

  /**
   * Writes every change in parallel, then reads back until the router shows them all. On any
   * failure it throws a RouteWriteError naming the routes it did write, so the caller can put them back.
   */
  async apply(changes: RouteChange[], options: WriteOptions = {}, signal?: AbortSignal): Promise<void> {
    if (changes.length === 0) return;
    await this.checkForwards(changes, options);
    const writes = changes.map((c) => this.#traffic.withWeights(c.before, c.after, options));
    for (const [i, change] of changes.entries()) {
      const before = formatForward(change.before.weights, this.#traffic.named(change.before));
      const after = formatForward(change.after, this.#traffic.named(writes[i] as RouteState));
      core.info(`${this.#traffic.writeVerb(change.ref)} ${routeName(change.ref)}: ${before} → ${after}`);
    }
    const results = await Promise.allSettled(writes.map((w) => this.#traffic.write(w, { signal })));
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
        `The router still did not show the new weights on ${names} after ${timeout} (verify-timeout)`,
        changes,
        changes,
      );
    }
  }

  /**
   * Writes the given routes urgently, in parallel and bounded in time, then reads the router
   * back: a put-back, or the end of a rollback that must not be left halfway. Routes whose writes
   * were accepted (these, and `accepted` from before) count with their new weights, whatever a
   * stale read shows.
   */
  async writeUrgently(routes: RouteState[], verb: string, accepted: RouteChange[] = []): Promise<UrgentWrite> {
    const deadline = AbortSignal.timeout(URGENT_MS);
    const results = await Promise.allSettled(routes.map((r) => this.#traffic.write(r, { signal: deadline, urgent: true })));
    const read = await this.read({ urgent: true }).catch(() => undefined);
    // A router may be eventually consistent: a route whose write was accepted counts with its new weights.
    const written = new Map([
      ...accepted.map((c) => [c.ref.id, c.after] as const),
      ...routes.filter((_, i) => results[i]?.status === "fulfilled").map((r) => [r.ref.id, r.weights] as const),
    ]);
    const now = read && stateOf(read.routes.map((r) => ({ ...r, weights: written.get(r.ref.id) ?? r.weights })));
    const done: RouteState[] = [];
    const stuck: UrgentWrite["stuck"] = [];
    for (const [i, route] of routes.entries()) {
      const result = results[i];
      // A failed write to a route that shows those weights already (and had no write accepted) did no harm.
      const shown = now?.routes.find((r) => r.ref.id === route.ref.id);
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
      : "The routes could not be read back; check them where the router is managed.";
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
    return this.#traffic.withWeights(route, weights, options);
  }

  /** The router may be eventually consistent: a write it accepted may not show in the next read. */
  async #waitUntilShown(changes: RouteChange[], writes: RouteState[], signal?: AbortSignal): Promise<RouteChange[]> {
    // The colors each written route names: a write may change only which colors a route names.
    const named = new Map(changes.map((c, i) => [c.ref.id, this.#traffic.named(writes[i] as RouteState).join()]));
    let lagging = changes;
    const polled = await pollUntil(
      async () => {
        const shown = new Map((await this.#traffic.read()).map((r) => [r.ref.id, r]));
        lagging = lagging.filter((c) => {
          const now = shown.get(c.ref.id) as RouteState;
          this.#refuseForeign(c, now.weights);
          return !sameWeights(now.weights, c.after) || this.#traffic.named(now).join() !== named.get(c.ref.id);
        });
        return { done: lagging.length === 0, value: lagging };
      },
      {
        timeoutMs: this.#config.verifyTimeoutMs,
        signal,
        progress: (seen, left) =>
          `Waiting for the router to show the new weights on ${seen.map((c) => routeName(c.ref)).join(", ")}; ${left} left.`,
      },
    );
    if (polled.done) core.info(`Read back: all ${changes.length} route(s) show the new weights.`);
    return polled.value;
  }

  /** Eventual consistency shows the old weights or the new ones; anything else is another writer. */
  #refuseForeign(change: RouteChange, shown: Weights): void {
    if (sameWeights(shown, change.after) || sameWeights(shown, change.before.weights)) return;
    throw new RouterChangedError(
      `The router changed under this run: ${routeName(change.ref)} shows ${formatWeights(shown)}, neither ${formatWeights(change.before.weights)} nor the ${formatWeights(change.after)} just written. Another run or a person is moving it; this run stops without writing more.`,
    );
  }
}
