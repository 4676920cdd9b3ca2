import { formatDuration } from "./durations.ts";
import * as core from "./runner.ts";
import { sleep } from "./time.ts";

export interface PollOptions<T> {
  timeoutMs: number;
  /** The progress line, given what the last check saw and the time left. */
  progress: (seen: T, left: string) => string;
  pollMs?: number;
  progressMs?: number;
  signal?: AbortSignal;
}

export interface Polled<T> {
  done: boolean;
  value: T;
  ms: number;
}

/**
 * Checks until `check` says done, the time is up or the run is cancelled, logging a progress line
 * every few seconds: every wait in cutover (read-back, health, drain) goes through here.
 */
export async function pollUntil<T>(
  check: () => Promise<{ done: boolean; value: T }>,
  options: PollOptions<T>,
): Promise<Polled<T>> {
  const { timeoutMs, pollMs = 1_000, progressMs = 5_000, signal } = options;
  const started = Date.now();
  let nextProgress = started + progressMs;
  for (;;) {
    const { done, value } = await check();
    const ms = Date.now() - started;
    if (done || ms >= timeoutMs || signal?.aborted) return { done, value, ms };
    if (Date.now() >= nextProgress) {
      core.info(options.progress(value, formatDuration(timeoutMs - ms)));
      nextProgress += progressMs;
    }
    await sleep(Math.min(pollMs, Math.max(0, timeoutMs - ms)), signal);
  }
}
