// One of the zone's four authoritative name servers: a real DNS server (dns2, UDP) on its own
// loopback address. It answers from the zone as the last change it carried left it, and draws a
// weighted record per query as Route 53 does ("Weighted routing", Developer Guide: a record's
// share is its weight over the sum; weight 0 is never answered unless every record is 0).
import dns2 from "dns2";
import type { Carrier, StoredRecord } from "./hosted-zone.ts";

const { Packet } = dns2;
const TYPES: Record<number, string> = { 1: "A", 5: "CNAME", 16: "TXT", 28: "AAAA", 2: "NS", 6: "SOA" };
const RCODE_NXDOMAIN = 3;

export class NameServer implements Carrier {
  readonly name: string;
  readonly address: string;
  readonly zone: string;
  /** Stops answering: a name server that is down. */
  down = false;
  /** Keeps answering from the zone as it was, holding back changes until `release()`: a name server that lags. */
  held = false;
  #pending?: { records: StoredRecord[]; serial: number };
  queries = 0;
  #records: StoredRecord[] = [];
  #serial = 0;
  readonly #all: () => string[];
  #server?: dns2.UDPServer;

  constructor(name: string, address: string, zone: string, all: () => string[]) {
    this.name = name;
    this.address = address;
    this.zone = zone;
    this.#all = all;
  }

  /** The zone as this server answers it now. */
  snapshot(): StoredRecord[] {
    return this.#records;
  }

  carry(records: StoredRecord[], serial: number): void {
    if (this.held) {
      if (serial > (this.#pending?.serial ?? 0)) this.#pending = { records: records.map((r) => structuredClone(r)), serial };
      return;
    }
    if (serial < this.#serial) return;
    this.#serial = serial;
    this.#records = records.map((r) => structuredClone(r));
  }

  /** Takes the changes held back, at once. */
  release(): void {
    this.held = false;
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.carry(pending.records, pending.serial);
  }

  async listen(port: number): Promise<number> {
    const server = dns2.createUDPServer((request, send) => {
      if (this.down) return;
      this.queries += 1;
      void send(this.#answer(request));
    });
    await server.listen(port, this.address);
    this.#server = server;
    return server.address().port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  #answer(request: dns2.Packet): dns2.Packet {
    const response = Packet.createResponseFromRequest(request);
    response.header.aa = 1;
    const question = request.questions[0];
    if (!question) return response;
    const name = `${question.name.toLowerCase()}.`;
    const type = TYPES[question.type] ?? "";
    if (!name.endsWith(this.zone)) {
      response.header.rcode = 5; // REFUSED: not this server's zone.
      return response;
    }
    if (name === this.zone && type === "NS") {
      for (const ns of this.#all())
        response.answers.push(rr({ name: question.name, type: Packet.TYPE.NS, class: Packet.CLASS.IN, ttl: 172800, ns }));
      return response;
    }
    const sets = this.#records.filter((r) => r.Name === name);
    const typed = sets.filter((r) => r.Type === type || (r.Type === "CNAME" && type !== "CNAME"));
    const chosen = pick(typed);
    if (chosen) {
      for (const value of chosen.ResourceRecords ?? []) response.answers.push(resource(question.name, chosen, value));
      return response;
    }
    // NXDOMAIN when the name has no records at all, NODATA otherwise; both carry the SOA, whose
    // minimum a resolver caches the negative answer for (RFC 2308).
    if (sets.length === 0 && name !== this.zone) response.header.rcode = RCODE_NXDOMAIN;
    response.authorities.push(
      rr({
        name: this.zone.slice(0, -1),
        type: Packet.TYPE.SOA,
        class: Packet.CLASS.IN,
        ttl: 900,
        primary: this.#all()[0],
        admin: "awsdns-hostmaster.amazon.com",
        serial: 1,
        refresh: 7200,
        retry: 900,
        expiration: 1209600,
        minimum: 86400,
      }),
    );
    return response;
  }
}

/** One record of a weighted set, drawn by weight; all at 0 are drawn alike. A simple record is itself. */
function pick(sets: StoredRecord[]): StoredRecord | undefined {
  if (sets.length <= 1) return sets[0];
  const total = sets.reduce((sum, r) => sum + (r.Weight ?? 0), 0);
  if (total === 0) return sets[Math.floor(Math.random() * sets.length)];
  let draw = Math.random() * total;
  for (const r of sets) {
    draw -= r.Weight ?? 0;
    if (draw < 0) return r;
  }
  return sets.at(-1);
}

/** A resource as dns2 serialises it: its fields by type; dns2 adds the wire form. */
function rr(fields: object): dns2.Packet.Resource {
  return fields as dns2.Packet.Resource;
}

function resource(name: string, r: StoredRecord, value: string): dns2.Packet.Resource {
  const base = { name, class: Packet.CLASS.IN, ttl: r.TTL ?? 60 };
  if (r.Type === "A") return rr({ ...base, type: Packet.TYPE.A, address: value });
  if (r.Type === "AAAA") return rr({ ...base, type: Packet.TYPE.AAAA, address: value });
  if (r.Type === "CNAME") return rr({ ...base, type: Packet.TYPE.CNAME, domain: value.replace(/\.$/, "") });
  return rr({ ...base, type: Packet.TYPE.TXT, data: value.replace(/^"|"$/g, "") });
}
