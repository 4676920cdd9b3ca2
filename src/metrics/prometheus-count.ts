// Teardown's proof by counted traffic that a color is idle: its requests over the last four
// scrapes, from Prometheus. The routes may say 0 while clients still reach the color: resolvers
// and JVMs that cache DNS past the TTL, kept-alive connections, callers that use its address.
import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { type PrometheusEndpoint, queryAt } from "./prometheus.ts";
import { HTTP_QUERIES, readPrometheusEndpoint, readQuery, renderQuery } from "./prometheus-config.ts";

export interface PrometheusCount {
  endpoint: PrometheusEndpoint;
  /** prometheus-requests-query: the color's requests over {{window}}. */
  requests: string;
  scrapeMs: number;
}

export type Counted = { requests: number; windowMs: number; query: string } | { noData: string; windowMs: number; query: string };

/** teardown's prometheus-* inputs, or undefined without prometheus-url. */
export function readPrometheusCount(): PrometheusCount | undefined {
  const where = readPrometheusEndpoint(["prometheus-requests-query"]);
  if (!where) return undefined;
  return { ...where, requests: readQuery("prometheus-requests-query", HTTP_QUERIES.requests, HTTP_QUERIES.requests) };
}

/** The color's requests over the last four scrapes (increase() wants two samples; four allow a missed one). */
export async function countRequests(
  count: PrometheusCount,
  color: Color,
  version: string,
  signal?: AbortSignal,
): Promise<Counted> {
  const windowMs = 4 * count.scrapeMs;
  const query = renderQuery(count.requests, { color, version, windowMs });
  if (!version && /\{\{\s*version\s*\}\}/.test(count.requests)) {
    const noData = `${color} carries no cutover:version, and prometheus-requests-query counts by {{version}}: count by {{color}} instead`;
    return { noData, windowMs, query };
  }
  const reading = await queryAt(count.endpoint, query, Date.now(), signal).catch((error: unknown) => ({
    noData: error instanceof Error ? error.message : String(error),
  }));
  if ("noData" in reading) return { noData: reading.noData, windowMs, query };
  return { requests: Math.round(reading.value), windowMs, query };
}

/** Why the count forbids a teardown, or undefined; the warning when Prometheus could not say. */
export function countVerdict(color: Color, counted: Counted): { refuse?: string; warn?: string; info?: string } {
  const last = `in the last ${formatDuration(counted.windowMs)}`;
  if ("noData" in counted) {
    return {
      warn: `Prometheus could not count ${color}'s requests ${last} (${counted.noData}); the routes give it no traffic, so teardown goes on. Query: ${counted.query}`,
    };
  }
  if (counted.requests > 0) {
    return {
      refuse: `${color} still served ${counted.requests} requests ${last} (Prometheus, prometheus-requests-query), though the routes give it none: clients reach it past the routes (DNS cached past its TTL, kept-alive connections, or callers that use its address). Nothing was torn down; teardown runs again on its schedule, and acts once ${color} is idle.`,
    };
  }
  return { info: `Prometheus counted no request to ${color} ${last}: it is idle.` };
}
