import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { CutoverError } from "../core/errors.ts";

/** The squawk release this step was built and tested against; npx fetches it where none is installed. */
export const SQUAWK_VERSION = "2.61.0";

export type ChangeKind = "expand" | "contract";

export interface Finding {
  file: string;
  /** 1-based, as an editor shows it (squawk reports 0-based lines). */
  line: number;
  rule: string;
  message: string;
  kind: ChangeKind;
}

export interface LintResult {
  files: string[];
  findings: Finding[];
  /** Per file: contract when any finding is, expand otherwise. */
  verdicts: Record<string, ChangeKind>;
}

/**
 * squawk's rules (docs: squawkhq.com/docs/rules) whose change breaks code written for the schema
 * before it: what the old color still runs. Every other finding (a missing lock_timeout, a
 * non-concurrent index) is about how the migration runs, not about old code, and stays advice.
 */
const CONTRACT_RULES = new Set([
  "renaming-column",
  "renaming-table",
  "ban-drop-column",
  "ban-drop-table",
  "ban-drop-database",
  "ban-truncate-cascade",
  "changing-column-type",
  "adding-required-field",
  "adding-not-nullable-field",
]);

export function kindOf(rule: string): ChangeKind {
  return CONTRACT_RULES.has(rule) ? "contract" : "expand";
}

interface SquawkViolation {
  file: string;
  line: number;
  level: string;
  message: string;
  rule_name: string;
}

/** The findings of squawk's JSON reporter (`--reporter json`), classified; a file it cannot parse fails the step. */
export function classify(files: string[], json: string): LintResult {
  let violations: SquawkViolation[];
  try {
    violations = JSON.parse(json) as SquawkViolation[];
    if (!Array.isArray(violations)) throw new Error("not a list");
  } catch (error) {
    throw new CutoverError(`squawk's output is not its JSON report (${(error as Error).message}): ${json.slice(0, 200)}`);
  }
  const syntax = violations.find((v) => v.rule_name === "syntax-error");
  if (syntax)
    throw new CutoverError(
      `${syntax.file}:${syntax.line + 1} does not parse as PostgreSQL (${syntax.message}); nothing was migrated.`,
    );
  const findings = violations.map((v) => ({
    file: v.file,
    line: v.line + 1,
    rule: v.rule_name,
    message: v.message,
    kind: kindOf(v.rule_name),
  }));
  const verdicts: Record<string, ChangeKind> = {};
  for (const file of files)
    verdicts[file] = findings.some((f) => f.file === file && f.kind === "contract") ? "contract" : "expand";
  return { files, findings, verdicts };
}

/** squawk given as an input, else on PATH or in the workspace's node_modules, else the pinned release through npx. */
export function squawkCommand(given: string | undefined, workspace: string): [string, string[]] {
  if (given) return [given, []];
  const local = path.join(workspace, "node_modules", ".bin", "squawk");
  const onPath = (process.env.PATH ?? "").split(path.delimiter).find((dir) => dir && existsSync(path.join(dir, "squawk")));
  if (onPath) return [path.join(onPath, "squawk"), []];
  if (existsSync(local)) return [local, []];
  return ["npx", ["--yes", `squawk-cli@${SQUAWK_VERSION}`]];
}

/** Runs squawk over the files (relative to the workspace) with its JSON reporter. */
export async function lint(
  files: string[],
  options: { config?: string; pgVersion?: string; squawk?: string },
  workspace: string,
): Promise<LintResult> {
  if (!files.length) return { files, findings: [], verdicts: {} };
  const [command, prefix] = squawkCommand(options.squawk, workspace);
  const args = [
    ...prefix,
    "--reporter",
    "json",
    ...(options.config ? ["--config", options.config] : []),
    ...(options.pgVersion ? ["--pg-version", options.pgVersion] : []),
    ...files,
  ];
  const out = await new Promise<string>((resolve, reject) => {
    // squawk exits 1 when it found anything: its report is on stdout either way.
    execFile(command, args, { cwd: workspace, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      if (stdout.trim().startsWith("[")) resolve(stdout);
      else
        reject(
          new CutoverError(
            `squawk did not lint the migrations (${error ? error.message.split("\n")[0] : "no report"}): ${stderr.trim().slice(0, 300)}`,
          ),
        );
    });
  });
  return classify(files, out);
}
