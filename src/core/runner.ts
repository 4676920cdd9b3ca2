// The runner's side of a step, done by @actions/core's own command modules: workflow commands
// (::error::, ::add-mask::, groups) on stdout, and file commands (GITHUB_OUTPUT) with its
// delimiter check. They are imported by path, not through the package's index, because the index
// also loads its OIDC client and with it undici (0.9 MB): measured on the sandbox, about 50 ms of
// CPU in a status step run later in a job (3.85x a bare node, 3.29x without it), for a token
// cutover never asks for (configure-aws-credentials does). Build and tests resolve the path from
// src/core and from the compiled tree alike (scripts/build.ts keeps it at src's depth). These are
// the package's internals, so package.json pins its version: a bump that moves them fails the
// typecheck and the build, not a run.

import { appendFile } from "node:fs/promises";
import { EOL } from "node:os";
import { issue, issueCommand } from "../../node_modules/@actions/core/lib/command.js";
import { issueFileCommand, prepareKeyValueMessage } from "../../node_modules/@actions/core/lib/file-command.js";
import { redact, registerSecret } from "./secrets.ts";
import { neutralData, neutralLog, safeMarkdown } from "./untrusted.ts";

// Every line this file writes passes through untrusted.ts (no line starts a workflow command, no
// summary holds HTML or a link) and secrets.ts (no registered secret in any printed form), so a
// caller never has to remember either.

/** An input as @actions/core's getInput reads it: INPUT_ and the name upper-cased, spaces as _. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}

/** Masks `secret` in the runner's log, and hides it and its encoded forms in everything cutover writes. */
export function setSecret(secret: string): void {
  registerSecret(secret);
  // The runner masks the base64, URL and JSON forms of what it is told itself (its value encoders).
  const lines = secret.split(/\r?\n/).map((l) => l.trim());
  for (const value of [secret, ...(lines.length > 1 ? lines.filter(Boolean) : [])]) {
    if (told.has(value)) continue;
    told.add(value);
    issueCommand("add-mask", {}, value);
  }
}

const told = new Set<string>();

/** Hides a part of a secret already masked whole (a bearer's token) in everything cutover writes. */
export function hideSecretPart(part: string): void {
  registerSecret(part);
}

/** Outputs are read by later jobs: only a secret long enough to be no ordinary word is hidden there. */
const OUTPUT_SECRET_MIN = 8;

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function info(message: string): void {
  process.stdout.write(`${neutralLog(redact(message)).replaceAll("\n", EOL)}${EOL}`);
}

export const warning = (message: string): void => issueCommand("warning", {}, neutralData(redact(message)));
export const error = (message: string): void => issueCommand("error", {}, neutralData(redact(message)));
export const startGroup = (name: string): void => issue("group", neutralLog(redact(name)).replaceAll("\n", " "));
export const endGroup = (): void => issue("endgroup");

/** A step output in GITHUB_OUTPUT; off Actions it falls back to the old command, as core.setOutput does. */
export function setOutput(name: string, raw: string): void {
  const value = redact(raw, OUTPUT_SECRET_MIN);
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, value);
}

/** The job summary as it is written: secrets hidden, HTML and links inert. Idempotent. */
export function summaryText(markdown: string): string {
  return safeMarkdown(redact(markdown));
}

/**
 * Appends Markdown to the job summary, as core.summary does; off Actions (no GITHUB_STEP_SUMMARY)
 * nothing is written. `head` is cutover's own Markdown (its links, untrusted values in code
 * spans): secrets are hidden in it, but its links stay live.
 */
export async function appendSummary(markdown: string, head = ""): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, `${redact(head)}${summaryText(markdown)}${EOL}`, { encoding: "utf8" });
}

/** A report file (the smoke report): secrets hidden, like every other thing cutover writes. */
export function reportText(text: string): string {
  return redact(text);
}
