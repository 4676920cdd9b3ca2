import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";

// The runner's side of a JavaScript action, from GitHub's "Workflow commands for GitHub Actions":
// inputs arrive as INPUT_<NAME> variables; log commands are `::command::message` lines on stdout;
// outputs and the job summary are appended to the files named by GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY. These few functions stand in for @actions/core, whose OIDC client loads
// undici (about a hundred modules) into every step at start-up although no step uses it.

/** The input as the runner passes it: spaces in the name become `_`, and the name is upper-cased. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}

/** `%`, CR and LF are escaped in a command's message; `:` and `,` too in its properties. */
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function command(name: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C")}`)
    .join(",");
  process.stdout.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function warning(message: string): void {
  command("warning", message);
}

export function error(message: string): void {
  command("error", message);
}

/** One `::error::` line, and the step fails once it exits. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** The runner masks the value in every later log line. */
export function setSecret(value: string): void {
  command("add-mask", value);
}

export function startGroup(name: string): void {
  command("group", name);
}

export function endGroup(): void {
  command("endgroup", "");
}

/** `name<<delimiter`, the value, the delimiter: a delimiter no value can contain, so any value is safe. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    command("set-output", value, { name });
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}

/** Appends Markdown to the job summary; off Actions (no GITHUB_STEP_SUMMARY) nothing is written. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${markdown}${EOL}`);
}
