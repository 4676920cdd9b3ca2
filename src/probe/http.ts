import type * as http from "node:http";
import type * as https from "node:https";
import { formatDuration } from "../core/durations.ts";
import { sleep } from "../core/time.ts";
import { shownUrl } from "../core/urls.ts";
import type { Outcome } from "./stats.ts";

export interface ProbeRequest {
  url: URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ProbeOptions {
  /** Deadline of the whole exchange: connecting, headers and body. */
  timeoutMs: number;
  /** Extra attempts after a failed one (connection error, timeout, 5xx), with doubling backoff. */
  retries: number;
  retryBackoffMs: number;
  /** Sent as the Host header, for routes that match on the host. */
  hostHeader?: string;
  /** Accept a self-signed certificate, as a test route often has. */
  insecureTls: boolean;
  /** Open connections at most; requests beyond wait for a free one. */
  concurrency: number;
  headers: Record<string, string>;
  /**
   * The origins that get `headers` and the Host header: the standby's, and those the user names.
   * Undefined: every request's (a prober of one URL the user gave).
   */
  credentialOrigins?: string[];
}

export interface SendOptions {
  /** Keep the body (its first MiB) for judging; otherwise it is read and dropped. */
  readBody?: boolean;
  /** Ends the exchange at once: a cancelled run does not wait for a slow answer. */
  signal?: AbortSignal;
  /** A shorter deadline than the prober's, for a wait whose own time is running out. */
  timeoutMs?: number;
}

export interface ProbeResponse extends Outcome {
  /** The URL with any user:password shown as ***. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  attempts: number;
  error?: string;
  /** The deadline passed before the whole answer came. */
  timedOut?: boolean;
}

export const DEFAULT_PROBE_OPTIONS: ProbeOptions = {
  timeoutMs: 5_000,
  retries: 0,
  retryBackoffMs: 200,
  insecureTls: false,
  concurrency: 8,
  headers: {},
};

/** Of a body, what is kept for judging. */
const KEPT_BODY = 1024 * 1024;
/** Past this a body is not read on: a probe must not spend minutes or gigabytes on one answer. */
export const MAX_BODY = 16 * 1024 * 1024;

type Answer = Omit<ProbeResponse, "attempts" | "latencyMs" | "url">;

function failure(error: string): Answer {
  return { status: 0, failed: true, headers: {}, body: "", error };
}

/** node:http and node:https cost a step a tenth of a second to load: only a step that probes loads them. */
const load = { http: () => process.getBuiltinModule("node:http"), https: () => process.getBuiltinModule("node:https") };

/**
 * The one HTTP engine behind every probe: pooled keep-alive connections, a deadline and a size
 * cap for each whole exchange, retries with backoff where asked for, and bounded concurrency
 * through the pool size. A slow or endless answer is a failed sample, never a hang.
 */
export class Prober {
  readonly options: ProbeOptions;
  readonly #http: http.Agent;
  readonly #https: https.Agent;
  /** The headers every request sends; the Host header, when set, wins over a request's own. */
  readonly #headers: Record<string, string>;
  readonly #host: Record<string, string>;

  constructor(options: Partial<ProbeOptions> = {}) {
    this.options = { ...DEFAULT_PROBE_OPTIONS, ...options };
    this.#host = this.options.hostHeader ? { host: this.options.hostHeader } : {};
    this.#headers = { ...this.options.headers, ...this.#host };
    const pool = { keepAlive: true, maxSockets: this.options.concurrency };
    this.#http = new (load.http().Agent)(pool);
    this.#https = new (load.https().Agent)({ ...pool, rejectUnauthorized: !this.options.insecureTls });
  }

  async send(request: ProbeRequest, options: SendOptions = {}): Promise<ProbeResponse> {
    let attempt = 0;
    for (;;) {
      attempt += 1;
      const response = await this.#once(request, options);
      if (!response.failed || attempt > this.options.retries || options.signal?.aborted)
        return { ...response, attempts: attempt };
      await sleep(this.options.retryBackoffMs * 2 ** (attempt - 1), options.signal);
    }
  }

  close(): void {
    this.#http.destroy();
    this.#https.destroy();
  }

  #once(request: ProbeRequest, options: SendOptions): Promise<ProbeResponse> {
    const { url } = request;
    const started = performance.now();
    const secure = url.protocol === "https:";
    const timeoutMs = Math.min(options.timeoutMs ?? this.options.timeoutMs, this.options.timeoutMs);
    const own = this.options.credentialOrigins?.includes(url.origin) ?? true;
    const base = own ? this.#headers : {};
    const headers = request.headers ? { ...base, ...request.headers, ...(own ? this.#host : {}) } : base;
    return new Promise((resolve) => {
      let req: http.ClientRequest | undefined;
      let settled = false;
      const done = (answer: Answer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", cancel);
        resolve({ ...answer, url: shownUrl(url), latencyMs: performance.now() - started, attempts: 1 });
      };
      const stop = (error: string, timedOut = false) => {
        done({ ...failure(error), ...(timedOut ? { timedOut } : {}) });
        req?.destroy();
      };
      const timer = setTimeout(() => stop(`no whole answer within ${formatDuration(timeoutMs)}`, true), timeoutMs);
      const cancel = () => stop("cancelled");
      if (options.signal?.aborted) return cancel();
      options.signal?.addEventListener("abort", cancel, { once: true });
      try {
        req = (secure ? load.https() : load.http()).request(
          url,
          {
            method: request.method ?? "GET",
            headers,
            agent: secure ? this.#https : this.#http,
            ...(secure && this.options.hostHeader ? { servername: this.options.hostHeader.split(":")[0] } : {}),
          },
          (res) => this.#read(res, Boolean(options.readBody), done, stop),
        );
      } catch (error) {
        // Node refuses a header it could not send; inputs are checked before, so this is a last guard.
        return stop(`the request could not be sent: ${(error as Error).message}`);
      }
      req.on("error", (error) => stop(error.message));
      req.end(request.body);
    });
  }

  #read(res: http.IncomingMessage, readBody: boolean, done: (a: Answer) => void, stop: (error: string) => void): void {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("data", (chunk: Buffer) => {
      if (readBody && size < KEPT_BODY) chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_BODY) stop(`the body is larger than ${MAX_BODY / 1024 / 1024} MiB; reading stopped there`);
    });
    res.on("end", () => {
      const status = res.statusCode ?? 0;
      done({ status, failed: status >= 500, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
    });
    res.on("error", (error) => stop(error.message));
  }
}
