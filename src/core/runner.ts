// The runner's side of a step. @actions/core does the work, loaded by runStep once the inputs are
// valid: it is most of what a step costs to start, and a rejected input needs none of it. What a
// step can do before then (read an input, mask a secret, fail with one line, write the summary)
// is the runner's documented protocol itself: INPUT_<NAME> variables, the ::add-mask:: and
// ::error:: commands, and appending to GITHUB_STEP_SUMMARY.
import { appendFile } from "node:fs/promises";
import { EOL } from "node:os";

type Toolkit = typeof import("@actions/core");

let toolkit: Toolkit | undefined;

/** Loads @actions/core; runStep calls it once the inputs are read and valid. */
export async function loadToolkit(): Promise<void> {
  toolkit ??= await import("@actions/core");
}

function loaded(): Toolkit {
  if (!toolkit) throw new Error("@actions/core is used before runStep loaded it");
  return toolkit;
}

/** An input as @actions/core's getInput reads it: INPUT_ and the name upper-cased, spaces as _. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}

/** A workflow command's data, escaped as the runner expects it. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function command(name: string, data: string): void {
  process.stdout.write(`::${name}::${escapeData(data)}${EOL}`);
}

export function setSecret(secret: string): void {
  if (toolkit) toolkit.setSecret(secret);
  else command("add-mask", secret);
}

export function setFailed(message: string): void {
  if (toolkit) {
    toolkit.setFailed(message);
    return;
  }
  process.exitCode = 1;
  command("error", message);
}

export const info = (message: string): void => loaded().info(message);
export const warning = (message: string): void => loaded().warning(message);
export const error = (message: string): void => loaded().error(message);
export const startGroup = (name: string): void => loaded().startGroup(name);
export const endGroup = (): void => loaded().endGroup();
export const setOutput = (name: string, value: string): void => loaded().setOutput(name, value);

/** Appends Markdown to the job summary, as core.summary does; off Actions (no GITHUB_STEP_SUMMARY) nothing is written. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, `${markdown}${EOL}`, { encoding: "utf8" });
}
