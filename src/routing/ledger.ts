import { COLORS, type Color, otherColor, type PerColor } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { isoSeconds } from "../core/time.ts";
import { encodeReason, LEDGER, ledgerValue, runMark } from "../routers/ledger-keys.ts";
import type { CallOptions, Ledger, LedgerPort } from "../routers/port.ts";

/** A teardown mark older than this is from a teardown that died; it no longer blocks a switch. */
export const TEARDOWN_MARK_FRESH_MS = 12 * 3_600_000;

/** Writes, next to the first route write, which run is moving the router: status names it if the run dies. */
export async function markWrite(ledger: LedgerPort, color: Color, what: string, options: CallOptions = {}): Promise<void> {
  const value = `${what} by ${runMark()} at ${isoSeconds(new Date())}`;
  try {
    await ledger.write(color, { [LEDGER.lastWrite]: value }, [], options);
  } catch (error) {
    core.warning(`Could not record this run in the ledger (${LEDGER.lastWrite}): ${describeError(error)}`);
  }
}

/** The newest `cutover:last-write` of the two colors: who moved the router last. */
export function lastWriter(tags: PerColor<Ledger>): string | undefined {
  const marks = COLORS.map((c) => tags[c][LEDGER.lastWrite]).filter((v): v is string => Boolean(v));
  const at = (v: string) => v.slice(v.lastIndexOf(" at ") + 4);
  return marks.sort((a, b) => at(b).localeCompare(at(a)))[0];
}

export function teardownMarkValue(): string {
  return `${isoSeconds(new Date())} ${runMark()}`;
}

/** Refuses to move traffic onto a color that a teardown has started on, unless the mark is stale. */
export function refuseTornDownTarget(tags: PerColor<Ledger>, target: Color, now = Date.now()): void {
  const problem = teardownProblem(tags, target, now);
  if (problem) throw new CutoverError(`${problem}. Nothing was written. ${TEARDOWN_FIX(target)}`);
}

/** Why no traffic may move to `target` (a fresh teardown mark), or undefined; a stale mark is a warning. */
export function teardownProblem(tags: PerColor<Ledger>, target: Color, now = Date.now()): string | undefined {
  const mark = tags[target][LEDGER.teardownStarted];
  if (!mark) return undefined;
  const [at = "", run = "an unknown run"] = mark.split(" ");
  const age = now - Date.parse(at);
  if (!(age < TEARDOWN_MARK_FRESH_MS)) {
    core.warning(
      `${target} carries a ${LEDGER.teardownStarted} mark from ${at} (${run}), older than ${formatDuration(TEARDOWN_MARK_FRESH_MS)}: that teardown is taken as dead.`,
    );
    return undefined;
  }
  return `A teardown of ${target} started ${formatDuration(Math.max(0, age))} ago (${run}, tag ${LEDGER.teardownStarted}): its pool may be emptying, so no traffic moves to ${target}`;
}

const TEARDOWN_FIX = (target: Color) =>
  `Wait for it to finish and deploy ${target} again; if that teardown is known dead, remove ${LEDGER.teardownStarted} from ${target}'s ledger (where the router keeps it: status shows the mark).`;

/**
 * Stamps the colors once traffic has moved: live-since on the new one, retired-at (and the reason,
 * for a rollback) on the old one. Traffic is already where it should be, so a tag that fails to
 * write is a warning: teardown skips a color it cannot date rather than guess.
 */
export async function stampColors(
  ledger: LedgerPort,
  tags: PerColor<Ledger>,
  target: Color,
  reason: string | undefined,
  /** When traffic moved: live-since and retired-at say that, not when the tags were written. */
  now: string,
  options: CallOptions = {},
): Promise<PerColor<Ledger>> {
  const run = runMark();
  const previous = otherColor(target);
  const why: Ledger = reason
    ? { [LEDGER.rollbackReason]: ledgerValue(reason), [LEDGER.rollbackReasonText]: encodeReason(reason) }
    : {};
  const reasons = [LEDGER.rollbackReason, LEDGER.rollbackReasonText];
  const edits: { color: Color; add: Ledger; remove: string[] }[] = [
    {
      color: target,
      add: { [LEDGER.liveSince]: now, [LEDGER.run]: run },
      remove: [LEDGER.retiredAt, LEDGER.tornDownAt, ...reasons].filter((k) => k in tags[target]),
    },
    // The reason tells why the color was last taken out of service; an older one no longer does.
    {
      color: previous,
      add: { [LEDGER.retiredAt]: now, [LEDGER.run]: run, ...why },
      remove: reason ? [] : reasons.filter((k) => k in tags[previous]),
    },
  ];
  const result: PerColor<Ledger> = { blue: { ...tags.blue }, green: { ...tags.green } };
  await Promise.all(
    edits.map(async ({ color, add, remove }) => {
      try {
        await ledger.write(color, add, remove, options);
      } catch (error) {
        core.warning(`Traffic moved, but writing ${color}'s ledger failed: ${describeError(error)}`);
        return;
      }
      for (const [key, value] of Object.entries(add)) {
        if (result[color][key] !== value) core.info(`Ledger ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
      }
      for (const key of remove) core.info(`Ledger ${color} ${key}: ${result[color][key]} → (removed)`);
      for (const key of remove) delete result[color][key];
      Object.assign(result[color], add);
    }),
  );
  return result;
}
