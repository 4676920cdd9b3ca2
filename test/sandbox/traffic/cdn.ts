// A CloudFront-like cache in front of the production listener: it honours Cache-Control, applies
// the default TTL without it, caches errors for the error caching minimum TTL, and an invalidation
// clears the matching paths when it completes. Its TTLs are real seconds, as max-age always was here:
// the sandbox's time scale shrinks AWS-side periods, not what an origin's headers say.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { closeServer, listenLocal } from "../serve.ts";

interface Entry {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  storedAt: number;
  maxAgeMs: number;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "set-cookie"]);

/**
 * "Managing how long content stays in the cache (expiration)": without max-age or s-maxage the
 * object stays for the distribution's default TTL (CachePolicyConfig.DefaultTTL, CloudFront API
 * reference: 86400 s unless set otherwise); a header value is
 * capped at the maximum TTL, 31536000 s. The sandbox's distribution keeps the minimum TTL at 0, so
 * no-store, no-cache and private are honoured for a 200.
 */
export const DEFAULT_TTL_SECONDS = 86_400;
const MAX_TTL_SECONDS = 31_536_000;
/** "Control how long CloudFront caches errors": error responses stay 10 s by default. */
export const ERROR_CACHING_MIN_TTL_SECONDS = 10;
/**
 * "How CloudFront processes HTTP 4xx and 5xx status codes from your origin", the codes it caches:
 * these always; 400, 403, 405, 412 and 415 only when the origin sends max-age or s-maxage.
 */
const CACHED_ERRORS = new Set([404, 410, 414, 500, 501, 502, 503, 504]);
const CACHED_ERRORS_WITH_MAX_AGE = new Set([400, 403, 405, 412, 415]);
/** "Control how long CloudFront caches errors": only these honour no-store, no-cache and private. */
const ERRORS_HONOURING_NO_STORE = new Set([404, 410, 414, 501]);

function headerTtl(cacheControl: string): number | undefined {
  const match = /\bs-maxage=(\d+)/.exec(cacheControl) ?? /\bmax-age=(\d+)/.exec(cacheControl);
  return match ? Math.min(Number(match[1]), MAX_TTL_SECONDS) : undefined;
}

/** How long the edge keeps an origin answer, in seconds; undefined when it does not keep it. */
export function cacheSeconds(status: number, cacheControl: string): number | undefined {
  const noStore = /\b(no-store|private|no-cache)\b/.test(cacheControl);
  const ttl = headerTtl(cacheControl);
  if (status === 200) return noStore ? undefined : (ttl ?? DEFAULT_TTL_SECONDS);
  const cached = CACHED_ERRORS.has(status) || (CACHED_ERRORS_WITH_MAX_AGE.has(status) && ttl !== undefined);
  if (!cached || (noStore && ERRORS_HONOURING_NO_STORE.has(status))) return undefined;
  // With max-age or s-maxage, the greater of the header and the error caching minimum TTL.
  return Math.max(ttl ?? 0, ERROR_CACHING_MIN_TTL_SECONDS);
}

/**
 * The edge caches by path and query string, as a cache policy that forwards query strings does; an
 * invalidation path matches that whole key, `*` only at the end ("Invalidate files": include the
 * query string to invalidate such an object, or end the path with * for every variant).
 */
export function invalidationCovers(pattern: string, key: string): boolean {
  return pattern.endsWith("*") ? key.startsWith(pattern.slice(0, -1)) : key === pattern;
}

export class CdnCache {
  readonly #origin: string;
  readonly #entries = new Map<string, Entry>();
  readonly #server: Server;
  hits = 0;
  misses = 0;
  /** The edge's clock: a test moves it forward to see an entry expire without waiting. */
  now: () => number = Date.now;

  constructor(origin: string) {
    this.#origin = origin;
    this.#server = createServer((req, res) => {
      this.#serve(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(502, { "x-cache": "Error from cloudfront" });
        res.end();
      });
    });
    this.#server.keepAliveTimeout = 30_000;
  }

  listen(): Promise<string> {
    return listenLocal(this.#server);
  }

  close(): Promise<void> {
    return closeServer(this.#server);
  }

  invalidate(paths: string[]): number {
    let cleared = 0;
    for (const key of [...this.#entries.keys()]) {
      if (paths.some((p) => invalidationCovers(p, key))) {
        this.#entries.delete(key);
        cleared += 1;
      }
    }
    return cleared;
  }

  clear(): void {
    this.#entries.clear();
  }

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = req.url ?? "/";
    const cacheable = req.method === "GET" || req.method === "HEAD";
    const cached = cacheable ? this.#entries.get(key) : undefined;
    if (cached && this.now() - cached.storedAt < cached.maxAgeMs) {
      this.hits += 1;
      const age = Math.floor((this.now() - cached.storedAt) / 1000);
      res.writeHead(cached.status, { ...cached.headers, age: String(age), "x-cache": "Hit from cloudfront" });
      res.end(req.method === "HEAD" ? undefined : cached.body);
      return;
    }
    this.misses += 1;
    const answer = await fetch(new URL(key, this.#origin), {
      method: req.method,
      headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== "host" && k !== "connection")) as Record<
        string,
        string
      >,
      body: cacheable ? undefined : (req as unknown as ReadableStream),
      duplex: "half",
    } as RequestInit);
    const body = Buffer.from(await answer.arrayBuffer());
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) headers[name] = value;
    });
    const ttl = cacheSeconds(answer.status, answer.headers.get("cache-control") ?? "");
    if (cacheable && ttl !== undefined && ttl > 0) {
      this.#entries.set(key, { status: answer.status, headers, body, storedAt: this.now(), maxAgeMs: ttl * 1000 });
    }
    const cookies = answer.headers.getSetCookie();
    res.writeHead(answer.status, {
      ...headers,
      ...(cookies.length ? { "set-cookie": cookies } : {}),
      "x-cache": "Miss from cloudfront",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }
}
