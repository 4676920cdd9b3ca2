// The hosted zone as the router's ports share it: the Route 53 clients, the records read and
// checked, the ledger's TXT record, and one ChangeResourceRecordSets at a time from this run.
import { COLORS, type Color, type PerColor } from "../../core/color.ts";
import type { CallOptions, Ledger } from "../port.ts";
import type { Route53Config } from "./config.ts";
import { type Pair, pairOf, type RecordSet, type Route53Api } from "./records.ts";

/**
 * The ledger lives in a TXT record beside the weighted ones, `_cutover.<record-name>`, one
 * `"<color> <key>=<value>"` string per entry. A TXT record, not health check tags: a weighted
 * record need not have a health check (and adding one changes what Route 53 answers when it
 * fails), while the TXT record is read by the same ListResourceRecordSets and written by the same
 * ChangeResourceRecordSets, so it needs no further IAM action. It is public in DNS: it holds
 * versions and times, never secrets.
 */
const LEDGER_PREFIX = "_cutover.";
const LEDGER_TTL = 60;
/** Entries about the records rather than a color: when their TTL was lowered, and from what. */
export const ZONE_KEY = "zone";
const HEADER = "cutover ledger";

export type ZoneLedger = PerColor<Ledger> & { zone: Ledger };

export class Zone {
  readonly config: Route53Config;
  readonly #api: Route53Api;
  readonly #urgent: Route53Api;
  #queue: Promise<unknown> = Promise.resolve();
  #nameServers?: Promise<string[]>;

  constructor(config: Route53Config, api: Route53Api, urgent: Route53Api) {
    this.config = config;
    this.#api = api;
    this.#urgent = urgent;
  }

  api(options: CallOptions = {}): Route53Api {
    return options.urgent ? this.#urgent : this.#api;
  }

  /** The checked pair of records at `name`. */
  async pair(name: string, input: string, options: CallOptions = {}): Promise<Pair> {
    const sets = await this.api(options).listRecords(this.config.zoneId, name, this.config.type, options.signal);
    return pairOf(sets, name, this.config, input);
  }

  nameServers(signal?: AbortSignal): Promise<string[]> {
    this.#nameServers ??= this.#api.nameServers(this.config.zoneId, signal).catch((error: unknown) => {
      this.#nameServers = undefined;
      throw error;
    });
    return this.#nameServers;
  }

  /** One ChangeResourceRecordSets from this run at a time: Route 53 refuses overlapping ones (PriorRequestNotComplete). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  get ledgerName(): string {
    return `${LEDGER_PREFIX}${this.config.name}`;
  }

  async readLedger(options: CallOptions = {}): Promise<ZoneLedger> {
    const sets = await this.api(options).listRecords(this.config.zoneId, this.ledgerName, "TXT", options.signal);
    const ledger: ZoneLedger = { blue: {}, green: {}, zone: {} };
    for (const value of sets[0]?.values ?? []) {
      const match = /^"(blue|green|zone) ([^=]+)=(.*)"$/.exec(value);
      if (match) ledger[match[1] as Color | "zone"][match[2] as string] = unescapeTxt(match[3] as string);
    }
    return ledger;
  }

  /** Read, changed and written back as one TXT record, one writer at a time. */
  editLedger(owner: Color | "zone", set: Ledger, remove: string[], options: CallOptions = {}): Promise<void> {
    return this.exclusive(async () => {
      const ledger = await this.readLedger(options);
      for (const key of remove) delete ledger[owner][key];
      Object.assign(ledger[owner], set);
      const values = [`"${HEADER}"`];
      for (const who of [...COLORS, ZONE_KEY] as const) {
        for (const [key, value] of Object.entries(ledger[who])) values.push(`"${who} ${key}=${escapeTxt(value)}"`);
      }
      const record: RecordSet = { name: this.ledgerName, type: "TXT", ttl: LEDGER_TTL, values, other: [] };
      await this.api(options).upsert(this.config.zoneId, [record], `cutover ledger: ${owner}`, options.signal);
    });
  }
}

// A TXT string holds up to 255 characters; quotes and backslashes are escaped (RFC 1035 §5.1).
function escapeTxt(value: string): string {
  return value.replace(/[\\"]/g, (c) => `\\${c}`).slice(0, 200);
}

function unescapeTxt(value: string): string {
  return value.replace(/\\(.)/g, "$1");
}
