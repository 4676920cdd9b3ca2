import { COLORS, type Color, type PerColor } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { isoSeconds } from "../core/time.ts";
import type { CallOptions, Ledger, LedgerPort } from "../routers/port.ts";
import { runTag, TAG } from "./tags.ts";

/** A teardown mark older than this is from a teardown that died; it no longer blocks a switch. */
export const TEARDOWN_MARK_FRESH_MS = 12 * 3_600_000;

/** Writes, next to the first route write, which run is moving the router: status names it if the run dies. */
export async function markWrite(ledger: LedgerPort, color: Color, what: string, options: CallOptions = {}): Promise<void> {
  const value = `${what} by ${runTag()} at ${isoSeconds(new Date())}`;
  try {
    await ledger.write(color, { [TAG.lastWrite]: value }, [], options);
  } catch (error) {
    core.warning(`Could not record this run in the ${TAG.lastWrite} tag: ${describeError(error)}`);
  }
}

/** The newest `cutover:last-write` of the two colors: who moved the router last. */
export function lastWriter(tags: PerColor<Ledger>): string | undefined {
  const marks = COLORS.map((c) => tags[c][TAG.lastWrite]).filter((v): v is string => Boolean(v));
  const at = (v: string) => v.slice(v.lastIndexOf(" at ") + 4);
  return marks.sort((a, b) => at(b).localeCompare(at(a)))[0];
}

export function teardownMarkValue(): string {
  return `${isoSeconds(new Date())} ${runTag()}`;
}

/** Refuses to move traffic onto a color that a teardown has started on, unless the mark is stale. */
export function refuseTornDownTarget(tags: PerColor<Ledger>, target: Color, now = Date.now()): void {
  const problem = teardownProblem(tags, target, now);
  if (problem) throw new CutoverError(`${problem}. Nothing was written. ${TEARDOWN_FIX(target)}`);
}

/** Why no traffic may move to `target` (a fresh teardown mark), or undefined; a stale mark is a warning. */
export function teardownProblem(tags: PerColor<Ledger>, target: Color, now = Date.now()): string | undefined {
  const mark = tags[target][TAG.teardownStarted];
  if (!mark) return undefined;
  const [at = "", run = "an unknown run"] = mark.split(" ");
  const age = now - Date.parse(at);
  if (!(age < TEARDOWN_MARK_FRESH_MS)) {
    core.warning(
      `${target} carries a ${TAG.teardownStarted} mark from ${at} (${run}), older than ${formatDuration(TEARDOWN_MARK_FRESH_MS)}: that teardown is taken as dead.`,
    );
    return undefined;
  }
  return `A teardown of ${target} started ${formatDuration(Math.max(0, age))} ago (${run}, tag ${TAG.teardownStarted}): its targets may be deregistering, so no traffic moves to ${target}`;
}

const TEARDOWN_FIX = (target: Color) =>
  `Wait for it to finish and deploy ${target} again; if that teardown is known dead, remove ${TAG.teardownStarted} from ${target}'s ledger (ALB: its target group's tags).`;
