// What a sandbox app exports for Prometheus to scrape, through prom-client: its requests by status
// code, version and color (as an app that reads its color from its deployment labels it), and a latency histogram, under the names most HTTP middlewares use
// (http_requests_total, http_request_duration_seconds). One registry per app, as one process each
// would have. /health and /metrics are left out, as is usual for probes and scrapes.
import type { ServerResponse } from "node:http";
import { Counter, Histogram, Registry } from "prom-client";

/** Buckets around the sandbox's latencies and the soak's 2 s default limit, in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 5];

export class AppMetrics {
  readonly #registry = new Registry();
  readonly #requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by status code, app version and color.",
    labelNames: ["code", "version", "color"],
    registers: [this.#registry],
  });
  readonly #duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival to its answer, by app version.",
    labelNames: ["version"],
    buckets: BUCKETS,
    registers: [this.#registry],
  });

  /**
   * The 200 and 500 series from the start, at 0: a series that first appears with its first error
   * loses that increase to `increase()` (Prometheus's instrumentation guide, "Avoid missing metrics").
   */
  readonly #color: string;

  constructor(color: string, version: string) {
    this.#color = color;
    for (const code of ["200", "500"]) this.#requests.inc({ code, version, color }, 0);
  }

  /** Counts the request once its answer is sent; `version` is read then, as the app answered it. */
  observe(res: ServerResponse, version: () => string): void {
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.#requests.inc({ code: String(res.statusCode), version: version(), color: this.#color });
      this.#duration.observe({ version: version() }, seconds);
    });
  }

  /** The text exposition format Prometheus scrapes. */
  async serve(res: ServerResponse): Promise<void> {
    const body = await this.#registry.metrics();
    res.writeHead(200, { "content-type": this.#registry.contentType, "cache-control": "no-store" }).end(body);
  }
}
