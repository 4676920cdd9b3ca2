import type { Color, PerColor } from "../../core/color.ts";
import type { CallOptions, Ledger, LedgerPort } from "../port.ts";
import type { Zone } from "./zone.ts";

/** Route 53 keeps the ledger in a TXT record beside the weighted ones (zone.ts says why). */
export class Route53Ledger implements LedgerPort {
  readonly #zone: Zone;

  constructor(zone: Zone) {
    this.#zone = zone;
  }

  async read(options: CallOptions = {}): Promise<PerColor<Ledger>> {
    const { blue, green } = await this.#zone.readLedger(options);
    return { blue, green };
  }

  write(color: Color, set: Ledger, remove: string[] = [], options: CallOptions = {}): Promise<void> {
    return this.#zone.editLedger(color, set, remove, options);
  }
}
