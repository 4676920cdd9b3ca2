// How every call to the Kubernetes API is made: each attempt carries the step's abort signal and a
// timeout of its own, and what the API server calls transient (5xx, 429, a dropped connection, no
// answer in time) is tried again with a bounded backoff. An urgent call (a put-back) is one short
// attempt: the engine (src/routing/router.ts) tries it again with its own backoff until the grace ends.
import * as k8s from "@kubernetes/client-node";
import { Cancelled } from "../../core/cancel.ts";
import { sleep } from "../../core/time.ts";
import type { CallOptions } from "../port.ts";

export interface CallPolicy {
  /** How long one attempt may take before it is cut off and tried again. */
  timeoutMs: number;
  /** Attempts of a call that is not urgent (max-attempts). */
  attempts: number;
}

/** Per-call options of the generated client, as setHeaderOptions takes and returns them. */
export type Options = k8s.ConfigurationOptions<k8s.ObservableMiddleware>;

/** An urgent call's one attempt: short, so that several of the engine's fit inside a cancel's grace. */
const URGENT_TIMEOUT_MS = 2_000;
const BACKOFF_FIRST_MS = 200;
const BACKOFF_MAX_MS = 2_000;
/** A 429's Retry-After is honoured up to this ("API Priority and Fairness" sends 1 s by default). */
const RETRY_AFTER_MAX_MS = 5_000;

/** Connection failures that say nothing reached the API server's storage, or nothing answered. */
const TRANSIENT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/** What one attempt ended with, when it may be tried again: how long to wait first. */
function retryDelay(error: unknown, attempt: number): number | undefined {
  const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (attempt - 1));
  if (error instanceof AttemptTimeout) return 0;
  if (error instanceof k8s.ApiException) {
    if (error.code === 429) return Math.min(retryAfterMs(error) ?? backoff, RETRY_AFTER_MAX_MS);
    return error.code >= 500 && error.code !== 501 ? backoff : undefined;
  }
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && TRANSIENT_CODES.has(code)) return backoff;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Retry-After (seconds) from the header, or the Status's details.retryAfterSeconds. */
function retryAfterMs(error: k8s.ApiException<unknown>): number | undefined {
  const header = Number((error.headers as Record<string, string> | undefined)?.["retry-after"]);
  if (Number.isFinite(header) && header >= 0) return header * 1000;
  try {
    const body = typeof error.body === "string" ? JSON.parse(error.body) : error.body;
    const seconds = Number(body?.details?.retryAfterSeconds);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** One attempt got no answer within its timeout. */
export class AttemptTimeout extends Error {
  override name = "AttemptTimeout";
  constructor(ms: number) {
    super(`no answer within ${ms / 1000} s`);
  }
}

/** The client's per-call options that put `signal` on the request (the generated client's RequestContext.setSignal). */
export function withSignal(signal: AbortSignal): Options {
  return {
    middleware: [
      {
        pre: (context) => {
          context.setSignal(signal);
          return new k8s.Observable(Promise.resolve(context));
        },
        post: (response) => new k8s.Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: "append",
  };
}

function cancelled(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Cancelled("abort");
}

/**
 * Sends `attempt` until it answers, fails for good, or runs out of attempts (one, when urgent). Each attempt gets
 * an abort signal that fires on the caller's signal or on the per-attempt timeout; a cancel is
 * thrown as is and never tried again.
 */
export async function withRetries<T>(
  policy: CallPolicy,
  options: CallOptions,
  attempt: (config: Options, n: number) => Promise<T>,
): Promise<T> {
  const { signal, urgent = false } = options;
  const timeoutMs = urgent ? Math.min(URGENT_TIMEOUT_MS, policy.timeoutMs) : policy.timeoutMs;
  const attempts = urgent ? 1 : policy.attempts;
  for (let n = 1; ; n++) {
    if (signal?.aborted) throw cancelled(signal);
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(new AttemptTimeout(timeoutMs)), timeoutMs);
    const both = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
    try {
      return await attempt(withSignal(both), n);
    } catch (caught) {
      if (signal?.aborted) throw cancelled(signal);
      const error = timer.signal.aborted ? new AttemptTimeout(timeoutMs) : caught;
      const wait = retryDelay(error, n);
      if (wait === undefined || n >= attempts) throw error;
      await sleep(wait, signal);
    } finally {
      clearTimeout(timeout);
    }
  }
}
