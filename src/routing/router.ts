import { urgentDeadline } from "../core/cancel.ts";
import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { ConfigurationError, CutoverError, describeError } from "../core/errors.ts";
import { pollUntil } from "../core/poll.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import type { CallOptions, RouteChange, RouterConfig, TrafficPort, WriteOptions } from "../routers/port.ts";
import { formatForward, formatWeights, type RouteState, routeName, sameWeights, type Weights } from "../routers/routes.ts";
import { describeRoutes, productionRoutes, type RouterState, stateOf } from "./state.ts";

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

/** Kept back from the urgent writes' grace for reading the routes back and reporting them. */
const READ_BACK_RESERVE_MS = 400;

type Attempted = { ok: true } | { ok: false; error: string };

/** 100, 200, 400, then 500 ms, each with up to 100 ms of jitter: short and bounded, never the SDK's growing delay. */
function backoff(attempt: number): number {
  return Math.min(100 * 2 ** (attempt - 1), 500) + Math.random() * 100;
}

/** `Routes now: …` exactly as read, naming each route that does not show the weights this run had accepted. */
function describeNow(now: RouterState | undefined, expected: Map<string, Weights>): string {
  if (!now) return "The routes could not be read back within the runner's grace; check them where the router is managed.";
  const differ = now.routes.filter((r) => {
    const weights = expected.get(r.ref.id);
    return weights && !sameWeights(weights, r.weights);
  });
  const note = differ.length
    ? ` (${differ.map((r) => `${routeName(r.ref)} shows ${formatWeights(r.weights)}, not the ${formatWeights(expected.get(r.ref.id) as Weights)} this run last wrote: another writer changed it, or the write does not show yet`).join("; ")})`
    : "";
  return `Routes now: ${describeRoutes(now.routes)}${note}.`;
}

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

  /**
   * How long a client the router's stickiness pinned to `color` may still reach it after it last took
   * new clients; 0 when none can. Padded by a second (the ledger dates to the second) and the router's
   * settle-time (its data plane may follow the old weights, and pin new clients, for that long).
   */
  pinnedForMs(state: RouterState, color: Color): number {
    const pinned = Math.max(0, ...productionRoutes(state).map((r) => this.#traffic.pinnedFor?.(r, color) ?? 0));
    return pinned > 0 ? pinned + 1_000 + (this.#config.settleMs ?? 0) : 0;
  }

  /** The changes that put production routes on `production` and test routes on `test`. */
  plan(state: RouterState, production: Weights, test: Weights): RouteChange[] {
    return state.routes
      .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
      .filter((change) => !sameWeights(change.before.weights, change.after));
  }

  /** When the router does not know `color` yet, the changes that make it health-check it. */
  planReference(state: RouterState, color: Color): RouteChange[] {
    return this.#traffic.planReference?.(state.routes, color) ?? [];
  }

  /** Refuses, before any write, what the router would refuse. */
  checkForwards(changes: RouteChange[], options: WriteOptions = {}, signal?: AbortSignal): Promise<void> {
    return this.#traffic.checkChanges(changes, options, { signal });
  }

  /**
   * Writes every change in parallel, then reads back until the router shows them all. On any
   * failure it throws a RouteWriteError naming the routes it did write, so the caller can put them back.
   */
  async apply(changes: RouteChange[], options: WriteOptions = {}, signal?: AbortSignal): Promise<void> {
    if (changes.length === 0) return;
    await this.checkForwards(changes, options, signal);
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
   * Writes the given routes urgently, in parallel, each retried with short bounded backoff until
   * just before the runner's SIGKILL is due (src/core/cancel.ts), then reads the router back until
   * it shows them or the grace ends: a put-back, or the end of a rollback that must not be left
   * halfway. What it reports is what it read, never what it meant to write.
   */
  async writeUrgently(routes: RouteState[], verb: string, accepted: RouteChange[] = []): Promise<UrgentWrite> {
    const writeBy = urgentDeadline(READ_BACK_RESERVE_MS);
    const results = await Promise.all(routes.map((r) => this.#persist(r, verb, writeBy)));
    const written = new Map(routes.filter((_, i) => results[i]?.ok).map((r) => [r.ref.id, r.weights] as const));
    const now = await this.#readBackUrgently(written);
    // Each route as this run last had it accepted: the read may lag behind it (eventual consistency).
    const expected = new Map([...accepted.map((c) => [c.ref.id, c.after] as const), ...written]);
    const earlier = new Set(accepted.map((c) => c.ref.id));
    const done: RouteState[] = [];
    const stuck: UrgentWrite["stuck"] = [];
    for (const [i, route] of routes.entries()) {
      const result = results[i] as Attempted;
      // A failed write to a route that shows those weights already, and had no write accepted, did no harm.
      const shown = now?.routes.find((r) => r.ref.id === route.ref.id);
      if (result.ok || (shown && sameWeights(shown.weights, route.weights) && !earlier.has(route.ref.id))) {
        done.push(route);
        core.info(`${verb} ${routeName(route.ref)}: ${formatWeights(route.weights)}`);
      } else {
        stuck.push({ route, error: result.ok ? "" : result.error });
        core.error(
          `Could not ${verb[0]?.toLowerCase()}${verb.slice(1)} ${routeName(route.ref)}: ${result.ok ? "" : result.error}`,
        );
      }
    }
    return { done, stuck, now, nowText: describeNow(now, expected) };
  }

  /** One urgent write, tried again after each failure until `deadline`: throttling often ends within the grace. */
  async #persist(route: RouteState, verb: string, deadline: AbortSignal): Promise<Attempted> {
    const started = Date.now();
    let last = "no answer";
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#traffic.write(route, { signal: deadline, urgent: true });
        if (attempt > 1) core.info(`${verb} ${routeName(route.ref)} landed on attempt ${attempt}.`);
        return { ok: true };
      } catch (error) {
        const why = describeError(error);
        // Another writer's change, or a route the router refuses: trying again cannot help.
        const final = error instanceof RouterChangedError || error instanceof ConfigurationError;
        if (final) return { ok: false, error: why };
        // The attempt the deadline cut short says nothing new; the one before it says why.
        if (deadline.aborted) {
          const spent = formatDuration(Date.now() - started);
          const tries = attempt > 1 ? `${attempt - 1} attempt(s)` : "its first attempt";
          return { ok: false, error: `still failing after ${tries} in ${spent}, when its time ran out (${last})` };
        }
        last = why;
        core.info(`${verb} ${routeName(route.ref)}: attempt ${attempt} failed (${why}); trying again.`);
        await sleep(backoff(attempt), deadline);
      }
    }
  }

  /** Reads until every route whose weights are known shows them, or the grace ends; the last read wins. */
  async #readBackUrgently(expected: Map<string, Weights>): Promise<RouterState | undefined> {
    const deadline = urgentDeadline();
    let now: RouterState | undefined;
    for (let attempt = 1; !deadline.aborted; attempt++) {
      try {
        now = await this.read({ signal: deadline, urgent: true });
        const lagging = now.routes.filter((r) => {
          const weights = expected.get(r.ref.id);
          return weights && !sameWeights(weights, r.weights);
        });
        if (lagging.length === 0) return now;
      } catch {
        // Read again until the grace ends; the report says when no read succeeded.
      }
      await sleep(backoff(attempt), deadline);
    }
    return now;
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
        const read = await this.#traffic.read({ signal }).catch((error: unknown) => {
          // A cancel cuts the read short: the caller learns it from `lagging`, as for any cancel while reading back.
          if (signal?.aborted) return undefined;
          throw error;
        });
        if (!read) return { done: false, value: lagging };
        const shown = new Map(read.map((r) => [r.ref.id, r]));
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
