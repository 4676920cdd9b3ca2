import * as core from "./runner.ts";

/** Why an abort happened: the runner cancelled the job. */
export class Cancelled extends Error {
  override name = "Cancelled";
  constructor(signal: string) {
    super(`${signal} received: the run was cancelled`);
  }
}

/** Why an urgent call stopped: the time the runner leaves before SIGKILL ran out. */
class GraceExpired extends Error {
  override name = "GraceExpired";
}

/**
 * GitHub's runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
 * that ("Cancelling a workflow run", GitHub Actions docs): 10 s from the first signal to the kill.
 */
export const RUNNER_KILL_AFTER_MS = 10_000;
/** Kept back from that grace for the summary, the outputs and the process's own exit. */
export const EXIT_MARGIN_MS = 700;
/** How long one urgent attempt may wait for its answer before it is retried. */
export const URGENT_ATTEMPT_MS = 2_000;

let cancelledAt: number | undefined;

/**
 * When urgent work (a put-back, finishing a rollback, and their read-back) must be over: 10 s
 * after the runner's first signal, less the margin. Urgent work that starts without a cancel gets
 * the same budget from its start; a cancel that comes later can only leave it more time.
 */
function graceEnds(now = Date.now()): number {
  return (cancelledAt ?? now) + RUNNER_KILL_AFTER_MS - EXIT_MARGIN_MS;
}

/**
 * How long a read after the work (the summary's, the outputs') may wait: `ms`; once cancelled, one
 * urgent attempt at most and never past the grace, so that a step whose put-back was quick is
 * gone before SIGTERM rather than waiting on a client that throttling slowed down.
 */
export function withinGrace(ms: number, now = Date.now()): number {
  return cancelledAt === undefined ? ms : Math.max(0, Math.min(ms, URGENT_ATTEMPT_MS, graceEnds(now) - now));
}

/**
 * The signal every urgent call takes: aborted `reserveMs` before the grace ends, so that what
 * follows it (a read-back, the report) still fits. One engine-owned value that every router's
 * client honours through CallOptions.signal.
 */
export function urgentDeadline(reserveMs = 0, now = Date.now()): AbortSignal {
  const ms = Math.max(0, graceEnds(now) - reserveMs - now);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new GraceExpired(`the runner's cancel grace ran out`)), ms);
  timer.unref();
  return controller.signal;
}

/**
 * While `work` runs, SIGINT and SIGTERM abort its AbortSignal instead of killing the process, so
 * that it can leave the router in a known state within the runner's grace. Once a signal came,
 * later ones never kill the process (SIGTERM during a put-back does not stop it), and a process
 * still alive just before SIGKILL is due exits by itself, its summary and outputs written.
 */
export async function cancellable<T>(whatNext: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const handlers = (["SIGINT", "SIGTERM"] as const).map((name) => {
    const handler = () => {
      core.warning(`${name} received: ${whatNext} before exiting.`);
      if (controller.signal.aborted) return;
      noteCancel();
      controller.abort(new Cancelled(name));
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

function noteCancel(): void {
  cancelledAt ??= Date.now();
  // The rest of the step (its summary, its outputs) runs after `work`: later signals must not kill it.
  for (const name of ["SIGINT", "SIGTERM"] as const) process.on(name, () => undefined);
  // Something still waiting on a call with no answer must not hold the process until SIGKILL.
  const exit = setTimeout(
    () => {
      core.error("The runner's cancel grace is about to end: exiting before SIGKILL.");
      process.exit(process.exitCode || 1);
    },
    RUNNER_KILL_AFTER_MS - EXIT_MARGIN_MS / 2,
  );
  exit.unref();
}

/**
 * Once a cancelled step has reported (log, outputs, summary): exit now, stdout flushed, instead of
 * waiting on what the cancel left open (a soak's probes, kept-alive sockets) until SIGTERM or later.
 */
export function exitIfCancelled(): void {
  if (cancelledAt === undefined) return;
  process.stdout.write("", () => process.exit(process.exitCode || 0));
}

/** Settles with `promise`, or rejects as soon as `signal` aborts: a retry loop must not hold a cancel up. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // The call was sent already: its own rejection, once it comes, is not news.
    Promise.resolve(promise).catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    Promise.resolve(promise)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}
