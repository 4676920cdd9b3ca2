// The Route 53 router's routes: each is the weighted pair at one name. The writes of one moment
// join into one ChangeResourceRecordSets batch, which Route 53 applies whole or not at all; then
// the change is followed to INSYNC, to every name server's answers, and to the end of the TTL tail.
import { COLORS, type Color } from "../../core/color.ts";
import { formatDuration } from "../../core/durations.ts";
import { CutoverError } from "../../core/errors.ts";
import * as core from "../../core/runner.ts";
import { runMark } from "../ledger-keys.ts";
import type {
  CallOptions,
  RouteChange,
  RouteRef,
  RouterConfig,
  RouteState,
  TrafficPort,
  Weights,
  WriteOptions,
} from "../port.ts";
import type { Route53RouterConfig } from "./config.ts";
import { type Written, waitForAuthority, waitInSync, waitOutTail } from "./propagation.ts";
import { fallbackWarnings, type Pair, sharesOf, ttlOf, weighed } from "./records.ts";
import { ttlProblem } from "./ttl.ts";
import type { Zone } from "./zone.ts";

interface Batch {
  routes: Map<string, RouteState>;
  urgent: boolean;
  signals: AbortSignal[];
  done: Promise<void>;
}

export class Route53Traffic implements TrafficPort {
  readonly #zone: Zone;
  readonly #config: RouterConfig;
  #batch?: Batch;
  #warned = false;

  constructor(zone: Zone, config: Route53RouterConfig) {
    this.#zone = zone;
    this.#config = config;
  }

  async read(options: CallOptions = {}): Promise<RouteState[]> {
    const routes = await Promise.all(
      this.#config.routes.map(async (ref) => {
        const pair = await this.#zone.pair(ref.id, ref.input, options);
        return { ref, weights: sharesOf(pair), raw: pair };
      }),
    );
    if (!this.#warned && !this.#zone.config.allowFallback) {
      this.#warned = true;
      for (const warning of fallbackWarnings(pairOf(routes[0] as RouteState))) core.warning(warning);
    }
    return routes;
  }

  withWeights(route: RouteState, weights: Weights): RouteState {
    return { ...route, weights, raw: weighed(pairOf(route), weights) };
  }

  write(route: RouteState, options: CallOptions = {}): Promise<void> {
    if (!this.#batch) this.#batch = this.#startBatch();
    const batch = this.#batch;
    batch.routes.set(route.ref.id, route);
    batch.urgent ||= Boolean(options.urgent);
    if (options.signal) batch.signals.push(options.signal);
    return batch.done;
  }

  /** Writes made in the same turn of the event loop go out as one batch: test and production records switch together. */
  #startBatch(): Batch {
    const batch: Batch = { routes: new Map(), urgent: false, signals: [], done: Promise.resolve() };
    batch.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.#batch = undefined;
      return this.#commit(batch);
    });
    return batch;
  }

  async #commit(batch: Batch): Promise<void> {
    const signal = batch.signals.length > 1 ? AbortSignal.any(batch.signals) : batch.signals[0];
    const options = { ...(signal ? { signal } : {}), urgent: batch.urgent };
    const routes = [...batch.routes.values()];
    const sets = routes.flatMap((r) => COLORS.map((c) => pairOf(r)[c]));
    const shares = routes.map((r) => `${r.ref.short} blue ${r.weights.blue}/green ${r.weights.green}`).join(", ");
    const comment = `cutover ${runMark()}: ${shares}`.slice(0, 256);
    // A put-back after a batch Route 53 refused whole (it is transactional) finds the records as they were.
    if (batch.urgent && (await this.#unchanged(routes, options))) {
      core.info(`Route 53 already holds ${routes.map((r) => r.ref.short).join(" and ")} as written: nothing to write.`);
      return;
    }
    const started = Date.now();
    const { id, attempts } = await this.#zone.exclusive(() =>
      this.#zone.api(options).upsert(this.#zone.config.zoneId, sets, comment, signal),
    );
    core.info(`Route 53 accepted change ${id} (${comment})${retried(attempts)}.`);
    // A put-back inside the cancel's grace ends here: ListResourceRecordSets already reads it back.
    if (batch.urgent) return;
    await this.#propagate(id, routes, started, signal);
  }

  async #unchanged(routes: RouteState[], options: CallOptions): Promise<boolean> {
    const now = await Promise.all(routes.map((r) => this.#zone.pair(r.ref.id, r.ref.input, options)));
    return routes.every((r, i) => COLORS.every((c) => JSON.stringify(now[i]?.[c]) === JSON.stringify(pairOf(r)[c])));
  }

  async #propagate(id: string, routes: RouteState[], started: number, signal?: AbortSignal): Promise<void> {
    const timeout = this.#config.verifyTimeoutMs;
    const synced = await waitInSync(this.#zone.api(), id, timeout, signal);
    core.info(`Route 53: change ${id} INSYNC after ${formatDuration(synced)}.`);
    const names = await this.#zone.nameServers(signal);
    for (const route of routes) {
      const written: Written = { name: route.ref.id, pair: pairOf(route), ttl: ttlOf(pairOf(route)) };
      await waitForAuthority(names, this.#zone.config, written, Math.max(1_000, timeout - (Date.now() - started)), signal);
    }
    core.info(
      `Route 53: all ${names.length} name servers answer the new weights, ${formatDuration(Date.now() - started)} after the write.`,
    );
    const ttl = Math.max(...routes.map((r) => ttlOf(pairOf(r))));
    await waitOutTail(ttl, signal);
    core.info(`Route 53: the TTL tail ended ${formatDuration(Date.now() - started)} after the write.`);
  }

  named(_route: RouteState): Color[] {
    return [...COLORS];
  }

  writeVerb(_ref: RouteRef): string {
    return "ChangeResourceRecordSets";
  }

  /** The TTL must have been brought within max-ttl, and the old one waited out, before a switch. */
  async checkChanges(changes: RouteChange[], options: WriteOptions = {}, call: CallOptions = {}): Promise<void> {
    if (changes.length === 0) return;
    const ledger = await this.#zone.readLedger(call);
    const pairs = changes.map((c) => pairOf(c.before));
    const problem = ttlProblem(pairs, ledger.zone, this.#zone.config.maxTtlSeconds, Date.now());
    if (!problem) return;
    if (options.verb === "rollback") {
      core.warning(`${problem} The rollback goes ahead: clients move back as their caches expire.`);
      return;
    }
    throw new CutoverError(`${problem} Nothing was written.`);
  }

  /** Route 53 answers both records' health whatever their weight: nothing to reference. */
  planReference(_routes: RouteState[], _color: Color): RouteChange[] {
    return [];
  }

  async testUrl(): Promise<URL | undefined> {
    return undefined;
  }
}

/** What the SDK's retries hid: Throttling and PriorRequestNotComplete are retried with backoff. */
export function retried(attempts: number): string {
  return attempts > 1
    ? ` on attempt ${attempts}: Route 53 throttled the earlier ones or was still processing a prior change (PriorRequestNotComplete)`
    : "";
}

export function pairOf(route: RouteState): Pair {
  return route.raw as Pair;
}
