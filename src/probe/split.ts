// The proof that traffic carries a step's split, not only the router's store: verify-url sampled
// until the share of answers from the new version is nearer the written split than the one before.
// A read-back proves the control plane; a mesh or a gateway may route by the previous weights for
// seconds after it (istiod debounces its pushes up to 10 s; Gateway API conformance allows 30 s).
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { every, sleep } from "../core/time.ts";
import { shownUrl } from "../core/urls.ts";
import { Prober } from "./http.ts";
import { type VersionCheck, versionIn } from "./version.ts";

export interface SplitCheck extends VersionCheck {
  /** The share of production traffic the step wrote to the new version, in percent. */
  percent: number;
  /** The share it had before the write. */
  previousPercent: number;
}

export interface SplitReport {
  ok: boolean;
  detail: string;
  ms: number;
}

/** Answers judged together: at 10% on the new version, 40 answers tell it from 0% or 50%. */
export const SPLIT_SAMPLES = 40;
/** Answers asked for at once: 40 of them take a tenth of the round trips. */
const AT_ONCE = 4;
const PAUSE_MS = 20;
const PROGRESS_MS = 5_000;

/** Answers from the new version, of SPLIT_SAMPLES, that put the share nearer the new split than the old. */
export function neededAnswers(percent: number, previousPercent: number): number {
  return Math.max(1, Math.ceil((SPLIT_SAMPLES * (percent + previousPercent)) / 200));
}

/** Samples verify-url until the last SPLIT_SAMPLES answers show the written split, or verify-timeout passes. */
export async function awaitSplit(check: SplitCheck, signal: AbortSignal): Promise<SplitReport> {
  const prober = new Prober({ timeoutMs: 5_000 });
  const started = Date.now();
  const needed = neededAnswers(check.percent, check.previousPercent);
  const last: boolean[] = [];
  const seen = () => last.filter(Boolean).length;
  const shown = `${shownUrl(check.url)} (written ${check.percent}% on ${check.expected}, ${check.previousPercent}% before)`;
  const stopProgress = every(PROGRESS_MS, () =>
    core.info(`Waiting for traffic through ${shown} to show the new split: ${seen()} of the last ${last.length} answers.`),
  );
  try {
    while (Date.now() - started < check.timeoutMs && !signal.aborted) {
      const left = check.timeoutMs - (Date.now() - started);
      const send = () => prober.send({ url: check.url }, { readBody: Boolean(check.jsonField), signal, timeoutMs: left });
      const answers = await Promise.all(Array.from({ length: AT_ONCE }, send));
      if (signal.aborted) break;
      for (const answer of answers) {
        const version = answer.failed || answer.timedOut ? "" : versionIn(answer.body, answer.headers, check);
        last.push(version === check.expected);
      }
      last.splice(0, Math.max(0, last.length - SPLIT_SAMPLES));
      if (last.length === SPLIT_SAMPLES && seen() >= needed) {
        const ms = Date.now() - started;
        return { ok: true, ms, detail: `${seen()} of the last ${SPLIT_SAMPLES} answers came from ${check.expected}` };
      }
      await sleep(PAUSE_MS, signal);
    }
  } finally {
    stopProgress();
    prober.close();
  }
  const ms = Date.now() - started;
  return {
    ok: false,
    ms,
    detail: `after ${formatDuration(ms)}, ${seen()} of the last ${last.length} answers from ${shown} came from ${check.expected}, and ${needed} of ${SPLIT_SAMPLES} were needed`,
  };
}
