import { type Color, otherColor } from "../core/color.ts";
import { code } from "../core/untrusted.ts";
import { LEDGER, tornDownAt, versionOf } from "../routers/ledger-keys.ts";
import type { Snapshot } from "../routing/state.ts";
import { leadingColor, percent, relative } from "./report.ts";

/** The outcome of a step in one word: the first word an on-call engineer reads. */
export type Word =
  | "released"
  | "switched"
  | "rolled back"
  | "reverted"
  | "failed"
  | "nothing to do"
  | "migrated"
  | "deployed"
  | "checked"
  | "warmed"
  | "purged"
  | "torn down"
  | "live"
  | "split"
  | "dry run";

const ICON: Record<Word, string> = {
  released: "✅",
  switched: "✅",
  "rolled back": "⏪",
  reverted: "↩️",
  failed: "❌",
  "nothing to do": "💤",
  migrated: "🗄️",
  deployed: "📦",
  checked: "✅",
  warmed: "✅",
  purged: "✅",
  "torn down": "🧹",
  live: "🟢",
  split: "⚠️",
  "dry run": "📝",
};

/** What the first lines of a summary say: the outcome, what happened and what to do next. */
export interface Lead {
  word: Word;
  /** One sentence: what the step did (or found). */
  happened: string;
  /** One sentence naming the command or workflow to run next, or that nothing is needed. */
  next: string;
  /** The version the step is about, when it is not the live one (deploy-standby's). */
  version?: string;
}

/** Who ran what where, from the runner's variables and the step's own inputs. */
export interface RunContext {
  environment?: string;
  commit?: string;
  actor?: string;
  runUrl?: string;
  deploymentUrl?: string;
  environmentUrl?: string;
}

/** The run's context as GitHub's runner gives it (Variables reference: default environment variables). */
export function runContext(
  env: NodeJS.ProcessEnv,
  given: { environment?: string; environmentUrl?: string; deploymentId?: string },
): RunContext {
  const server = safeUrl(env.GITHUB_SERVER_URL ?? "https://github.com");
  const repo = /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY ?? "") ? env.GITHUB_REPOSITORY : undefined;
  const run = /^\d+$/.test(env.GITHUB_RUN_ID ?? "") ? env.GITHUB_RUN_ID : undefined;
  const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? "") ? Number(env.GITHUB_RUN_ATTEMPT) : 1;
  const base = server && repo ? `${server.replace(/\/$/, "")}/${repo}` : undefined;
  const environment = given.environment || undefined;
  const deployment = /^\d+$/.test(given.deploymentId ?? "") ? given.deploymentId : undefined;
  return {
    environment,
    commit: /^[0-9a-f]{7,40}$/i.test(env.GITHUB_SHA ?? "") ? env.GITHUB_SHA?.slice(0, 7) : undefined,
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || undefined,
    runUrl: base && run ? `${base}/actions/runs/${run}${attempt > 1 ? `/attempts/${attempt}` : ""}` : undefined,
    deploymentUrl:
      base && environment && deployment ? `${base}/deployments/${encodeURIComponent(environment)}#${deployment}` : undefined,
    environmentUrl: given.environmentUrl ? safeUrl(given.environmentUrl) : undefined,
  };
}

/** An http(s) URL that can sit in a Markdown link's destination as it is; undefined otherwise. */
function safeUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    return url.href.replace(/[()<>\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  } catch {
    return undefined;
  }
}

/**
 * The summary's first lines, trusted Markdown: the status line, who/what/where, and the links.
 * Every value that came from outside cutover (a version tag, an environment name, the actor) is
 * in a code span, and every link's destination went through safeUrl.
 */
export function statusLines(lead: Lead, title: string, context: RunContext, snapshot: Snapshot | undefined): string {
  // `title` follows the word: " to green · cutover switch".
  const live = snapshot ? versionOf(snapshot.tags[leadingColor(snapshot.state)]) : "";
  const version = lead.version ?? live;
  const facts = [
    context.environment ? `environment ${code(context.environment)}` : "",
    `version ${version ? code(version) : "(untagged)"}`,
    context.commit ? `commit ${code(context.commit)}` : "",
    context.actor ? `by ${code(context.actor)}` : "",
  ].filter(Boolean);
  const links = [
    context.runUrl ? `[run](${context.runUrl})` : "",
    context.deploymentUrl ? `[deployment](${context.deploymentUrl})` : "",
    context.environmentUrl ? `[${code(new URL(context.environmentUrl).host)}](${context.environmentUrl})` : "",
  ].filter(Boolean);
  const word = lead.word.charAt(0).toUpperCase() + lead.word.slice(1);
  const heading = `### ${ICON[lead.word]} ${word}${oneLine(title)}`;
  return [heading, [facts.join(" · "), links.join(" · ")].filter(Boolean).join("  \n")].join("\n\n");
}

/** Then what is live now, what happened, and the next step, one line each. */
export function storyLines(lead: Lead, snapshot: Snapshot | undefined, now: number): string[] {
  return [
    snapshot ? `**Live now:** ${liveNow(snapshot, now)}` : "",
    `**What happened:** ${oneLine(lead.happened)}`,
    `**Next:** ${oneLine(lead.next)}`,
  ].filter(Boolean);
}

function liveNow(snapshot: Snapshot, now: number): string {
  const { state, tags } = snapshot;
  if (!state.production) return "the production routes disagree; no single color is live.";
  const active = leadingColor(state);
  const other = otherColor(active);
  const since = tags[active][LEDGER.liveSince];
  const serves = `**${active}** serves ${shownVersion(snapshot, active)} (${percent(state.production, active)}%)`;
  const when = since ? ` since ${dated(since, now)}` : "";
  return `${serves}${when}; ${other} ${otherRole(snapshot, other, now)}.`;
}

function otherRole(snapshot: Snapshot, color: Color, now: number): string {
  const { state, tags } = snapshot;
  const share = state.production ? percent(state.production, color) : 0;
  if (share > 0) return `takes ${share}% (${shownVersion(snapshot, color)}): the router is shifting`;
  const gone = tornDownAt(tags[color]);
  if (gone) return `was torn down ${dated(gone, now)}`;
  return `is the standby with ${shownVersion(snapshot, color)}`;
}

function shownVersion(snapshot: Snapshot, color: Color): string {
  const version = versionOf(snapshot.tags[color]);
  return version ? code(version) : "an untagged release";
}

/** An ISO time as written, and how long ago it was: what a person reads first. */
function dated(iso: string, now: number): string {
  const ago = relative(iso, now);
  return `${code(iso)}${ago ? ` (${ago})` : ""}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
