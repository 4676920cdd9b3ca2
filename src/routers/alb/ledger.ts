import { COLORS, type Color, type PerColor } from "../../core/color.ts";
import type { CallOptions, Ledger, LedgerPort, RouterConfig } from "../port.ts";
import type { LoadBalancerPort } from "./elbv2.ts";

/** ALB keeps the ledger in each target group's tags. */
export class AlbLedger implements LedgerPort {
  readonly #lb: LoadBalancerPort;
  readonly #urgent: LoadBalancerPort;
  readonly #config: RouterConfig;

  constructor(lb: LoadBalancerPort, urgent: LoadBalancerPort, config: RouterConfig) {
    this.#lb = lb;
    this.#urgent = urgent;
    this.#config = config;
  }

  async read(options: CallOptions = {}): Promise<PerColor<Ledger>> {
    const { pools } = this.#config;
    const tags = await (options.urgent ? this.#urgent : this.#lb).describeTags(COLORS.map((c) => pools[c]));
    return { blue: tags.get(pools.blue) ?? {}, green: tags.get(pools.green) ?? {} };
  }

  async write(color: Color, set: Ledger, remove: string[] = []): Promise<void> {
    const arn = this.#config.pools[color];
    if (Object.keys(set).length) await this.#lb.addTags(arn, set);
    if (remove.length) await this.#lb.removeTags(arn, remove);
  }
}
