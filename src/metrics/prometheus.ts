// Prometheus's HTTP API (/api/v1), as cutover reads it: an instant query at an explicit time per
// evaluation, a range query for the chart. Every call carries the run's signal and a time limit.
import { describeError } from "../core/errors.ts";

export interface PrometheusEndpoint {
  url: URL;
  headers: Record<string, string>;
  /** The bound of one call, sent as the query's own `timeout` too. */
  timeoutMs: number;
}

/** One number from an instant query, or why there is none: no data is never a value of 0. */
export type Reading = { value: number } | { noData: string };

/** Points of a range query: [unix seconds, value], NaN and stale steps left out. */
export type RangeReading = { points: [number, number][] } | { noData: string };

interface ApiAnswer {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: unknown };
}

type Sample = [number, string];

/**
 * POST with a form body (the API accepts both; a POST keeps a long query out of the URL). The
 * answer's own status and error are the source of truth: 400 bad_data is a query that does not
 * parse, 422 one that cannot be executed, 503 a timeout (HTTP API, "Format overview").
 */
async function call(
  endpoint: PrometheusEndpoint,
  path: string,
  params: Record<string, string>,
  signal?: AbortSignal,
): Promise<{ data?: ApiAnswer["data"]; problem?: string; badQuery?: string }> {
  const url = new URL(`${endpoint.url.pathname.replace(/\/$/, "")}${path}`, endpoint.url);
  const timeout = AbortSignal.timeout(endpoint.timeoutMs);
  const body = new URLSearchParams({ ...params, timeout: `${Math.max(1, Math.floor(endpoint.timeoutMs / 1000))}s` });
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { ...endpoint.headers, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted) return { problem: `no answer within ${endpoint.timeoutMs} ms` };
    return { problem: signal?.aborted ? "the run was cancelled" : describeError(causeOf(error)) };
  }
  let answer: ApiAnswer;
  try {
    answer = (await response.json()) as ApiAnswer;
  } catch {
    return { problem: `HTTP ${response.status} without a JSON answer` };
  }
  if (answer.status === "success" && response.ok) return { data: answer.data };
  const why = `HTTP ${response.status}${answer.errorType ? ` ${answer.errorType}` : ""}: ${answer.error ?? "no error given"}`;
  return response.status === 400 && answer.errorType === "bad_data" ? { problem: why, badQuery: answer.error } : { problem: why };
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, say) in its cause. */
function causeOf(error: unknown): unknown {
  return error instanceof Error && error.cause ? error.cause : error;
}

function number(sample: unknown): number {
  return Array.isArray(sample) ? Number.parseFloat(String(sample[1])) : Number.NaN;
}

/**
 * The query's one number at `atMs`. An empty vector (no series, or only stale ones: Prometheus
 * drops a series from instant results once it is marked stale or older than the lookback), NaN
 * (0/0 over no requests) and ±Inf are no data, as is more than one series, which would be a
 * guess at which one was meant.
 */
export async function queryAt(endpoint: PrometheusEndpoint, query: string, atMs: number, signal?: AbortSignal): Promise<Reading> {
  const answer = await call(endpoint, "/api/v1/query", { query, time: (atMs / 1000).toFixed(3) }, signal);
  if (answer.problem) return { noData: answer.problem };
  const { resultType, result } = answer.data ?? {};
  let value: number;
  if (resultType === "scalar") value = number(result);
  else if (resultType === "vector" && Array.isArray(result)) {
    if (result.length === 0) return { noData: "an empty result (no series, or only stale ones)" };
    if (result.length > 1) return { noData: `${result.length} series where one was expected: aggregate with sum()` };
    value = number((result[0] as { value?: Sample }).value);
  } else return { noData: `a ${resultType ?? "missing"} result where a vector or scalar was expected` };
  if (!Number.isFinite(value)) return { noData: `a value of ${value} (no requests in the window?)` };
  return { value };
}

/** The query over [startMs, endMs] every stepMs, for the chart; one series expected. */
export async function queryRange(
  endpoint: PrometheusEndpoint,
  query: string,
  range: { startMs: number; endMs: number; stepMs: number },
  signal?: AbortSignal,
): Promise<RangeReading> {
  const answer = await call(
    endpoint,
    "/api/v1/query_range",
    {
      query,
      start: (range.startMs / 1000).toFixed(3),
      end: (range.endMs / 1000).toFixed(3),
      step: `${Math.max(0.001, range.stepMs / 1000)}`,
    },
    signal,
  );
  if (answer.problem) return { noData: answer.problem };
  const result = answer.data?.result;
  if (!Array.isArray(result) || result.length !== 1) return { noData: `${Array.isArray(result) ? result.length : 0} series` };
  const values = ((result[0] as { values?: Sample[] }).values ?? []).map(
    ([t, v]) => [t, Number.parseFloat(v)] as [number, number],
  );
  return { points: values.filter(([, v]) => Number.isFinite(v)) };
}

/**
 * Asks Prometheus whether `query` parses, by evaluating it at the Unix epoch, where no series has
 * data and the answer is quick: a parse error is 400 bad_data whatever the time. Returns the
 * parser's message, or undefined when it parsed; throws when Prometheus could not be asked.
 */
export async function parseProblem(
  endpoint: PrometheusEndpoint,
  query: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const answer = await call(endpoint, "/api/v1/query", { query, time: "0" }, signal);
  if (answer.badQuery !== undefined) return answer.badQuery;
  if (answer.problem) throw new Error(answer.problem);
  return undefined;
}
