import { spawn } from "node:child_process";
import { formatDuration } from "./durations.ts";
import { CutoverError } from "./errors.ts";
import { inputError, readList } from "./inputs.ts";
import * as core from "./runner.ts";

/**
 * What a command cutover runs always gets from the step's environment: PATH and HOME, and the
 * runner's standard variables ("Variables" in GitHub's docs: CI, GITHUB_*, RUNNER_*). Never the
 * step's INPUT_* (its headers, its GitHub token), nor anything else unless env-passthrough names it.
 */
const STANDARD = /^(PATH|HOME|CI|GITHUB_\w+|RUNNER_\w+)$/;
const NEVER = /^INPUT_/;
/** A name in env-passthrough: a variable, or a prefix ending in * (`AWS_*`). */
const PASSTHROUGH = /^[A-Za-z_][A-Za-z0-9_]*\*?$/;

/** env-passthrough: the extra variables the user's commands (and nginx-exec) are given. */
export function readEnvPassthrough(): string[] {
  const names = readList("env-passthrough");
  for (const name of names) {
    if (!PASSTHROUGH.test(name))
      throw inputError(
        "env-passthrough",
        `${JSON.stringify(name)} is not a variable name or a NAME_* prefix`,
        "AWS_*, KUBECONFIG",
      );
    if (NEVER.test(name))
      throw inputError("env-passthrough", `${name} is a step input: inputs are never passed to commands`, "AWS_*, KUBECONFIG");
  }
  return names;
}

/** A command's whole environment: the standard variables, what env-passthrough names, then `values`. */
export function childEnvironment(values: Record<string, string>, passthrough: string[]): Record<string, string> {
  const wanted = (name: string) =>
    STANDARD.test(name) || passthrough.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !NEVER.test(name) && wanted(name)) env[name] = value;
  return { ...env, ...values };
}

/** The names a command is given, for the log: exactly what was passed. */
export function describeEnvironment(env: Record<string, string>): string {
  return Object.keys(env).sort().join(", ");
}

const KILL_GRACE_MS = 10_000;
/**
 * After a cancel, how long the command has to exit on its own before it is killed: the runner
 * sends SIGTERM 7.5 s after SIGINT and SIGKILL 2.5 s later, and a command still running when
 * this step is killed would live on as an orphan.
 */
export const CANCEL_GRACE_MS = 5_000;
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Runs a user's command through bash, as a workflow `run:` would (errexit, pipefail), with its
 * output streamed to the log and only childEnvironment's variables. Past `timeoutMs`, or when the run is cancelled, its whole process
 * group gets the signal and is killed after a grace period.
 */
export async function runCommand(
  label: string,
  command: string,
  values: Record<string, string>,
  timeoutMs: number,
  passthrough: string[] = [],
  /** When given, the command's output lines are kept here too (the last MAX_KEPT), for a summary. */
  kept?: string[],
): Promise<void> {
  const env = childEnvironment(values, passthrough);
  core.info(`Running ${label} (timeout ${formatDuration(timeoutMs)}), with ${describeEnvironment(env)}`);
  const started = Date.now();
  // As the runner runs a `run:` step: no rc files, which bash would otherwise read with no SHLVL
  // in the environment and its stdin a socket (bash(1), INVOCATION).
  const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", command], {
    env,
    stdio: ["ignore", kept ? "pipe" : "inherit", kept ? "pipe" : "inherit"],
    detached: true,
  });
  if (kept) keepLines(child, kept);
  let timedOut = false;
  let cancelledBy: NodeJS.Signals | undefined;
  let killAt = 0;
  const timers: NodeJS.Timeout[] = [];
  const stop = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const stopThenKill = (signal: NodeJS.Signals, graceMs: number) => {
    stop(signal);
    killAt = Date.now() + graceMs;
    timers.push(setTimeout(() => stop("SIGKILL"), graceMs));
  };
  timers.push(
    setTimeout(() => {
      timedOut = true;
      core.error(`${label} is still running after ${formatDuration(timeoutMs)}; stopping it.`);
      stopThenKill("SIGTERM", KILL_GRACE_MS);
    }, timeoutMs),
  );
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancelledBy) return stop(signal);
    cancelledBy = signal;
    core.warning(
      `${signal} received: passing it to ${label}, which is killed in ${formatDuration(CANCEL_GRACE_MS)} unless it exits.`,
    );
    stopThenKill(signal, CANCEL_GRACE_MS);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exit) => resolve(exit));
  }).finally(() => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  });
  // bash may be gone while what it started still runs: wait out the grace, then kill the rest.
  if (cancelledBy || timedOut) await untilGone(child.pid, killAt, () => stop("SIGKILL"));
  for (const timer of timers) clearTimeout(timer);
  const took = formatDuration(Date.now() - started);
  if (cancelledBy)
    throw new CutoverError(`The run was cancelled (${cancelledBy}) while ${label} ran; it was stopped after ${took}.`);
  if (timedOut) throw new CutoverError(`${label} did not finish within ${formatDuration(timeoutMs)} and was stopped.`);
  if (code !== 0) throw new CutoverError(`${label} exited with ${code ?? "a signal"} after ${took}; see its output above.`);
  core.info(`${label} finished after ${took}.`);
}

const MAX_KEPT = 200;

/** Passes the output on to the log as it comes, and keeps its lines. */
function keepLines(child: ReturnType<typeof spawn>, kept: string[]): void {
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let partial = "";
    stream?.on("data", (chunk: Buffer) => {
      out.write(chunk);
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      kept.push(...lines);
      kept.splice(0, Math.max(0, kept.length - MAX_KEPT));
    });
    stream?.on("end", () => {
      if (partial) kept.push(partial);
    });
  }
}

function groupAlive(pid: number | undefined): boolean {
  try {
    return pid !== undefined && process.kill(-pid, 0);
  } catch {
    return false;
  }
}

async function untilGone(pid: number | undefined, killAt: number, kill: () => void): Promise<void> {
  while (groupAlive(pid) && Date.now() < killAt) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(pid)) kill();
}
