// A constant-rate load generator: open loop (it does not wait for answers before sending the
// next request), so a slow or stalled color shows up as latency and errors, not as less load.
import { Agent, request } from "node:http";
import { INJECTED_HEADER } from "./apps/app.ts";

export interface LoadRecord {
  /** Milliseconds since the epoch when the request was sent. */
  at: number;
  status: number;
  version: string;
  latencyMs: number;
  /** A 5xx the sandbox injected on purpose. */
  injected: boolean;
  error?: string;
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
export function lastNotFrom(records: LoadRecord[], version: string, since: number): number {
  let last = since;
  for (const r of records)
    if (r.at >= since && (r.version !== version || r.status >= 500 || r.error)) last = Math.max(last, r.at);
  return last;
}

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

  /**
   * `headers` go on every request: a stickiness cookie, say, to play one returning client.
   * `keepAlive: false` opens a connection per request, as many short-lived clients do: what an L4
   * proxy such as kube-proxy routes anew, where a kept-alive connection stays where it landed.
   */
  constructor(url: string, ratePerSecond: number, headers: Record<string, string> = {}, options: { keepAlive?: boolean } = {}) {
    this.#agent = new Agent({ keepAlive: options.keepAlive ?? true, maxSockets: 128 });
    this.#url = new URL(url);
    this.#rate = ratePerSecond;
    this.#headers = headers;
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

  /** Stops sending and waits for the answers still on their way. */
  async stop(): Promise<LoadRecord[]> {
    clearInterval(this.#timer);
    await Promise.all([...this.#pending]);
    this.#agent.destroy();
    return this.records.sort((a, b) => a.at - b.at);
  }

  #one(): Promise<void> {
    const at = Date.now();
    const started = performance.now();
    return new Promise((resolve) => {
      const req = request(this.#url, { agent: this.#agent, timeout: 10_000, headers: this.#headers }, (res) => {
        res.resume();
        res.on("end", () => {
          this.records.push({
            at,
            status: res.statusCode ?? 0,
            version: String(res.headers["x-app-version"] ?? ""),
            latencyMs: performance.now() - started,
            injected: res.headers[INJECTED_HEADER] === "injected",
          });
          resolve();
        });
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => {
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
