// Load through DNS: an open-loop generator whose every new connection asks the caching resolver
// for the record, and whose connections are kept alive and reused, as a browser or an HTTP client
// pool does. A connection is closed after `maxConnectionAgeMs` (clients' pools bound a
// connection's life), so the kept-alive tail is finite and measured beside the TTL tail.
import { Resolver } from "node:dns/promises";
import { Agent, request } from "node:http";
import type { LookupFunction, Socket } from "node:net";

export interface DnsLoadRecord {
  at: number;
  status: number;
  version: string;
  error?: string;
  /** Sent on a connection opened for it, after its own DNS lookup. */
  fresh: boolean;
  /** When the connection it went on was opened (and resolved). */
  connectedAt: number;
}

export function resolverLookup(resolver: string): LookupFunction {
  return (hostname, options, callback) => {
    const dns = new Resolver({ timeout: 2_000, tries: 2 });
    dns.setServers([resolver]);
    dns.resolve4(hostname).then(
      (addresses) => {
        const address = addresses[Math.floor(Math.random() * addresses.length)] as string;
        if ((options as { all?: boolean }).all)
          (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family: 4 }]);
        else callback(null, address, 4);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 4),
    );
  };
}

export class DnsLoad {
  readonly records: DnsLoadRecord[] = [];
  readonly #url: URL;
  readonly #rate: number;
  readonly #agent: Agent;
  readonly #maxAgeMs: number;
  readonly #pending = new Set<Promise<void>>();
  readonly #opened = new WeakMap<Socket, number>();
  #timer?: NodeJS.Timeout;
  #sent = 0;
  #started = 0;

  constructor(url: string, resolver: string, ratePerSecond: number, maxConnectionAgeMs = 1_000) {
    this.#url = new URL(url);
    this.#rate = ratePerSecond;
    this.#maxAgeMs = maxConnectionAgeMs;
    this.#agent = new Agent({ keepAlive: true, maxSockets: 16, lookup: resolverLookup(resolver) });
  }

  start(): this {
    this.#started = Date.now();
    this.#timer = setInterval(() => {
      const due = Math.floor(((Date.now() - this.#started) / 1000) * this.#rate);
      while (this.#sent < due) {
        this.#sent += 1;
        const p = this.#one().finally(() => this.#pending.delete(p));
        this.#pending.add(p);
      }
    }, 5);
    return this;
  }

  async stop(): Promise<DnsLoadRecord[]> {
    clearInterval(this.#timer);
    await Promise.all([...this.#pending]);
    this.#agent.destroy();
    return this.records.sort((a, b) => a.at - b.at);
  }

  #one(): Promise<void> {
    const at = Date.now();
    return new Promise((resolve) => {
      const req = request(this.#url, { agent: this.#agent, timeout: 10_000 }, (res) => {
        res.resume();
        res.on("end", () => {
          const socket = req.socket as Socket;
          const connectedAt = this.#opened.get(socket) ?? at;
          this.records.push({
            at,
            status: res.statusCode ?? 0,
            version: String(res.headers["x-app-version"] ?? ""),
            fresh: !req.reusedSocket,
            connectedAt,
          });
          if (Date.now() - connectedAt > this.#maxAgeMs) socket.destroySoon();
          resolve();
        });
      });
      req.on("socket", (socket: Socket) => {
        if (!this.#opened.has(socket)) this.#opened.set(socket, Date.now());
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => {
        this.records.push({ at, status: 0, version: "", error: error.message, fresh: !req.reusedSocket, connectedAt: at });
        resolve();
      });
      req.end();
    });
  }
}

/** Requests that failed: no answer, or a 5xx. */
export function failures(records: DnsLoadRecord[]): DnsLoadRecord[] {
  return records.filter((r) => r.error !== undefined || r.status >= 500);
}

/** The DNS tail: from `since`, how long until no new connection lands on `oldVersion`; and the kept-alive tail after it. */
export function tails(records: DnsLoadRecord[], oldVersion: string, since: number): { dnsMs: number; keptAliveMs: number } {
  const old = records.filter((r) => r.version === oldVersion && r.at >= since);
  const lastFresh = Math.max(since, ...old.filter((r) => r.fresh).map((r) => r.at));
  const last = Math.max(since, ...old.map((r) => r.at));
  return { dnsMs: lastFresh - since, keptAliveMs: last - since };
}
