// One hosted zone as Route 53 keeps it: its record sets, the change batches applied to them, and
// the moment each of its name servers carries each change. Each behaviour cites the API reference
// (docs.aws.amazon.com/Route53/latest/APIReference) or the Developer Guide.
import { randomBytes } from "node:crypto";
import { AwsFault } from "../aws/faults.ts";

export interface StoredRecord {
  Name: string;
  Type: string;
  SetIdentifier?: string;
  Weight?: number;
  TTL?: number;
  ResourceRecords?: string[];
  AliasTarget?: { HostedZoneId: string; DNSName: string; EvaluateTargetHealth: boolean };
  HealthCheckId?: string;
  Region?: string;
  Failover?: string;
}

export interface Change {
  Action: "CREATE" | "DELETE" | "UPSERT";
  ResourceRecordSet: StoredRecord;
}

export interface ChangeInfo {
  Id: string;
  Status: "PENDING" | "INSYNC";
  SubmittedAt: string;
  Comment?: string;
}

/** Something every name server of the zone reads its answers from. */
export interface Carrier {
  /** The zone as change `serial` left it; a server never goes back to an older serial. */
  carry(records: StoredRecord[], serial: number): void;
}

export interface Propagation {
  /** From a change's acceptance to INSYNC, in real ms; each name server takes it at its own moment before. */
  syncMs: number;
  /** Held PENDING until this is cleared (a change that takes far longer than the usual 60 s). */
  holdPending?: boolean;
}

const NAME_CHARS = /^[a-z0-9_*.-]+\.$/;

/** ListResourceRecordSets "sorts results first by DNS name with the labels reversed", then by type. */
function sortKey(r: StoredRecord): string {
  return `${r.Name.split(".").reverse().join(".")} ${r.Type} ${r.SetIdentifier ?? ""}`;
}

function same(a: StoredRecord, b: StoredRecord): boolean {
  return a.Name === b.Name && a.Type === b.Type && (a.SetIdentifier ?? "") === (b.SetIdentifier ?? "");
}

export class HostedZone {
  readonly id: string;
  readonly name: string;
  records: StoredRecord[];
  readonly changes = new Map<string, ChangeInfo>();
  readonly nameServers: string[];
  readonly propagation: Propagation;
  readonly #carriers: Carrier[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  #serial = 1;

  constructor(id: string, name: string, nameServers: string[], records: StoredRecord[], propagation: Propagation) {
    this.id = id;
    this.name = name;
    this.nameServers = nameServers;
    this.records = records.map((r) => structuredClone(r));
    this.propagation = propagation;
  }

  attach(carriers: Carrier[]): void {
    this.#carriers.push(...carriers);
    for (const c of carriers) c.carry(this.records, this.#serial);
  }

  sorted(): StoredRecord[] {
    return [...this.records].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  }

  /**
   * ChangeResourceRecordSets: "Changes are a list of change items and are considered
   * transactional": every change is checked against the zone as the batch leaves it, and one
   * failure (InvalidChangeBatch, with a message per error) applies none of them.
   */
  apply(changes: Change[], comment?: string): ChangeInfo {
    const next = this.records.map((r) => structuredClone(r));
    const messages: string[] = [];
    for (const change of changes) {
      const message = this.#applyOne(next, change);
      if (message) messages.push(message);
    }
    if (messages.length) throw new AwsFault("InvalidChangeBatch", messages.join("; "));
    this.records = next;
    const info: ChangeInfo = {
      Id: `/change/C${randomBytes(10).toString("hex").toUpperCase()}`,
      Status: "PENDING",
      SubmittedAt: new Date().toISOString(),
      ...(comment ? { Comment: comment } : {}),
    };
    this.changes.set(info.Id, info);
    this.#serial += 1;
    this.#propagate(info, next, this.#serial);
    return info;
  }

  #applyOne(next: StoredRecord[], change: Change): string | undefined {
    const r = change.ResourceRecordSet;
    const shown = `[${r.Name.replace(/\.$/, "")}.] Type='${r.Type}' SetIdentifier='${r.SetIdentifier ?? ""}'`;
    if (!NAME_CHARS.test(r.Name))
      return `Invalid Resource Record: FATAL problem: DomainLabelEmpty (Domain label is empty) encountered with '${r.Name}'`;
    if (!r.Name.endsWith(`${this.name}`)) return `RRSet with DNS name ${r.Name} is not permitted in zone ${this.name}`;
    // ResourceRecordSet: "You can't specify both TTL and AliasTarget"; a non-alias record needs both TTL and values.
    if (r.AliasTarget && r.TTL !== undefined)
      return `Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords]], but found more than one in Change with [Action=${change.Action}, Name=${r.Name}, Type=${r.Type}, SetIdentifier=${r.SetIdentifier ?? ""}]`;
    if (!r.AliasTarget && (r.TTL === undefined || !r.ResourceRecords?.length))
      return `Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords]], but found none in Change with [Action=${change.Action}, Name=${r.Name}, Type=${r.Type}]`;
    // Weight: "an integer between 0 and 255".
    if (r.Weight !== undefined && (!Number.isInteger(r.Weight) || r.Weight < 0 || r.Weight > 255))
      return `Invalid request: Weight must be between 0 and 255 for ${shown}`;
    const at = next.findIndex((x) => same(x, r));
    if (change.Action === "CREATE" && at >= 0) return `Tried to create resource record set ${shown} but it already exists`;
    if (change.Action === "DELETE") {
      if (at < 0 || JSON.stringify(next[at]) !== JSON.stringify(r))
        return `Tried to delete resource record set ${shown} but it was not found`;
      next.splice(at, 1);
      return undefined;
    }
    // A simple record and a weighted one can't share a name and type ("Choosing a routing policy").
    const conflicting = next.find(
      (x) =>
        x.Name === r.Name &&
        x.Type === r.Type &&
        !same(x, r) &&
        (x.SetIdentifier === undefined) !== (r.SetIdentifier === undefined),
    );
    if (conflicting)
      return `RRSet of type ${r.Type} with DNS name ${r.Name} is not permitted because a conflicting RRSet of type ${r.Type} with the same DNS name already exists in zone ${this.name}`;
    // A CNAME can't share its name with any other type (RFC 1034 §3.6.2, enforced by Route 53).
    const cname = next.find((x) => x.Name === r.Name && (x.Type === "CNAME") !== (r.Type === "CNAME"));
    if (cname)
      return `RRSet of type ${r.Type} with DNS name ${r.Name} is not permitted as it conflicts with other records with the same DNS name in zone ${this.name}`;
    if (at >= 0) next[at] = structuredClone(r);
    else next.push(structuredClone(r));
    return undefined;
  }

  /** Each name server takes the zone as this change left it at its own moment before INSYNC. */
  #propagate(info: ChangeInfo, records: StoredRecord[], serial: number): void {
    const { syncMs } = this.propagation;
    for (const carrier of this.#carriers) this.#after(Math.random() * syncMs * 0.9, () => carrier.carry(records, serial));
    this.#after(syncMs, () => this.#insync(info));
  }

  #insync(info: ChangeInfo): void {
    if (this.propagation.holdPending) {
      this.#after(100, () => this.#insync(info));
      return;
    }
    info.Status = "INSYNC";
  }

  #after(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      work();
    }, ms);
    this.#timers.add(timer);
  }

  /** Back to a known zone at once, on every name server: for tests between cases. */
  reset(records: StoredRecord[]): void {
    this.stop();
    this.changes.clear();
    this.records = records.map((r) => structuredClone(r));
    this.#serial += 1;
    for (const c of this.#carriers) c.carry(this.records, this.#serial);
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
