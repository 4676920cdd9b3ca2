// Reaching the proxy: every read, write, test and reload is a POSIX sh script fed on stdin to
// `<nginx-exec> sh`. `docker exec -i proxy`, `kubectl exec -i ...` and `ssh deploy@proxy` all pass
// stdin through, and a script on stdin needs no second layer of quoting (ssh joins its arguments
// into one remote command line, docker exec does not). An empty prefix runs sh here. Each command
// has a deadline and stops when the step's signal aborts; a dropped connection is tried again.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { CutoverError } from "../../core/errors.ts";
import { childEnvironment } from "../../core/shell.ts";

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** A put-back: one try, since the engine (src/routing/router.ts) tries urgent writes again itself. */
  urgent?: boolean;
}

export interface Shell {
  /** What the scripts run through, for messages: `docker exec -i proxy sh`, or `sh`. */
  readonly via: string;
  run(script: string, options?: RunOptions): Promise<ExecResult>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Tries of a command that is not urgent: the first and three more. */
const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 1_500;

/** Exit codes the scripts use for their own ends (10 to 29): never a connection's failure. */
export const SCRIPT_CODES = { from: 10, to: 29 } as const;

/**
 * A connection that failed, not a command: ssh exits 255 on its own errors (ssh(1), EXIT STATUS),
 * and ssh, docker and kubectl say so on stderr when a connection is refused, reset or closed.
 */
const DROPPED =
  /connection (refused|reset|closed|timed out|lost)|broken pipe|kex_exchange_identification|connection to .* closed/i;

export function droppedConnection(result: ExecResult): boolean {
  const { code } = result;
  if (code === 0 || (code !== null && code >= SCRIPT_CODES.from && code <= SCRIPT_CODES.to)) return false;
  return code === 255 || code === null || DROPPED.test(result.stderr);
}

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

class TimedOut extends Error {}

function cancelled(signal: AbortSignal, via: string): Error {
  return signal.reason instanceof Error ? signal.reason : new CutoverError(`'${via}' was cancelled.`);
}

/** One run of the script; its whole process group is killed at the deadline or when the signal aborts. */
function runOnce(
  prefix: string,
  via: string,
  script: string,
  timeoutMs: number,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled(signal, via));
    // The prefix is the user's command line, read by bash as a workflow `run:` line would be. No
    // rc files: with its stdin a socket and no SHLVL, bash would read ~/.bashrc (bash(1), INVOCATION).
    const child = prefix
      ? spawn("bash", ["--noprofile", "--norc", "-c", `${prefix} sh`], { detached: true, env })
      : spawn("sh", [], { detached: true, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      settle();
      kill();
      reject(cancelled(signal as AbortSignal, via));
    };
    const timer = setTimeout(() => {
      settle();
      kill();
      reject(new TimedOut());
    }, timeoutMs);
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      settle();
      reject(new CutoverError(`Could not start '${via}': ${error.message}.`));
    });
    child.on("close", (code) => {
      settle();
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    // A prefix that exits without reading stdin closes the pipe: its exit code tells the story.
    child.stdin.on("error", () => {});
    child.stdin.end(script);
  });
}

function pause(ms: number, signal: AbortSignal | undefined, via: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled(signal, via));
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled(signal as AbortSignal, via));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs each script through the prefix, `timeoutMs` at most per try. A dropped connection or a try
 * past its deadline is tried again after a short pause: up to four tries, or one when urgent (the
 * engine retries those). The scripts are written so that running one twice does no harm.
 */
/** Scripts through `prefix`, with childEnvironment's variables only (never the step's inputs). */
export function execShell(prefix: string, timeoutMs = DEFAULT_TIMEOUT_MS, passthrough: string[] = []): Shell {
  const trimmed = prefix.trim();
  const via = trimmed ? `${trimmed} sh` : "sh";
  return {
    via,
    run: async (script, options = {}) => {
      for (let attempt = 1; ; attempt++) {
        const last = options.urgent || attempt >= ATTEMPTS;
        try {
          const result = await runOnce(trimmed, via, script, timeoutMs, childEnvironment({}, passthrough), options.signal);
          if (last || !droppedConnection(result)) return result;
        } catch (error) {
          if (!(error instanceof TimedOut)) throw error;
          if (last) {
            throw new CutoverError(`'${via}' did not finish within ${timeoutMs / 1000} s, ${attempt} times.`);
          }
        }
        await pause(Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS), options.signal, via);
      }
    },
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
