// A CloudFront-like cache in front of the production listener: it honours Cache-Control, and an
// invalidation clears the matching paths when it completes.
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

function maxAge(cacheControl: string): number | undefined {
  if (/\b(no-store|private|no-cache)\b/.test(cacheControl)) return undefined;
  const match = /\bs-maxage=(\d+)/.exec(cacheControl) ?? /\bmax-age=(\d+)/.exec(cacheControl);
  return match ? Number(match[1]) : undefined;
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
    if (cached && Date.now() - cached.storedAt < cached.maxAgeMs) {
      this.hits += 1;
      const age = Math.floor((Date.now() - cached.storedAt) / 1000);
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
    const ttl = maxAge(answer.headers.get("cache-control") ?? "");
    if (cacheable && answer.status === 200 && ttl !== undefined && ttl > 0) {
      this.#entries.set(key, { status: answer.status, headers, body, storedAt: Date.now(), maxAgeMs: ttl * 1000 });
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
