// The prometheus-* inputs: where Prometheus is, how to ask it, and the PromQL that gives a color's
// error rate, requests and p95 latency. Read and checked without I/O; the queries' syntax is
// checked by Prometheus itself before the first write (checkQueries).
import type { Color } from "../core/color.ts";
import { formatDuration, readDuration } from "../core/durations.ts";
import { CutoverError } from "../core/errors.ts";
import { inputError, quoted, readChoice, readString, readUrl } from "../core/inputs.ts";
import { readHeaders } from "../probe/inputs.ts";
import { type PrometheusEndpoint, parseProblem } from "./prometheus.ts";

export interface PrometheusQueries {
  /** The share of the color's requests that failed over {{window}}, as a fraction. */
  errors: string;
  /** The color's requests over {{window}}: what the error rate is a share of. */
  requests: string;
  /** The color's p95 latency over {{window}}, in seconds. */
  latency: string;
}

export interface PrometheusConfig {
  endpoint: PrometheusEndpoint;
  queries: PrometheusQueries;
  /** How often Prometheus scrapes the apps: no window is judged on fewer than two scrapes. */
  scrapeMs: number;
  /** After this long without data the no-data verdict applies. */
  noDataAfterMs: number;
  noData: "fail" | "warn";
}

/**
 * The ready queries for `http_requests_total` (labels `code` and `version`) and the histogram
 * `http_request_duration_seconds`, as prom-client and most HTTP middlewares name them. Ratios of
 * sums, so that a color with several instances is one figure; 0/0 over no requests is NaN, which
 * is no data. A client creates a status code's series on its first request, so a color that has
 * not failed yet has no 5xx series at all: `or vector(0)` makes that zero errors, while no
 * requests at all stay no data.
 */
export const HTTP_QUERIES: PrometheusQueries = {
  errors:
    '(sum(increase(http_requests_total{version="{{version}}",code=~"5.."}[{{window}}])) or vector(0)) / sum(increase(http_requests_total{version="{{version}}"}[{{window}}]))',
  requests: 'sum(increase(http_requests_total{version="{{version}}"}[{{window}}]))',
  latency:
    'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[{{window}}])))',
};

/**
 * Istio's standard metrics, as the server-side proxy reports them: `destination_version` comes from
 * the pod's `version` label, `response_code` is the HTTP status, and the duration histogram is in
 * milliseconds (Istio docs, "Istio Standard Metrics").
 */
export const ISTIO_QUERIES: PrometheusQueries = {
  errors:
    '(sum(increase(istio_requests_total{reporter="destination",destination_version="{{color}}",response_code=~"5.."}[{{window}}])) or vector(0)) / sum(increase(istio_requests_total{reporter="destination",destination_version="{{color}}"}[{{window}}]))',
  requests: 'sum(increase(istio_requests_total{reporter="destination",destination_version="{{color}}"}[{{window}}]))',
  latency:
    'histogram_quantile(0.95, sum by (le) (rate(istio_request_duration_milliseconds_bucket{reporter="destination",destination_version="{{color}}"}[{{window}}]))) / 1000',
};

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN = new Set(["color", "version", "window"]);

/** Why a query template cannot be used, or undefined. */
function templateProblem(template: string): string | undefined {
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (!KNOWN.has(name ?? "")) return `has the unknown placeholder {{${name}}} (known: {{color}}, {{version}}, {{window}})`;
  }
  const rest = template.replace(PLACEHOLDER, "");
  if (rest.includes("{{") || rest.includes("}}")) return "has an unclosed {{ or a stray }}";
  if (!/\{\{\s*(color|version)\s*\}\}/.test(template))
    return "names neither {{color}} nor {{version}}, so it would judge both colors' traffic as one";
  return undefined;
}

/** Prometheus's duration for a window: whole seconds, never less than 1s. */
export function promDuration(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))}s`;
}

export function renderQuery(template: string, values: { color: Color; version: string; windowMs: number }): string {
  return template.replace(PLACEHOLDER, (_, name: string) =>
    name === "window" ? promDuration(values.windowMs) : name === "color" ? values.color : values.version,
  );
}

export function readQuery(name: string, fallback: string, example: string): string {
  const template = readString(name, fallback);
  const problem = templateProblem(template);
  if (problem) throw inputError(name, `${problem}, got ${quoted(template)}`, example);
  return template;
}

/**
 * Where Prometheus is and how often it scrapes, read the same way by every step that asks it; or
 * undefined without prometheus-url, when none of `others` may be given either.
 */
export function readPrometheusEndpoint(others: string[]): { endpoint: PrometheusEndpoint; scrapeMs: number } | undefined {
  const example = "http://prometheus.monitoring:9090";
  const url = readUrl("prometheus-url", example);
  if (!url) {
    const stray = [...others, "prometheus-headers"].find((name) => readString(name));
    if (stray) throw inputError("prometheus-url", `is required with ${stray}: without it Prometheus is not read`, example);
    return undefined;
  }
  const scrapeMs = readDuration("prometheus-scrape-interval", "15s", 3_600_000);
  if (scrapeMs < 100) throw inputError("prometheus-scrape-interval", "must be at least 100ms", "15s");
  const headers = readHeaders("prometheus-headers", "Authorization: Bearer eyJr...");
  return { endpoint: { url, headers, timeoutMs: 5_000 }, scrapeMs };
}

/** The prometheus-* inputs, or undefined without prometheus-url. */
export function readPrometheusConfig(): PrometheusConfig | undefined {
  const where = readPrometheusEndpoint(["prometheus-error-query", "prometheus-requests-query", "prometheus-latency-query"]);
  if (!where) return undefined;
  const { endpoint, scrapeMs } = where;
  const errors = readQuery("prometheus-error-query", HTTP_QUERIES.errors, HTTP_QUERIES.errors);
  if (errors !== HTTP_QUERIES.errors && !readString("prometheus-requests-query")) {
    throw inputError(
      "prometheus-requests-query",
      "is needed with your own prometheus-error-query: the judge weighs an error rate by the requests it is a share of",
      HTTP_QUERIES.requests,
    );
  }
  const config: PrometheusConfig = {
    endpoint,
    queries: {
      errors,
      requests: readQuery("prometheus-requests-query", HTTP_QUERIES.requests, HTTP_QUERIES.requests),
      latency: readQuery("prometheus-latency-query", HTTP_QUERIES.latency, HTTP_QUERIES.latency),
    },
    scrapeMs,
    noDataAfterMs: readDuration("prometheus-no-data-after", "1m", 24 * 3_600_000),
    noData: readChoice("prometheus-no-data", ["fail", "warn"], "fail"),
  };
  if (config.noDataAfterMs < 2 * scrapeMs) {
    throw inputError(
      "prometheus-no-data-after",
      `must be at least two scrape intervals (${formatDuration(2 * scrapeMs)}): a shorter silence is how scraping looks`,
      "1m",
    );
  }
  return config;
}

/** Refuses a gate window that holds fewer than two scrapes, which Prometheus cannot judge. */
export function requireTwoScrapes(config: PrometheusConfig | undefined, windowMs: number, input: string, example: string): void {
  if (config && windowMs < 2 * config.scrapeMs) {
    throw inputError(
      input,
      `must hold at least two scrape intervals of Prometheus (prometheus-scrape-interval ${formatDuration(config.scrapeMs)}), got ${formatDuration(windowMs)}`,
      example,
    );
  }
}

/** Whether any query names {{version}}, which needs the color's cutover:version. */
export function usesVersion(config: PrometheusConfig): boolean {
  return Object.values(config.queries).some((q) => /\{\{\s*version\s*\}\}/.test(q));
}

/** A {{version}} query with no version to put in it would match nothing, and judge nothing: refused. */
export function requireVersions(config: PrometheusConfig, color: Color, version: string): void {
  if (version || !usesVersion(config)) return;
  throw new CutoverError(
    `Prometheus's queries name {{version}}, but ${color} has no cutover:version (deploy-standby's version input sets it), so they would match nothing. Tag the version, or use {{color}} in the queries; nothing was written.`,
  );
}

/**
 * Asks Prometheus to parse each query before the first write: a query that does not parse would
 * otherwise give no data for the whole run. Prometheus out of reach is refused here too.
 */
export async function checkQueries(config: PrometheusConfig, signal?: AbortSignal): Promise<void> {
  const names = { errors: "prometheus-error-query", requests: "prometheus-requests-query", latency: "prometheus-latency-query" };
  for (const [key, name] of Object.entries(names) as [keyof PrometheusQueries, string][]) {
    const query = renderQuery(config.queries[key], { color: "green", version: "v0", windowMs: 2 * config.scrapeMs });
    let problem: string | undefined;
    try {
      problem = await parseProblem(config.endpoint, query, signal);
    } catch (error) {
      throw new CutoverError(
        `prometheus-url: Prometheus could not be asked whether ${name} parses (${error instanceof Error ? error.message : String(error)}). Check the URL and prometheus-headers; nothing was written.`,
      );
    }
    if (problem) {
      throw new CutoverError(`${name}: Prometheus does not parse it: ${problem}. Fix the query; nothing was written.`);
    }
  }
}
