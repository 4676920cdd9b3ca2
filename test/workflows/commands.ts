// What a step tells the runner: file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE,
// GITHUB_STEP_SUMMARY) and workflow commands on stdout (`::error::`, `::add-mask::`, ...), as in
// "Workflow commands for GitHub Actions" (docs.github.com). The deprecated ::set-output and
// ::save-state commands fail the step: cutover must write the files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseFileCommands } from "../sandbox/run-action.ts";

export type CommandFile = "GITHUB_OUTPUT" | "GITHUB_ENV" | "GITHUB_PATH" | "GITHUB_STATE" | "GITHUB_STEP_SUMMARY";

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: Record<string, string>;
}

export interface StepEffects {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** The log with masked values as ***, commands as the runner shows them. */
  log: string;
  /** A command the runner would refuse, or one cutover must not use. */
  refused: string[];
}

/** Fresh, empty command files for one step, in `dir`. */
export function commandFiles(dir: string, step: number): Record<CommandFile, string> {
  const stepDir = path.join(dir, `step-${step}`);
  mkdirSync(stepDir, { recursive: true });
  const files = {} as Record<CommandFile, string>;
  for (const name of ["GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"] as const) {
    files[name] = path.join(stepDir, name.toLowerCase());
    writeFileSync(files[name], "");
  }
  return files;
}

function unescapeData(value: string): string {
  return value.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%25", "%");
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replaceAll("%3A", ":").replaceAll("%2C", ",");
}

export function mask(text: string, masks: Set<string>): string {
  let out = text;
  for (const secret of [...masks].sort((a, b) => b.length - a.length)) if (secret) out = out.split(secret).join("***");
  return out;
}

/** Reads the command files and the stdout of a finished step; `masks` grows with ::add-mask::. */
export function readEffects(files: Record<CommandFile, string>, stdout: string, masks: Set<string>): StepEffects {
  const effects: StepEffects = {
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, "utf8")),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, "utf8")),
    path: readFileSync(files.GITHUB_PATH, "utf8").split("\n").filter(Boolean),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, "utf8")),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
    annotations: [],
    log: "",
    refused: [],
  };
  const lines: string[] = [];
  let stopToken = "";
  for (const line of stdout.split("\n")) {
    const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!command || (stopToken && command[1] !== stopToken)) {
      lines.push(line);
      continue;
    }
    const [, name, props = "", value = ""] = command as unknown as [string, string, string?, string?];
    if (stopToken) {
      stopToken = "";
      continue;
    }
    const message = unescapeData(value);
    const properties = Object.fromEntries(
      props
        .split(",")
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf("=")), unescapeProperty(p.slice(p.indexOf("=") + 1))]),
    );
    if (name === "add-mask") masks.add(message);
    else if (name === "error" || name === "warning" || name === "notice") {
      effects.annotations.push({ level: name, message, properties });
      lines.push(`${name}: ${message}`);
    } else if (name === "group") lines.push(`▶ ${message}`);
    else if (name === "endgroup" || name === "debug") continue;
    else if (name === "stop-commands") stopToken = value;
    else
      effects.refused.push(
        `::${name}:: is not a command this runner takes (${name === "set-output" || name === "save-state" ? "deprecated; write the file instead" : "unknown"})`,
      );
  }
  effects.log = mask(lines.join("\n"), masks);
  effects.summary = mask(effects.summary, masks);
  effects.annotations = effects.annotations.map((a) => ({ ...a, message: mask(a.message, masks) }));
  return effects;
}
