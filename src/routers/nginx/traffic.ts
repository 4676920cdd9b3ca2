// The nginx router's routes: upstream blocks in the managed file. The engine writes its routes in
// parallel; here the writes of one moment join into one file and one reload, so that production
// and test upstreams move together and a rollback is one reload.
import type { Color } from "../../core/color.ts";
import type { CallOptions, RouteChange, RouteRef, RouterConfig, RouteState, TrafficPort, Weights } from "../port.ts";
import { FileChangedError } from "./install.ts";
import type { NginxProxy } from "./proxy.ts";
import { renderBlock, type UpstreamBlock, upstreamNamed } from "./upstream-file.ts";
import { asPercent, blockWeights, namedColors } from "./weights.ts";

interface Batch {
  blocks: Map<string, UpstreamBlock>;
  urgent: boolean;
  signals: AbortSignal[];
  done: Promise<void>;
}

export class NginxTraffic implements TrafficPort {
  readonly #proxy: NginxProxy;
  readonly #config: RouterConfig;
  /** Each block as this run last read or wrote it: a block that differs was changed by someone else. */
  readonly #seen = new Map<string, string>();
  #batch?: Batch;

  constructor(proxy: NginxProxy, config: RouterConfig) {
    this.#proxy = proxy;
    this.#config = config;
  }

  async read(_options: CallOptions = {}): Promise<RouteState[]> {
    const { managed } = await this.#proxy.read();
    return this.#config.routes.map((ref) => {
      const block = upstreamNamed(managed, ref.id, this.#proxy.config.file, ref.input);
      this.#seen.set(ref.id, renderBlock(block));
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
    const seen = await this.#proxy.read();
    const file = this.#proxy.config.file;
    for (const name of batch.blocks.keys()) {
      const now = renderBlock(upstreamNamed(seen.managed, name, file, "nginx-upstream"));
      // A put-back or a rollback's finish must land; any other write stops at someone else's change.
      if (!batch.urgent && this.#seen.has(name) && this.#seen.get(name) !== now) {
        throw new FileChangedError(
          `upstream ${name} in ${file} changed since this run read it: another run or a person is moving it. Nothing was written.`,
        );
      }
    }
    const upstreams = seen.managed.upstreams.map((u) => batch.blocks.get(u.name) ?? u);
    await this.#proxy.write(seen, { ...seen.managed, upstreams });
    for (const [name, block] of batch.blocks) this.#seen.set(name, renderBlock(block));
  }

  named(route: RouteState): Color[] {
    return namedColors(blockOf(route));
  }

  writeVerb(_ref: RouteRef): string {
    return "nginx reload";
  }

  async checkChanges(_changes: RouteChange[]): Promise<void> {}

  /** nginx needs no route to a color for its servers to be probed: they are probed directly. */
  planReference(_routes: RouteState[], _color: Color): RouteChange[] {
    return [];
  }

  /** The test upstream's server block and port are in the user's nginx.conf, which cutover does not read. */
  async testUrl(): Promise<URL | undefined> {
    return undefined;
  }
}

function blockOf(route: RouteState): UpstreamBlock {
  return route.raw as UpstreamBlock;
}
