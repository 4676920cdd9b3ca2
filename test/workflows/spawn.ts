// A step's process as GitHub's runner starts and stops it: its own process group, SIGINT on a
// cancel and SIGTERM 7.5 s later, and the same at the step's or the job's timeout-minutes.
import { spawn } from "node:child_process";
import type { JobState } from "./state.ts";

/** The step's time limit: its own timeout-minutes, or what is left of the job's, whichever ends first. */
export function timeoutOf(job: JobState, minutes: number | undefined, name: string): JobState["timeout"] {
  const own = minutes === undefined ? Number.POSITIVE_INFINITY : minutes * 60_000;
  const left = job.deadline === undefined ? Number.POSITIVE_INFINITY : job.deadline - Date.now();
  if (own === Number.POSITIVE_INFINITY && left === Number.POSITIVE_INFINITY) return undefined;
  return own <= left
    ? { ms: own, message: `The action '${name}' has timed out after ${minutes} minutes.` }
    : { ms: Math.max(0, left), message: `The job ${job.id} has exceeded its timeout-minutes.` };
}

/** The runner's child process; a cancelled run gets SIGINT, then SIGTERM 7.5 s later, as GitHub's runner sends them. */
export function spawnStep(
  job: JobState,
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string }> {
  const PATH = [...job.path, job.processEnv.PATH ?? ""].join(":");
  // A group of its own, so that a signal reaches the step's whole process tree, as the runner's does.
  const child = spawn(command, args, {
    cwd,
    env: { ...job.processEnv, ...env, PATH },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => (stdout += d));
  const onAbort = () => {
    signal("SIGINT");
    setTimeout(() => signal("SIGTERM"), 7_500).unref();
  };
  job.signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = "";
  const timer =
    job.timeout &&
    setTimeout(
      (message: string) => {
        timedOut = message;
        onAbort();
      },
      job.timeout.ms,
      job.timeout.message,
    );
  return new Promise((done) =>
    child.on("close", (code) => {
      job.signal?.removeEventListener("abort", onAbort);
      if (timer) clearTimeout(timer);
      done(timedOut ? { code: 1, stdout: `${stdout}\n::error::${timedOut}` } : { code: code ?? 1, stdout });
    }),
  );
}
