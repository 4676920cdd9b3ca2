import { type Color, otherColor, type PerColor } from "../core/color.ts";
import { describeError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import type { CallOptions, Ledger, LedgerPort } from "../routers/port.ts";

export const TAG = {
  color: "cutover:color",
  version: "cutover:version",
  deployedAt: "cutover:deployed-at",
  liveSince: "cutover:live-since",
  retiredAt: "cutover:retired-at",
  tornDownAt: "cutover:torn-down-at",
  run: "cutover:run",
  rollbackReason: "cutover:rollback-reason",
  /** The reason as it was written (base64url of its UTF-8): tag values cannot hold `%` or `>`, summaries show it whole. */
  rollbackReasonText: "cutover:rollback-reason-text",
  /** Which run last wrote the routes, what and when: written with a flip's first write. */
  lastWrite: "cutover:last-write",
  /** Set by teardown before it deregisters; switch and rollback refuse a color that carries it. */
  teardownStarted: "cutover:teardown-started",
} as const;

const MAX_VALUE = 256;

/** Words for the characters a reason often holds and a tag value may not. */
const SPELLED: Record<string, string> = { "%": " pct", ">": " over ", "<": " under ", "&": " and ", "#": " no. " };

/**
 * AWS tag values allow letters, digits, spaces and `_ . : / = + - @`. Anything else is spelled
 * out or becomes a space, so that `45.5% (5/11) > 1%` reads `45.5 pct 5/11 over 1 pct`, not `45.5_ _5/11_`.
 */
export function tagValue(text: string): string {
  return text
    .replace(/[%<>&#]/g, (c) => SPELLED[c] ?? " ")
    .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_VALUE);
}

/** The run that made a change, as `owner/repo/actions/runs/ID/attempts/N`, or `local` off Actions. */
export function runTag(env: NodeJS.ProcessEnv = process.env): string {
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!repo || !id) return "local";
  return tagValue(`${repo}/actions/runs/${id}/attempts/${attempt ?? "1"}`);
}

/** Base64url holds only letters, digits, `-` and `_`: within every ledger's charset. 189 bytes fit in 252 characters. */
function encodeReason(reason: string): string {
  let chars = [...reason];
  while (Buffer.byteLength(chars.join(""), "utf8") > 189) chars = chars.slice(0, -1);
  return Buffer.from(chars.join(""), "utf8").toString("base64url");
}

/** The rollback reason as it was written, where the ledger keeps it; else its tag-safe form. */
export function reasonOf(tags: Ledger): string | undefined {
  const text = tags[TAG.rollbackReasonText];
  if (text && /^[A-Za-z0-9_-]+$/.test(text)) return Buffer.from(text, "base64url").toString("utf8");
  return tags[TAG.rollbackReason];
}

export function versionOf(tags: Ledger | undefined): string {
  return tags?.[TAG.version] ?? "";
}

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
  const run = runTag();
  const previous = otherColor(target);
  const why: Ledger = reason ? { [TAG.rollbackReason]: tagValue(reason), [TAG.rollbackReasonText]: encodeReason(reason) } : {};
  const reasons = [TAG.rollbackReason, TAG.rollbackReasonText];
  const edits: { color: Color; add: Ledger; remove: string[] }[] = [
    {
      color: target,
      add: { [TAG.liveSince]: now, [TAG.run]: run },
      remove: [TAG.retiredAt, TAG.tornDownAt, ...reasons].filter((k) => k in tags[target]),
    },
    // The reason tells why the color was last taken out of service; an older one no longer does.
    {
      color: previous,
      add: { [TAG.retiredAt]: now, [TAG.run]: run, ...why },
      remove: reason ? [] : reasons.filter((k) => k in tags[previous]),
    },
  ];
  const result: PerColor<Ledger> = { blue: { ...tags.blue }, green: { ...tags.green } };
  await Promise.all(
    edits.map(async ({ color, add, remove }) => {
      try {
        await ledger.write(color, add, remove, options);
      } catch (error) {
        core.warning(`Traffic moved, but tagging ${color} failed: ${describeError(error)}`);
        return;
      }
      for (const [key, value] of Object.entries(add)) {
        if (result[color][key] !== value) core.info(`Tag ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
      }
      for (const key of remove) core.info(`Tag ${color} ${key}: ${result[color][key]} → (removed)`);
      for (const key of remove) delete result[color][key];
      Object.assign(result[color], add);
    }),
  );
  return result;
}
