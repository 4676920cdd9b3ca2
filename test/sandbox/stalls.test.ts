// A timeout that counts only the time the process ran: the kubelet's readiness probes use it, so
// that a test process stalled on a busy machine does not mark every pod unready (issue 29: the
// stepped weighted e2e test's 503s under a loaded full run).
import { expect, it } from "vitest";
import { afterRunning } from "./stalls.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a busy machine does to this process: it does not run for `ms`. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

it("does not count a stall of the process toward a timeout, as a wall-clock timeout does", async () => {
  const ran = afterRunning(200);
  const wall = AbortSignal.timeout(200);
  stall(600);
  // After a stall, Node runs expired timers before it reads any socket: where an answer may wait.
  await sleep(30);
  expect(wall.aborted).toBe(true);
  expect(ran.signal.aborted).toBe(false);
  const deadline = performance.now() + 5_000;
  while (!ran.signal.aborted && performance.now() < deadline) await sleep(20);
  expect(ran.signal.aborted).toBe(true);
});
