import { existsSync, statSync } from "node:fs";
import { withinGrace } from "../core/cancel.ts";
import { formatDuration } from "../core/durations.ts";
import { ConfigurationError, CutoverError, describeError, type Outcome } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import type { Snapshot } from "../routing/state.ts";
import { colorNotes, colorTable, fitSummary, routesLine, SUMMARY_LIMIT } from "./report.ts";

/** What one step (or one phase of the root action) says in the job summary. */
interface Block {
  phase: string;
  title: string;
  sections: string[];
  ms: number;
  /** Written by the outer catch for a step that failed before it could say anything. */
  failure?: boolean;
}

/**
 * The job summary of this process, collected as the step goes and written once at its end by the
 * outer catch, whatever the outcome: a step cannot forget its summary by failing.
 */
const story = {
  blocks: [] as Block[],
  phase: { name: "", started: 0 },
  snapshot: undefined as Snapshot | undefined,
  reread: undefined as (() => Promise<Snapshot>) | undefined,
};

const REREAD_MS = 10_000;

/** The root action runs several steps: each one's block is timed from its own start. */
export function startPhase(name: string): void {
  story.phase = { name, started: performance.now() };
}

/** The latest state read, and how to read it again when the step fails after it. */
export function noteSnapshot(snapshot: Snapshot, reread?: () => Promise<Snapshot>): void {
  story.snapshot = snapshot;
  if (reread) story.reread = reread;
}

/** Records what the step did; the summary itself is written when the step ends. */
export async function writeSummary(title: string, snapshot: Snapshot, sections: string[]): Promise<void> {
  story.snapshot = snapshot;
  story.blocks.push({
    phase: story.phase.name,
    title,
    sections: sections.filter(Boolean),
    ms: performance.now() - story.phase.started,
  });
}

/**
 * Writes the job summary: the verdict first, then what matters for it, then the colors once. A
 * summary that cannot be written is a warning: it never changes the step's outcome.
 */
export async function finishSummary(step: string, error?: unknown): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await writeStory(step, error);
  } catch (failure) {
    core.warning(`The job summary could not be written: ${describeError(failure)}`);
  }
}

async function writeStory(step: string, error: unknown): Promise<void> {
  const phase = story.phase.name || step;
  let stateNote = "";
  if (error !== undefined && !story.blocks.some((b) => b.phase === story.phase.name)) {
    story.blocks.push(failureBlock(phase, error, performance.now() - story.phase.started));
    stateNote = await rereadState();
  }
  // A step that reads no router (environment) has nothing to say in the summary.
  if (story.blocks.length === 0) return;
  const markdown = story.blocks.length > 1 || step === "cutover" ? renderPhases(error) : renderStep(stateNote);
  const file = process.env.GITHUB_STEP_SUMMARY as string;
  const used = existsSync(file) ? statSync(file).size : 0;
  await core.appendSummary(fitSummary(core.summaryText(markdown), SUMMARY_LIMIT - used));
}

function failureBlock(phase: string, error: unknown, ms: number): Block {
  const known = error instanceof CutoverError ? error : undefined;
  const outcome = outcomeOf(error);
  return {
    phase,
    title: `cutover ${phase}: ${outcome}`,
    sections: [verdictLine(error), ...(known?.details ?? [])],
    ms,
    failure: true,
  };
}

/** After a failure, the colors as they are now, not as they were before the step wrote. */
async function rereadState(): Promise<string> {
  const reread = story.reread;
  if (!reread) return "";
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // After a cancel, only what is left of the runner's grace: the summary must be written before SIGKILL.
    const ms = withinGrace(REREAD_MS);
    timer = setTimeout(() => reject(new Error(`no answer in ${formatDuration(ms)}`)), ms);
  });
  try {
    story.snapshot = await Promise.race([reread(), timeout]);
    return "State read again after the failure:";
  } catch (error) {
    return story.snapshot ? `State as read before the failure (reading it again failed: ${describeError(error)}):` : "";
  } finally {
    clearTimeout(timer);
  }
}

function renderStep(stateNote: string): string {
  const block = story.blocks[0] as Block;
  return document(`### ${block.title}`, [...block.sections, stateNote, ...colors(), `Step time: ${formatDuration(block.ms)}`]);
}

/** The root action: its verdict, each phase with its own time, and the colors once at the end. */
function renderPhases(error: unknown): string {
  const last = story.blocks.at(-1) as Block;
  const total = story.blocks.reduce((sum, b) => sum + b.ms, 0);
  const names = story.blocks.map((b) => b.phase).join(" → ");
  const headline =
    error === undefined ? released(names, total) : `### cutover: ${outcomeOf(error)} in ${last.phase}\n\n${verdictLine(error)}`;
  const phases = story.blocks.map((b, i) => {
    // A failure block's verdict is the headline already.
    const body = b.failure ? b.sections.slice(1) : b.sections;
    const what = b.title.replace(/^cutover( [\w-]+)?: /, "");
    return [`#### ${i + 1}. ${b.phase}: ${what} · ${formatDuration(b.ms)}`, ...body].join("\n\n");
  });
  return document(headline, [...phases, "#### Colors now", ...colors()]);
}

function released(phases: string, ms: number): string {
  const snapshot = story.snapshot;
  const active = snapshot?.state.active;
  const version = active ? snapshot?.tags[active]["cutover:version"] : undefined;
  const what = active ? `${active} serves ${version ?? "an unversioned release"}` : "the router is split";
  return `### cutover: released${version ? ` ${version}` : ""}${active ? ` on ${active}` : ""}\n\n**Released:** ${what} after ${phases}, in ${formatDuration(ms)}.`;
}

/** `**Reverted:** why`: the outcome, then the reason in the error's own words. */
function verdictLine(error: unknown): string {
  const why =
    error instanceof CutoverError
      ? error.verdict
      : error instanceof ConfigurationError
        ? `${describeError(error)} Nothing was written.`
        : `unexpected error: ${describeError(error)}. This is a bug in cutover; the log has the stack trace.`;
  // One paragraph: a reason from an alarm, an app or a parser must not start a heading or a list.
  return `**${capitalized(outcomeOf(error))}:** ${why.replace(/\s*[\r\n]+\s*/g, " ")}`;
}

function outcomeOf(error: unknown): Outcome {
  return error instanceof CutoverError ? error.outcome : "failed";
}

function colors(): string[] {
  const snapshot = story.snapshot;
  return snapshot ? [colorTable(snapshot), ...colorNotes(snapshot), ...(snapshot.config.notes ?? []), routesLine(snapshot)] : [];
}

function document(headline: string, sections: string[]): string {
  return `${[headline, ...sections.filter(Boolean)].join("\n\n")}\n`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
