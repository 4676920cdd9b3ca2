// A constant-rate load generator: open loop (it does not wait for answers before sending the
// next request), so a slow or stalled color shows up as latency and errors, not as less load.
import { Agent, request } from "node:http";
import { INJECTED_HEADER } from "./apps/app.ts";
import { stalledMs } from "./stalls.ts";

export interface LoadRecord {
  /** Milliseconds since the epoch when the request was sent. */
  at: number;
  status: number;
  version: string;
  latencyMs: number;
  /** A 5xx the sandbox injected on purpose. */
  injected: boolean;
  error?: string;
  /** Sent again on a new connection after the first one was closed before any answer (see LoadOptions). */
  retried?: boolean;
}

export interface LoadOptions {
  /** Headers on every request: a stickiness cookie, say, to play one returning client. */
  headers?: Record<string, string>;
  /**
   * Send a request again, once and on a new connection, when its connection was closed before any
   * answer came, as browsers do for idempotent requests (RFC 9112 §9.3.1 allows it; Node's
   * `request.reusedSocket` docs show it). A graceful nginx reload closes the old workers' idle
   * connections: kept-alive ones, and freshly accepted ones whose request had not arrived yet.
   */
  retryClosedConnections?: boolean;
  /**
   * false opens a connection per request, as many short-lived clients do: what an L4 proxy such as
   * kube-proxy routes anew, where a kept-alive connection stays where it landed.
   */
  keepAlive?: boolean;
}

export interface LoadSummary {
  requests: number;
  failedRequests: number;
  injectedErrors: number;
  versions: Record<string, number>;
  p95LatencyMs: number;
}

export function isFailure(r: LoadRecord): boolean {
  return r.error !== undefined || (r.status >= 500 && !r.injected);
}

export function summarize(records: LoadRecord[]): LoadSummary {
  const versions: Record<string, number> = {};
  for (const r of records) versions[r.version || "none"] = (versions[r.version || "none"] ?? 0) + 1;
  const latencies = records.map((r) => r.latencyMs).sort((a, b) => a - b);
  return {
    requests: records.length,
    failedRequests: records.filter(isFailure).length,
    injectedErrors: records.filter((r) => r.injected).length,
    versions,
    p95LatencyMs: Math.round(latencies[Math.max(0, Math.ceil(latencies.length * 0.95) - 1)] ?? 0),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The share of each version per time bucket: what a person reads to see traffic move. */
export function versionTimeline(
  records: LoadRecord[],
  bucketMs: number,
  from = records[0]?.at ?? 0,
): { t: number; mix: Record<string, number> }[] {
  const buckets = new Map<number, Record<string, number>>();
  for (const r of records) {
    const t = Math.floor((r.at - from) / bucketMs) * bucketMs;
    const mix = buckets.get(t) ?? {};
    const key = r.error ? "error" : r.status >= 500 ? `${r.status}` : r.version || "none";
    mix[key] = (mix[key] ?? 0) + 1;
    buckets.set(t, mix);
  }
  return [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([t, mix]) => ({ t, mix }));
}

/** When the last answer not from `version` (or failed) was sent, after `since`; `since` if none. */
/** The last request sent from `since` (and before `until`) that was not answered by `version`. */
export function lastNotFrom(records: LoadRecord[], version: string, since: number, until = Number.POSITIVE_INFINITY): number {
  let last = since;
  for (const r of records)
    if (r.at >= since && r.at < until && (r.version !== version || r.status >= 500 || r.error)) last = Math.max(last, r.at);
  return last;
}

/** How long a request may go unanswered while this process runs: past it, the request failed. */
const TIMEOUT_MS = 10_000;

export class LoadGenerator {
  readonly records: LoadRecord[] = [];
  readonly #url: URL;
  readonly #rate: number;
  readonly #agent: Agent;
  readonly #pending = new Set<Promise<void>>();
  #timer?: NodeJS.Timeout;
  #sent = 0;
  #started = 0;

  readonly #headers: Record<string, string>;
  readonly #retry: boolean;

  /** `headers` go on every request: a stickiness cookie, say, to play one returning client. */
  constructor(url: string, ratePerSecond: number, headers: Record<string, string> = {}, options: LoadOptions = {}) {
    this.#agent = new Agent({ keepAlive: options.keepAlive ?? true, maxSockets: 128 });
    this.#url = new URL(url);
    this.#rate = ratePerSecond;
    this.#headers = { ...headers, ...options.headers };
    this.#retry = options.retryClosedConnections ?? false;
  }

  start(): this {
    // The schedule runs on the monotonic clock, and what falls more than a second behind (the
    // process stood still) is not sent: clients that could not send do not all send at once after.
    // Catching up once sent 11,044 requests in one burst, and every one of them timed out.
    this.#started = performance.now();
    this.#timer = setInterval(() => {
      const due = Math.floor(((performance.now() - this.#started) / 1000) * this.#rate);
      this.#sent = Math.max(this.#sent, due - Math.ceil(this.#rate));
      while (this.#sent < due) {
        this.#sent += 1;
        const p = this.#one().finally(() => this.#pending.delete(p));
        this.#pending.add(p);
      }
    }, 5);
    return this;
  }

  /** Stops sending and waits for the answers still on their way. */
  async stop(): Promise<LoadRecord[]> {
    clearInterval(this.#timer);
    await Promise.all([...this.#pending]);
    this.#agent.destroy();
    return this.records.sort((a, b) => a.at - b.at);
  }

  #one(at = Date.now(), started = performance.now(), retried = false): Promise<void> {
    return new Promise((resolve) => {
      const req = request(this.#url, { agent: retried ? false : this.#agent, headers: this.#headers }, (res) => {
        res.resume();
        res.on("end", () => {
          this.records.push({
            at,
            status: res.statusCode ?? 0,
            version: String(res.headers["x-app-version"] ?? ""),
            latencyMs: performance.now() - started,
            injected: res.headers[INJECTED_HEADER] === "injected",
            ...(retried ? { retried } : {}),
          });
          resolve();
        });
        // Cut off mid-answer (the deadline below): a failure like any other.
        res.on("error", (error) => {
          this.records.push({
            at,
            status: 0,
            version: "",
            latencyMs: performance.now() - started,
            injected: false,
            error: error.message,
          });
          resolve();
        });
      });
      // Unanswered for TIMEOUT_MS of the time this process ran (and at most 3 times that in all).
      const stalledBefore = stalledMs();
      const deadline = setInterval(() => {
        const waited = performance.now() - started;
        const ran = waited - (stalledMs() - stalledBefore);
        if (ran >= TIMEOUT_MS || waited >= 3 * TIMEOUT_MS) req.destroy(new Error("timeout"));
      }, 250);
      req.on("close", () => clearInterval(deadline));
      let answered = false;
      req.on("response", () => {
        answered = true;
      });
      req.on("error", (error) => {
        const reset = (error as NodeJS.ErrnoException).code === "ECONNRESET";
        if (this.#retry && reset && !retried && !answered) {
          resolve(this.#one(at, started, true));
          return;
        }
        this.records.push({
          at,
          status: 0,
          version: "",
          latencyMs: performance.now() - started,
          injected: false,
          error: error.message,
        });
        resolve();
      });
      req.end();
    });
  }
}
