import type { Tags } from "./aws/elbv2.ts";

export const TAG = {
  color: "cutover:color",
  version: "cutover:version",
  deployedAt: "cutover:deployed-at",
  liveSince: "cutover:live-since",
  retiredAt: "cutover:retired-at",
  tornDownAt: "cutover:torn-down-at",
  run: "cutover:run",
  rollbackReason: "cutover:rollback-reason",
} as const;

const MAX_VALUE = 256;

/** AWS tag values allow letters, digits, spaces and `_ . : / = + - @`; anything else becomes `_`. */
export function tagValue(text: string): string {
  return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, "_").slice(0, MAX_VALUE);
}

/** The run that made a change, as `owner/repo/actions/runs/ID/attempts/N`, or `local` off Actions. */
export function runTag(env: NodeJS.ProcessEnv = process.env): string {
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!repo || !id) return "local";
  return tagValue(`${repo}/actions/runs/${id}/attempts/${attempt ?? "1"}`);
}

export function versionOf(tags: Tags | undefined): string {
  return tags?.[TAG.version] ?? "";
}
