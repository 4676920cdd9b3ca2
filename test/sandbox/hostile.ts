// An endpoint that misbehaves on purpose, as the red team's did: a body that trickles one byte
// every 500 ms and never ends, a 2 GB body, a redirect to another host. It records every request
// it gets, headers and all, so a test can tell whether a token travelled to it.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { closeServer, listenLocal } from "./serve.ts";

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

const HUGE_BYTES = 2 * 1024 ** 3;
const CHUNK = Buffer.alloc(64 * 1024, "x");

export class HostileServer {
  readonly seen: SeenRequest[] = [];
  url = "";
  /** Where /away redirects to. */
  redirectTo = "";
  readonly #server: Server;

  constructor() {
    this.#server = createServer((req, res) => {
      const path = req.url ?? "/";
      this.seen.push({ path, headers: req.headers });
      if (path.startsWith("/trickle")) {
        res.writeHead(200, { "content-type": "text/plain", "x-app-version": "v2" });
        const timer = setInterval(() => res.write("x"), 500);
        res.on("close", () => clearInterval(timer));
      } else if (path.startsWith("/huge")) {
        res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(HUGE_BYTES) });
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES && !res.destroyed) {
            sent += CHUNK.length;
            if (!res.write(CHUNK)) return void res.once("drain", pump);
          }
          res.end();
        };
        pump();
      } else if (path === "/sitemap.xml") {
        // An index that lists a sitemap on another host, and one of its own.
        const locs = [`${this.redirectTo}/sitemap-pages.xml`, `${this.url}/pages.xml`];
        res.writeHead(200, { "content-type": "application/xml" }).end(xml("sitemapindex", "sitemap", locs));
      } else if (path === "/pages.xml") {
        // A page URL whose path starts with //: as a path, it would name another host.
        const other = new URL(this.redirectTo).host;
        res.writeHead(200, { "content-type": "application/xml" }).end(xml("urlset", "url", [`${this.url}//${other}/page`]));
      } else if (path.startsWith("/away")) {
        res.writeHead(302, { location: `${this.redirectTo}/leak` }).end();
      } else {
        res.writeHead(200, { "content-type": "text/plain", "x-app-version": "v2" }).end("ok\n");
      }
    });
  }

  async listen(): Promise<this> {
    this.url = await listenLocal(this.#server);
    return this;
  }

  close(): Promise<void> {
    return closeServer(this.#server);
  }
}

function xml(root: string, item: string, locs: string[]): string {
  const items = locs.map((loc) => `<${item}><loc>${loc}</loc></${item}>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</${root}>\n`;
}
