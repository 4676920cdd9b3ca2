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

/** An input as @actions/core's getInput reads it: INPUT_ and the name upper-cased, spaces as _. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}

export function setSecret(secret: string): void {
  issueCommand("add-mask", {}, secret);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export const warning = (message: string): void => issueCommand("warning", {}, message);
export const error = (message: string): void => issueCommand("error", {}, message);
export const startGroup = (name: string): void => issue("group", name);
export const endGroup = (): void => issue("endgroup");

/** A step output in GITHUB_OUTPUT; off Actions it falls back to the old command, as core.setOutput does. */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, value);
}

/** Appends Markdown to the job summary, as core.summary does; off Actions (no GITHUB_STEP_SUMMARY) nothing is written. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, `${markdown}${EOL}`, { encoding: "utf8" });
}
