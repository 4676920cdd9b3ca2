// A versioned app server: one target of a color. Its behaviour can be changed at run time, to
// inject errors, latency or a failing health check.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type pg from "pg";
import { closeServer, listenLocal } from "../serve.ts";
import { serveItems } from "./items.ts";
import { AppMetrics } from "./metrics.ts";

export interface AppBehaviour {
  version: string;
  /** Share of requests (not /health) answered 500, marked as injected. */
  errorRate: number;
  latencyMs: number;
  healthy: boolean;
  /** The next N requests (not /health) answer 503: a brief hiccup. */
  failNext?: number;
  /** HTML that references assets this build does not serve: version skew. */
  brokenAssets?: boolean;
  /** false: sessions live in a store of this color only, as if nobody shared them. */
  sharedSessions?: boolean;
  /** /api/info renames a field and changes a type: a break for old clients. */
  breakApi?: boolean;
  /** A share of the requests to one path answered 500: a fault only the users on that endpoint see. */
  endpointErrors?: { path: string; rate: number };
}

export const BEHAVIOUR_KEYS = [
  "version",
  "errorRate",
  "latencyMs",
  "healthy",
  "failNext",
  "brokenAssets",
  "sharedSessions",
  "breakApi",
  "endpointErrors",
];

/** Sessions both colors can see, as a shared Redis would; `perColor` makes a store per color. */
export class SessionStore {
  readonly #sessions = new Map<string, { user: string; createdBy: string }>();
  create(user: string, createdBy: string): string {
    const id = randomUUID();
    this.#sessions.set(id, { user, createdBy });
    return id;
  }
  get(id: string): { user: string; createdBy: string } | undefined {
    return this.#sessions.get(id);
  }
  clear(): void {
    this.#sessions.clear();
  }
}

/** Marks a 5xx the sandbox caused on purpose, so the load generator can tell it from a real failure. */
export const INJECTED_HEADER = "x-sandbox-fault";

export function assetHash(version: string, name: string): string {
  return createHash("sha256").update(`${version}/${name}`).digest("hex").slice(0, 10);
}

function html(version: string, build = version): string {
  const js = `/assets/app.${assetHash(build, "js")}.js`;
  const css = `/assets/app.${assetHash(build, "css")}.css`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>shop ${version}</title><link rel="stylesheet" href="${css}"><link rel="preload" href="${js}" as="script"></head><body data-version="${version}"><h1>shop</h1><p>version ${version}</p><script src="${js}"></script></body></html>\n`;
}

/** A sitemap index pointing at one sitemap of pages, to try nested sitemaps. */
function sitemap(path: string, host: string): string {
  const xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (path === "/sitemap.xml") {
    return `${xml}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://${host}/sitemap-pages.xml</loc></sitemap></sitemapindex>\n`;
  }
  const locs = ["/", "/version", "/api/info"].map((p) => `<url><loc>http://${host}${p}</loc></url>`).join("");
  return `${xml}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>\n`;
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

export class AppServer {
  readonly color: string;
  behaviour: AppBehaviour;
  inFlight = 0;
  served = 0;
  port = 0;
  /** The address it listens on: loopback, or a pod's IP. */
  host = "127.0.0.1";
  /** The sandbox's PostgreSQL, when it runs one: /items reads and writes through it. */
  database?: pg.Pool;
  readonly #shared: SessionStore;
  readonly #own: SessionStore;
  readonly #server: Server;
  readonly metrics: AppMetrics;

  /** `own` is this color's store, used when sessions are not shared. */
  constructor(color: string, behaviour: AppBehaviour, shared: SessionStore, own: SessionStore) {
    this.color = color;
    this.behaviour = { ...behaviour };
    this.metrics = new AppMetrics(color, behaviour.version);
    this.#shared = shared;
    this.#own = own;
    this.#server = createServer((req, res) => {
      this.inFlight += 1;
      res.on("close", () => {
        this.inFlight -= 1;
      });
      void this.#handle(req, res);
    });
    this.#server.keepAliveTimeout = 30_000;
  }

  /** A port of its own on loopback; a pod of the Kubernetes imitation gives its IP and container port. */
  async listen(host?: string, port?: number): Promise<number> {
    const url = new URL(await listenLocal(this.#server, host, port));
    this.host = url.hostname;
    this.port = Number(url.port);
    return this.port;
  }

  close(): Promise<void> {
    return closeServer(this.#server);
  }

  /**
   * A pod told to stop (SIGTERM): it stops taking connections and closes idle keep-alive ones,
   * answers what is in flight, and is gone after `graceMs` ("Pod Lifecycle": Termination of Pods).
   */
  async terminate(graceMs: number): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeIdleConnections();
    const timer = setTimeout(() => this.#server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(timer);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { version, errorRate, latencyMs, healthy } = this.behaviour;
    const path = new URL(req.url ?? "/", "http://app").pathname;
    res.setHeader("x-app-version", version);
    if (path === "/metrics") return this.metrics.serve(res);
    if (path !== "/health") this.metrics.observe(res, () => version);
    if (path === "/health") {
      res
        .writeHead(healthy ? 200 : 503, { "content-type": "text/plain", "cache-control": "no-store" })
        .end(healthy ? "ok\n" : "unhealthy\n");
      return;
    }
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (this.behaviour.failNext) {
      this.behaviour.failNext -= 1;
      res.writeHead(503, { "content-type": "text/plain", [INJECTED_HEADER]: "injected" }).end("briefly unavailable\n");
      return;
    }
    const endpoint = this.behaviour.endpointErrors;
    if ((errorRate > 0 && Math.random() < errorRate) || (endpoint?.path === path && Math.random() < endpoint.rate)) {
      res.writeHead(500, { "content-type": "text/plain", [INJECTED_HEADER]: "injected" }).end("injected error\n");
      return;
    }
    this.served += 1;
    if (path === "/items" && this.database) return serveItems(this.database, version, res);
    this.#route(req, res, path, version);
  }

  #route(req: IncomingMessage, res: ServerResponse, path: string, version: string): void {
    if (path === "/" || path === "/index.html") {
      const build = this.behaviour.brokenAssets ? `${version}-next` : version;
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" })
        .end(html(version, build));
    } else if (path === "/version") {
      res.writeHead(200, { "content-type": "text/plain", "cache-control": "no-store" }).end(`${version}\n`);
    } else if (path.startsWith("/assets/")) {
      const match = /^\/assets\/app\.([0-9a-f]+)\.(js|css)$/.exec(path);
      if (!match || match[1] !== assetHash(version, match[2] as string)) {
        res.writeHead(404, { "content-type": "text/plain", "cache-control": "no-store" }).end("no such asset\n");
        return;
      }
      const type = match[2] === "js" ? "text/javascript" : "text/css";
      res
        .writeHead(200, { "content-type": type, "cache-control": "public, max-age=31536000, immutable" })
        .end(`/* ${version} */\n`);
    } else if (path === "/sitemap.xml" || path === "/sitemap-pages.xml") {
      res
        .writeHead(200, { "content-type": "application/xml", "cache-control": "public, max-age=60" })
        .end(sitemap(path, req.headers.host ?? "localhost"));
    } else if (path === "/session") {
      this.#session(req, res);
    } else if (path === "/api/info") {
      const items = [{ id: this.behaviour.breakApi ? "1" : 1, price: 12.5 }];
      const info = this.behaviour.breakApi ? { version, colour: this.color, items } : { version, color: this.color, items };
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(info));
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  }

  /** POST signs in and sets a session cookie; GET answers 200 only for a session this store knows. */
  #session(req: IncomingMessage, res: ServerResponse): void {
    const store = this.behaviour.sharedSessions === false ? this.#own : this.#shared;
    if (req.method === "POST") {
      const id = store.create("demo-user", this.color);
      res.writeHead(201, {
        "content-type": "application/json",
        "set-cookie": `sid=${id}; Path=/; HttpOnly`,
        "cache-control": "no-store",
      });
      res.end(JSON.stringify({ user: "demo-user" }));
      return;
    }
    const session = store.get(cookie(req, "sid") ?? "");
    res.writeHead(session ? 200 : 401, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(session ? { user: session.user } : { error: "no session" }));
  }
}
