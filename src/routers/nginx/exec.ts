// Reaching the proxy: every read, write, test and reload is a POSIX sh script fed on stdin to
// `<nginx-exec> sh`. `docker exec -i proxy`, `kubectl exec -i ...` and `ssh deploy@proxy` all pass
// stdin through, and a script on stdin needs no second layer of quoting (ssh joins its arguments
// into one remote command line, docker exec does not). An empty prefix runs sh here.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { CutoverError } from "../../core/errors.ts";
import { childEnvironment } from "../../core/shell.ts";

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Shell {
  /** What the scripts run through, for messages: `docker exec -i proxy sh`, or `sh`. */
  readonly via: string;
  run(script: string, timeoutMs?: number): Promise<ExecResult>;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** Quotes a word for sh: single quotes, with each ' as '\''. */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/** A here-document that carries `content` exactly; its delimiter is random, so no line can end it. */
export function hereDocument(command: string, content: string): string {
  const body = content.endsWith("\n") ? content : `${content}\n`;
  let tag: string;
  do tag = `CUTOVER_${randomBytes(8).toString("hex")}`;
  while (body.split("\n").includes(tag));
  return `${command} <<'${tag}'\n${body}${tag}\n`;
}

/** Scripts through `prefix`, with childEnvironment's variables only (never the step's inputs). */
export function execShell(prefix: string, passthrough: string[] = []): Shell {
  const trimmed = prefix.trim();
  const via = trimmed ? `${trimmed} sh` : "sh";
  return {
    via,
    run: (script, timeoutMs = DEFAULT_TIMEOUT_MS) =>
      new Promise((resolve, reject) => {
        // The prefix is the user's command line, read by bash as a workflow `run:` line would be.
        const env = childEnvironment({}, passthrough);
        const child = trimmed ? spawn("bash", ["-c", `${trimmed} sh`], { env }) : spawn("sh", [], { env });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          reject(new CutoverError(`'${via}' did not finish within ${timeoutMs / 1000} s.`));
        }, timeoutMs);
        child.on("error", (error) => {
          clearTimeout(timer);
          reject(new CutoverError(`Could not start '${via}': ${error.message}.`));
        });
        child.on("close", (code) => {
          clearTimeout(timer);
          resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
        });
        // A prefix that exits without reading stdin closes the pipe: its exit code tells the story.
        child.stdin.on("error", () => {});
        child.stdin.end(script);
      }),
  };
}

/** What a failed command said, in one line for an `::error::`: nginx's `[emerg]` line first when there is one. */
export function commandMessage(result: ExecResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const emerg = lines.filter((l) => /\[(emerg|alert|crit|error)\]/.test(l));
  const shown = (emerg.length ? emerg : lines).join(" | ");
  return shown || `exit code ${result.code ?? "(killed)"}, no output`;
}
