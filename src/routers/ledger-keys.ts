// The ledger's keys and the encoding of its values: what every router's LedgerPort stores per color.
import type { Ledger } from "./port.ts";

export const LEDGER = {
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
export function ledgerValue(text: string): string {
  return text
    .replace(/[%<>&#]/g, (c) => SPELLED[c] ?? " ")
    .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_VALUE);
}

/** The run that made a change, as `owner/repo/actions/runs/ID/attempts/N`, or `local` off Actions. */
export function runMark(env: NodeJS.ProcessEnv = process.env): string {
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!repo || !id) return "local";
  return ledgerValue(`${repo}/actions/runs/${id}/attempts/${attempt ?? "1"}`);
}

/** Base64url holds only letters, digits, `-` and `_`: within every ledger's charset. 189 bytes fit in 252 characters. */
export function encodeReason(reason: string): string {
  let chars = [...reason];
  while (Buffer.byteLength(chars.join(""), "utf8") > 189) chars = chars.slice(0, -1);
  return Buffer.from(chars.join(""), "utf8").toString("base64url");
}

/** The rollback reason as it was written, where the ledger keeps it; else its tag-safe form. */
export function reasonOf(tags: Ledger): string | undefined {
  const text = tags[LEDGER.rollbackReasonText];
  if (text && /^[A-Za-z0-9_-]+$/.test(text)) return Buffer.from(text, "base64url").toString("utf8");
  return tags[LEDGER.rollbackReason];
}

export function versionOf(tags: Ledger | undefined): string {
  return tags?.[LEDGER.version] ?? "";
}

/** When the color was torn down, unless a release was deployed onto it since. */
export function tornDownAt(tags: Ledger): string | undefined {
  const at = tags[LEDGER.tornDownAt];
  const deployed = tags[LEDGER.deployedAt];
  return at && !(deployed && deployed > at) ? at : undefined;
}
