import type { Color, PerColor } from "../../core/color.ts";
import type { CallOptions, Ledger, LedgerPort } from "../port.ts";
import type { NginxProxy } from "./proxy.ts";

/** nginx keeps the ledger in the managed file's comments, one `# ledger <color> <key>=<value>` line each. */
export class NginxLedger implements LedgerPort {
  readonly #proxy: NginxProxy;

  constructor(proxy: NginxProxy) {
    this.#proxy = proxy;
  }

  read(options: CallOptions = {}): Promise<PerColor<Ledger>> {
    return this.#proxy.ledger(options);
  }

  write(color: Color, set: Ledger, remove: string[] = [], options: CallOptions = {}): Promise<void> {
    return this.#proxy.editLedger(color, set, remove, options);
  }
}
