// Runs a committed step bundle the way GitHub's runner does: inputs as INPUT_* variables, and
// outputs, summary and state through the GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_STATE files.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ActionRun {
  code: number;
  /** The log as the runner shows it: workflow commands' escapes (%25, %0A) decoded. */
  stdout: string;
  /** The log as the step wrote it, before the runner decodes its commands: what the runner parses. */
  raw: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

/** `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes them. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^=<]+)<<(.+)$/.exec(lines[i] as string);
    if (match) {
      const [, name, delimiter] = match as unknown as [string, string, string];
      const end = lines.indexOf(delimiter, i + 1);
      out[name] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (lines[i]?.includes("=")) {
      const line = lines[i] as string;
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

/** `::error::` and `::warning::` lines escape %, CR and LF; the runner shows them decoded. */
export function decodeCommands(log: string): string {
  return log
    .split("\n")
    .map((line) => (line.startsWith("::") ? line.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%25", "%") : line))
    .join("\n");
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
}

/** The parent's environment without anything a runner would not pass to a fresh step. */
function baseEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !/^(INPUT_|GITHUB_|AWS_|RUNNER_)/.test(entry[0]),
    ),
  );
}

export async function runAction(
  step: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return startAction(step, inputs, env).result;
}

/** Empty GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_STATE files in `dir`. */
export function githubFiles(dir: string): Record<"GITHUB_OUTPUT" | "GITHUB_STEP_SUMMARY" | "GITHUB_STATE", string> {
  const files = {
    GITHUB_OUTPUT: path.join(dir, "output"),
    GITHUB_STEP_SUMMARY: path.join(dir, "summary"),
    GITHUB_STATE: path.join(dir, "state"),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  return files;
}

/** What the runner gives a step's process: its inputs, the workflow's context and the command files. */
export function stepEnv(
  files: Record<string, string>,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Record<string, string> {
  return {
    ...baseEnv(),
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    ...files,
    ...env,
    ...inputEnv(inputs),
  };
}

/** Starts a step and hands back its process, for tests that signal it mid-run. */
export function startAction(
  step: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): { child: ChildProcess; result: Promise<ActionRun> } {
  const dir = mkdtempSync(path.join(tmpdir(), `cutover-${step}-`));
  const files = githubFiles(dir);
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, "dist", `${step}.js`)], {
    cwd: ROOT,
    env: stepEnv(files, inputs, env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d));
  child.stderr?.on("data", (d: Buffer) => (stderr += d));
  const result = new Promise<ActionRun>((resolve) =>
    child.on("close", (code) => {
      try {
        resolve({
          code: code ?? 1,
          stdout: decodeCommands(stdout),
          raw: stdout,
          stderr,
          outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, "utf8")),
          summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
          ms: performance.now() - started,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
  );
  return { child, result };
}
