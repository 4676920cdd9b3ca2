// Each color is its list of upstream servers. nginx OSS has no health API, so health is a probe of
// each server; retiring a color marks its servers `down` in every block of the managed file.
import type { Color } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";
import { LEDGER } from "../ledger-keys.ts";
import type { CallOptions, MemberHealth, PoolPort, RouterConfig, Setting } from "../port.ts";
import type { NginxProxy } from "./proxy.ts";
import type { ServerLine, UpstreamBlock } from "./upstream-file.ts";

export class NginxPool implements PoolPort {
  readonly verbs = { retire: "Mark down", restore: "Mark up again" };
  readonly #proxy: NginxProxy;
  readonly #config: RouterConfig;
  /** The color's server lines before this run marked them down, per block, for a restore. */
  readonly #retired = new Map<string, ServerLine[]>();

  constructor(proxy: NginxProxy, config: RouterConfig) {
    this.#proxy = proxy;
    this.#config = config;
  }

  /**
   * Probes each server on health-path. A color marked down in every block while a teardown is under
   * way takes no traffic from nginx at all: its servers are `idle`, no route sends them anything.
   */
  async health(color: Color, options: CallOptions = {}): Promise<MemberHealth[]> {
    const { managed } = await this.#proxy.read(options);
    const down = managed.upstreams.every((u) => u.servers.every((s) => s.color !== color || s.weight === 0));
    if (down && managed.ledger[color][LEDGER.teardownStarted]) {
      return this.#proxy.config.servers[color].map((s) => ({
        ...split(s.address),
        state: "idle",
        reason: "MarkedDown",
        description: "marked down in every upstream",
      }));
    }
    return this.#proxy.probe(color);
  }

  /** What the two colors should share: the parameters their servers carry. */
  async settings(color: Color): Promise<Setting[]> {
    const params = [...new Set(this.#proxy.config.servers[color].flatMap((s) => s.params))].sort();
    return [{ name: "server parameters", value: params.join(" ") }];
  }

  /**
   * Marks the color down in every block, only while no upstream but the test one (which points at
   * the standby by design) gives it weight: the file holds no other block (file-check.ts).
   */
  retire(color: Color, _targets: MemberHealth[], options: CallOptions = {}): Promise<void> {
    return this.#proxy.exclusive(async () => {
      const seen = await this.#proxy.read(options);
      const test = this.#config.routes.find((r) => r.role === "test")?.id;
      const serving = seen.managed.upstreams.find(
        (u) => u.name !== test && u.servers.some((s) => s.color === color && s.weight > 0),
      );
      if (serving) throw new CutoverError(`${color} has weight in upstream ${serving.name}: it is not marked down.`);
      const upstreams = seen.managed.upstreams.map((u) => this.#markDown(u, color));
      await this.#proxy.write(seen, { ...seen.managed, upstreams }, true, options);
    });
  }

  restore(color: Color, _targets: MemberHealth[], options: CallOptions = {}): Promise<void> {
    return this.#proxy.exclusive(async () => {
      const seen = await this.#proxy.read(options);
      const upstreams = seen.managed.upstreams.map((u) => {
        const before = this.#retired.get(u.name);
        if (!before) return u;
        return { ...u, servers: [...u.servers.filter((s) => s.color !== color), ...before] };
      });
      await this.#proxy.write(seen, { ...seen.managed, upstreams }, true, options);
      this.#retired.clear();
    });
  }

  #markDown(block: UpstreamBlock, color: Color): UpstreamBlock {
    const up = block.servers.filter((s) => s.color === color && s.weight > 0);
    if (up.length === 0) return block;
    this.#retired.set(
      block.name,
      block.servers.filter((s) => s.color === color),
    );
    return { ...block, servers: block.servers.map((s) => (s.color === color ? { ...s, weight: 0 } : s)) };
  }
}

function split(address: string): { id: string; port?: number } {
  const match = /^(.*):(\d+)$/.exec(address);
  return match ? { id: match[1] as string, port: Number(match[2]) } : { id: address };
}
