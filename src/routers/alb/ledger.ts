import { COLORS, type Color, type PerColor } from "../../core/color.ts";
import type { CallOptions, Ledger, LedgerPort } from "../port.ts";
import { AlbClient } from "./client.ts";

/** ALB keeps the ledger in each target group's tags. */
export class AlbLedger extends AlbClient implements LedgerPort {
  async read(options: CallOptions = {}): Promise<PerColor<Ledger>> {
    const { pools } = this.config;
    const tags = await this.client(options).describeTags(
      COLORS.map((c) => pools[c]),
      options.signal,
    );
    return { blue: tags.get(pools.blue) ?? {}, green: tags.get(pools.green) ?? {} };
  }

  async write(color: Color, set: Ledger, remove: string[] = [], options: CallOptions = {}): Promise<void> {
    const arn = this.config.pools[color];
    const lb = this.client(options);
    if (Object.keys(set).length) await lb.addTags(arn, set, options.signal);
    if (remove.length) await lb.removeTags(arn, remove, options.signal);
  }
}
