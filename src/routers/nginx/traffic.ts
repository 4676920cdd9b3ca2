// The nginx router's routes: upstream blocks in the managed file. The engine writes its routes in
// parallel; here the writes of one moment join into one file and one reload, so that production
// and test upstreams move together and a rollback is one reload.
import type { Color } from "../../core/color.ts";
import type { CallOptions, RouteChange, RouteRef, RouterConfig, RouteState, TrafficPort, Weights } from "../port.ts";
import { FileChangedError } from "./install.ts";
import type { NginxProxy } from "./proxy.ts";
import { renderBlock, type UpstreamBlock, upstreamNamed } from "./upstream-file.ts";
import { asPercent, blockWeights, formatShare, namedColors } from "./weights.ts";

interface Batch {
  blocks: Map<string, UpstreamBlock>;
  urgent: boolean;
  signals: AbortSignal[];
  done: Promise<void>;
}

export class NginxTraffic implements TrafficPort {
  readonly #proxy: NginxProxy;
  readonly #config: RouterConfig;
  /**
   * Each block as this run last read or wrote it, and as a write that failed may have left it: a
   * block that reads otherwise was changed by someone else.
   */
  readonly #seen = new Map<string, Set<string>>();
  #batch?: Batch;

  constructor(proxy: NginxProxy, config: RouterConfig) {
    this.#proxy = proxy;
    this.#config = config;
  }

  async read(options: CallOptions = {}): Promise<RouteState[]> {
    const { managed } = await this.#proxy.read(options);
    return this.#config.routes.map((ref) => {
      const block = upstreamNamed(managed, ref.id, this.#proxy.config.file, ref.input);
      this.#seen.set(ref.id, new Set([renderBlock(block)]));
      return { ref, weights: asPercent(blockWeights(block)), raw: block };
    });
  }

  withWeights(route: RouteState, weights: Weights): RouteState {
    const file = this.#proxy.weighed({ upstreams: [blockOf(route)], ledger: { blue: {}, green: {} } }, route.ref.id, weights);
    return { ...route, weights, raw: file.upstreams[0] };
  }

  write(route: RouteState, options: CallOptions = {}): Promise<void> {
    if (!this.#batch) this.#batch = this.#startBatch();
    const batch = this.#batch;
    batch.blocks.set(route.ref.id, blockOf(route));
    batch.urgent ||= Boolean(options.urgent);
    if (options.signal) batch.signals.push(options.signal);
    return batch.done;
  }

  /** A batch collects the writes made in the same turn of the event loop, then writes them at once. */
  #startBatch(): Batch {
    const batch: Batch = { blocks: new Map(), urgent: false, signals: [], done: Promise.resolve() };
    batch.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.#batch = undefined;
      return this.#proxy.exclusive(() => this.#commit(batch));
    });
    return batch;
  }

  async #commit(batch: Batch): Promise<void> {
    const aborted = batch.signals.find((s) => s.aborted);
    if (!batch.urgent && aborted) throw aborted.reason;
    const signal = batch.signals.length > 1 ? AbortSignal.any(batch.signals) : batch.signals[0];
    const options = { ...(signal ? { signal } : {}), urgent: batch.urgent };
    const seen = batch.urgent ? await this.#proxy.readForWrite(options) : await this.#proxy.read(options);
    const file = this.#proxy.config.file;
    for (const name of batch.blocks.keys()) {
      const block = upstreamNamed(seen.managed, name, file, "nginx-upstream");
      // Every write, a put-back too, stops at someone else's change: docs/nginx.md promises it.
      if (this.#seen.has(name) && !this.#seen.get(name)?.has(renderBlock(block))) {
        throw new FileChangedError(
          `upstream ${name} in ${file} changed since this run read it: it now reads ${formatShare(block)}. Another run or a person is moving it; nothing was written.`,
        );
      }
    }
    const upstreams = seen.managed.upstreams.map((u) => batch.blocks.get(u.name) ?? u);
    try {
      await this.#proxy.write(seen, { ...seen.managed, upstreams }, true, options);
    } catch (error) {
      // A write cut off or failed late may have landed: a put-back may find it there.
      for (const [name, block] of batch.blocks) this.#seen.get(name)?.add(renderBlock(block));
      throw error;
    }
    for (const [name, block] of batch.blocks) this.#seen.set(name, new Set([renderBlock(block)]));
  }

  named(route: RouteState): Color[] {
    return namedColors(blockOf(route));
  }

  writeVerb(_ref: RouteRef): string {
    return "nginx reload";
  }

  async checkChanges(_changes: RouteChange[]): Promise<void> {}
}

function blockOf(route: RouteState): UpstreamBlock {
  return route.raw as UpstreamBlock;
}
