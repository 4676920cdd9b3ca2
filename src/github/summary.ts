import { existsSync, statSync } from "node:fs";
import { withinGrace } from "../core/cancel.ts";
import { formatDuration } from "../core/durations.ts";
import { ConfigurationError, CutoverError, describeError, type Outcome } from "../core/errors.ts";
import { readString } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import type { Snapshot } from "../routing/state.ts";
import { type Lead, runContext, statusLines, storyLines, type Word } from "./headline.ts";
import { nextAfterFailure, nextByStep } from "./next.ts";
import { colorNotes, colorTable, fitSummary, routesLine, SUMMARY_LIMIT } from "./report.ts";

/** What one step (or one phase of the root action) says in the job summary. */
interface Block {
  phase: string;
  title: string;
  sections: string[];
  ms: number;
  /** The outcome word, what happened and the next step, when the step says them itself. */
  lead?: Partial<Lead> & { deploymentId?: number };
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

/** The latest state a step read, handed over by the step; `reread` overrides the step runner's read after a failure. */
export function noteSnapshot(snapshot: Snapshot, reread?: () => Promise<Snapshot>): void {
  story.snapshot = snapshot;
  if (reread) story.reread = reread;
}

/** Records what the step did; the summary itself is written when the step ends. */
export async function writeSummary(
  title: string,
  snapshot: Snapshot,
  sections: string[],
  lead?: Partial<Lead> & { deploymentId?: number },
): Promise<void> {
  story.snapshot = snapshot;
  story.blocks.push({
    phase: story.phase.name,
    title,
    sections: sections.filter(Boolean),
    ms: performance.now() - story.phase.started,
    lead,
    // A step that writes its own failure says the verdict itself: nothing happened before it.
    failure: lead?.word === "failed",
  });
}

/**
 * Writes the job summary: the verdict first, then what matters for it, then the colors once. A
 * summary that cannot be written is a warning: it never changes the step's outcome. `reread`: the
 * step runner's read of the state after a failure, unless the step handed its own.
 */
export async function finishSummary(step: string, error?: unknown, reread?: () => Promise<Snapshot>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await writeStory(step, error, reread);
  } catch (failure) {
    core.warning(`The job summary could not be written: ${describeError(failure)}`);
  }
}

async function writeStory(step: string, error: unknown, reread?: () => Promise<Snapshot>): Promise<void> {
  const phase = story.phase.name || step;
  let stateNote = "";
  if (error !== undefined && !story.blocks.some((b) => b.phase === story.phase.name)) {
    story.blocks.push(failureBlock(phase, error, performance.now() - story.phase.started));
    stateNote = await rereadState(story.reread ?? reread);
  }
  // A step that reads no router (environment) has nothing to say in the summary.
  if (story.blocks.length === 0) return;
  const { head, body } = story.blocks.length > 1 || step === "cutover" ? renderPhases(error) : renderStep(step, error, stateNote);
  const file = process.env.GITHUB_STEP_SUMMARY as string;
  const used = existsSync(file) ? statSync(file).size : 0;
  const trusted = `${head}\n\n`;
  await core.appendSummary(fitSummary(core.summaryText(body), SUMMARY_LIMIT - used - Buffer.byteLength(trusted)), trusted);
}

/** The first lines: the status, who ran what where, the links; then what is live, what happened, what next. */
function lines(
  step: string,
  title: string,
  lead: Lead,
  deploymentId?: number,
  failed = false,
): { head: string; story: string[] } {
  const context = runContext(process.env, {
    environment: readString("environment"),
    environmentUrl: readString("environment-url"),
    deploymentId: deploymentId ? String(deploymentId) : readString("deployment-id"),
  });
  return {
    head: statusLines(
      lead,
      `${headingText(title, lead.word, failed)} · ${step === "cutover" ? "" : "cutover "}${step}`,
      context,
      story.snapshot,
    ),
    story: storyLines(lead, story.snapshot, Date.now()),
  };
}

/** What follows the outcome word: the title without the word it starts with ("Switched to green"). */
function headingText(title: string, word: Word, failed: boolean): string {
  const shown = title.replace(/^cutover( [\w-]+)?: /, "");
  if (failed || !shown) return "";
  if (word === "failed" && shown) return `: the step did not finish (${shown})`;
  return shown.toLowerCase().startsWith(word) ? shown.slice(word.length) : `: ${shown}`;
}

/** What the step said of itself, or what its step usually means; a step that threw says it failed first. */
function leadOf(step: string, block: Block, error: unknown): Lead {
  const given = block.lead ?? {};
  const snapshot = story.snapshot;
  const usual = nextByStep(step, snapshot);
  const word = given.word ?? usual.word;
  const shown = block.title.replace(/^cutover( [\w-]+)?: /, "");
  const happened = given.happened ?? (shown.toLowerCase().startsWith(word) ? shown : `${word}: ${shown}`);
  if (error === undefined) {
    return {
      word,
      happened: `${capitalized(happened)}, in ${formatDuration(block.ms)}.`,
      next: given.next ?? usual.next,
      version: given.version ?? usual.version,
    };
  }
  const failed: Word = outcomeOf(error);
  const verdict = verdictText(error);
  const before = block.failure || failed !== "failed" ? "" : `${capitalized(happened)}; then it failed: `;
  const next = (error instanceof CutoverError && error.next) || nextAfterFailure(step, failed, snapshot);
  return { word: failed, happened: `${before}${verdict}`, next, version: given.version ?? usual.version };
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
async function rereadState(reread?: () => Promise<Snapshot>): Promise<string> {
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

function renderStep(step: string, error: unknown, stateNote: string): { head: string; body: string } {
  const block = story.blocks[0] as Block;
  const lead = leadOf(step, block, error);
  const { head, story: first } = lines(step, block.title, lead, block.lead?.deploymentId, block.failure);
  // A failure block's first section is its verdict: What happened says it already.
  const sections = block.failure ? block.sections.slice(1) : block.sections;
  return { head, body: document([...first, ...sections, stateNote, ...colors(movedTraffic(step, lead.word))]) };
}

/** The root action: its verdict, each phase with its own time, and the colors once at the end. */
function renderPhases(error: unknown): { head: string; body: string } {
  const last = story.blocks.at(-1) as Block;
  const total = story.blocks.reduce((sum, b) => sum + b.ms, 0);
  const names = story.blocks.map((b) => b.phase).join(" → ");
  const deploymentId = story.blocks.find((b) => b.lead?.deploymentId)?.lead?.deploymentId;
  const lead: Lead =
    error === undefined
      ? { word: "released", happened: released(names, total), next: nextByStep("cutover", story.snapshot).next }
      : {
          word: outcomeOf(error),
          happened: `In ${last.phase}: ${verdictText(error)}`,
          next: (error instanceof CutoverError && error.next) || nextAfterFailure(last.phase, outcomeOf(error), story.snapshot),
        };
  const { head, story: first } = lines("cutover", "", lead, deploymentId, error !== undefined);
  const phases = story.blocks.map((b, i) => {
    // A failure block's verdict is the headline already.
    const body = b.failure ? b.sections.slice(1) : b.sections;
    const what = b.title.replace(/^cutover( [\w-]+)?: /, "");
    return [`#### ${i + 1}. ${b.phase}: ${what} · ${formatDuration(b.ms)}`, ...body].join("\n\n");
  });
  return { head, body: document([...first, ...phases, "#### Colors now", ...colors(true)]) };
}

function released(phases: string, ms: number): string {
  return `Released after ${phases}, in ${formatDuration(ms)}.`;
}

/** `**Reverted:** why`: the outcome, then the reason in the error's own words. */
function verdictLine(error: unknown): string {
  return `**${capitalized(outcomeOf(error))}:** ${verdictText(error)}`;
}

function verdictText(error: unknown): string {
  const why =
    error instanceof CutoverError
      ? error.verdict
      : error instanceof ConfigurationError
        ? `${describeError(error)} Nothing was written.`
        : `unexpected error: ${describeError(error)}. This is a bug in cutover; the log has the stack trace.`;
  // One paragraph: a reason from an alarm, an app or a parser must not start a heading or a list.
  return why.replace(/\s*[\r\n]+\s*/g, " ");
}

function outcomeOf(error: unknown): Outcome {
  return error instanceof CutoverError ? error.outcome : "failed";
}

/** The colors once; the router's notes on how it moves traffic only where this step moved it. */
function colors(routerNotes: boolean): string[] {
  const snapshot = story.snapshot;
  if (!snapshot) return [];
  const notes = routerNotes ? (snapshot.config.notes ?? []) : [];
  return [colorTable(snapshot), ...colorNotes(snapshot), ...notes, routesLine(snapshot)];
}

/** Whether the step wrote the routes: a switch, a rollback, or a soak that rolled back (a revert wrote them too). */
function movedTraffic(step: string, word: Word): boolean {
  return (
    ["switched", "rolled back", "reverted"].includes(word) || ((step === "switch" || step === "rollback") && word === "failed")
  );
}

function document(sections: string[]): string {
  return `${sections.filter(Boolean).join("\n\n")}\n`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
