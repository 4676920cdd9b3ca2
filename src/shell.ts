import { spawn } from "node:child_process";
import * as core from "@actions/core";
import { CutoverError } from "./errors.ts";
import { formatDuration } from "./inputs.ts";

const KILL_GRACE_MS = 10_000;

/**
 * Runs a user's command through bash, as a workflow `run:` would (errexit, pipefail), with its
 * output streamed to the log. Past `timeoutMs` its whole process group is stopped.
 */
export async function runCommand(label: string, command: string, env: Record<string, string>, timeoutMs: number): Promise<void> {
  core.info(`Running ${label} (timeout ${formatDuration(timeoutMs)}), with ${Object.keys(env).join(", ")}`);
  const started = Date.now();
  const child = spawn("bash", ["-eo", "pipefail", "-c", command], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  let timedOut = false;
  const stop = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    core.error(`${label} is still running after ${formatDuration(timeoutMs)}; stopping it.`);
    stop("SIGTERM");
    setTimeout(() => stop("SIGKILL"), KILL_GRACE_MS).unref();
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exit) => resolve(exit));
  }).finally(() => clearTimeout(timer));
  const took = formatDuration(Date.now() - started);
  if (timedOut) throw new CutoverError(`${label} did not finish within ${formatDuration(timeoutMs)} and was stopped.`);
  if (code !== 0) throw new CutoverError(`${label} exited with ${code ?? "a signal"} after ${took}; see its output above.`);
  core.info(`${label} finished after ${took}.`);
}
