import * as http from "node:http";
import * as https from "node:https";
import type { Outcome } from "./stats.ts";

export interface ProbeRequest {
  url: URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ProbeOptions {
  timeoutMs: number;
  /** Extra attempts after a failed one (connection error, timeout, 5xx), with doubling backoff. */
  retries: number;
  retryBackoffMs: number;
  /** Sent as the Host header, for host-based listener rules. */
  hostHeader?: string;
  /** Accept a self-signed certificate, as a test listener often has. */
  insecureTls: boolean;
  /** Open connections at most; requests beyond wait for a free one. */
  concurrency: number;
  headers: Record<string, string>;
}

export interface ProbeResponse extends Outcome {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  attempts: number;
  error?: string;
}

export const DEFAULT_PROBE_OPTIONS: ProbeOptions = {
  timeoutMs: 5_000,
  retries: 0,
  retryBackoffMs: 200,
  insecureTls: false,
  concurrency: 8,
  headers: {},
};

const MAX_BODY = 1024 * 1024;

/**
 * The one HTTP engine behind every probe: pooled keep-alive connections, a timeout per request,
 * retries with backoff where asked for, and bounded concurrency through the pool size.
 */
export class Prober {
  readonly options: ProbeOptions;
  readonly #http: http.Agent;
  readonly #https: https.Agent;

  constructor(options: Partial<ProbeOptions> = {}) {
    this.options = { ...DEFAULT_PROBE_OPTIONS, ...options };
    const pool = { keepAlive: true, maxSockets: this.options.concurrency };
    this.#http = new http.Agent(pool);
    this.#https = new https.Agent({ ...pool, rejectUnauthorized: !this.options.insecureTls });
  }

  async send(request: ProbeRequest, readBody = false): Promise<ProbeResponse> {
    let attempt = 0;
    for (;;) {
      attempt += 1;
      const response = await this.#once(request, readBody);
      if (!response.failed || attempt > this.options.retries) return { ...response, attempts: attempt };
      await new Promise((resolve) => setTimeout(resolve, this.options.retryBackoffMs * 2 ** (attempt - 1)));
    }
  }

  close(): void {
    this.#http.destroy();
    this.#https.destroy();
  }

  #once(request: ProbeRequest, readBody: boolean): Promise<ProbeResponse> {
    const { url } = request;
    const started = performance.now();
    const secure = url.protocol === "https:";
    const headers = {
      ...this.options.headers,
      ...request.headers,
      ...(this.options.hostHeader ? { host: this.options.hostHeader } : {}),
    };
    return new Promise((resolve) => {
      const done = (r: Omit<ProbeResponse, "attempts" | "latencyMs" | "url">) =>
        resolve({ ...r, url: url.href, latencyMs: performance.now() - started, attempts: 1 });
      const req = (secure ? https : http).request(
        url,
        {
          method: request.method ?? "GET",
          headers,
          agent: secure ? this.#https : this.#http,
          timeout: this.options.timeoutMs,
          ...(secure && this.options.hostHeader ? { servername: this.options.hostHeader.split(":")[0] } : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on("data", (chunk: Buffer) => {
            if (readBody && size < MAX_BODY) chunks.push(chunk);
            size += chunk.length;
          });
          res.on("end", () => {
            const status = res.statusCode ?? 0;
            done({ status, failed: status >= 500, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
          });
          res.on("error", (error) => done({ status: 0, failed: true, headers: {}, body: "", error: error.message }));
        },
      );
      req.on("timeout", () => req.destroy(new Error(`timed out after ${this.options.timeoutMs} ms`)));
      req.on("error", (error) => done({ status: 0, failed: true, headers: {}, body: "", error: error.message }));
      req.end(request.body);
    });
  }
}
