import * as core from "./runner.ts";

/** Why an abort happened: the runner cancelled the job. */
export class Cancelled extends Error {
  override name = "Cancelled";
  constructor(signal: string) {
    super(`${signal} received: the run was cancelled`);
  }
}

/**
 * GitHub's runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after.
 * While `work` runs, either signal aborts its AbortSignal instead of killing the process, so that
 * it can leave the router in a known state within that grace.
 */
export async function cancellable<T>(whatNext: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const handlers = (["SIGINT", "SIGTERM"] as const).map((name) => {
    const handler = () => {
      core.warning(`${name} received: ${whatNext} before exiting.`);
      if (!controller.signal.aborted) controller.abort(new Cancelled(name));
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  try {
    return await work(controller.signal);
  } finally {
    for (const [name, handler] of handlers) process.off(name, handler);
  }
}

/** Settles with `promise`, or rejects as soon as `signal` aborts: a retry loop must not hold a cancel up. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    Promise.resolve(promise)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export function isCancel(error: unknown): boolean {
  return error instanceof Cancelled;
}
