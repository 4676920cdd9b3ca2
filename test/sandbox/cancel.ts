// How GitHub's runner cancels a step: SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
// that ("Cancelling a workflow run", GitHub Actions docs). Tests use it to prove the grace is enough.
import type { ChildProcess } from "node:child_process";

export const RUNNER_SIGTERM_AFTER_MS = 7_500;
export const RUNNER_SIGKILL_AFTER_MS = 2_500;

export interface Cancel {
  /** When SIGINT was sent. */
  at: number;
  /** The signals that had to be sent, in order. */
  sent: NodeJS.Signals[];
  /** Resolves once the process has exited. */
  exited: Promise<number>;
}

/** Cancels `child` as the runner does; later signals go out only while the process still runs. */
export function cancelLikeRunner(child: ChildProcess): Cancel {
  const sent: NodeJS.Signals[] = [];
  const send = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      sent.push(signal);
      child.kill(signal);
    }
  };
  const at = Date.now();
  send("SIGINT");
  const term = setTimeout(() => send("SIGTERM"), RUNNER_SIGTERM_AFTER_MS);
  const kill = setTimeout(() => send("SIGKILL"), RUNNER_SIGTERM_AFTER_MS + RUNNER_SIGKILL_AFTER_MS);
  const exited = new Promise<number>((resolve) => {
    const done = () => {
      clearTimeout(term);
      clearTimeout(kill);
      resolve(Date.now());
    };
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.on("exit", done);
  });
  return { at, sent, exited };
}

/** Waits until the step's log matches, failing fast when the step ends first. */
export function untilLogged(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`not logged within ${timeoutMs} ms: ${pattern}\n${log}`)), timeoutMs);
    child.stdout?.on("data", (d: Buffer) => {
      log += d;
      if (pattern.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the step exited with ${code} before logging ${pattern}\n${log}`));
    });
  });
}
