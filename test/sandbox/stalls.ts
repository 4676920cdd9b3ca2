// The time this process did not run: the gaps between beats of a 100 ms heartbeat, beyond 100 ms.
// The sandbox's load, proxies and pods share one process. After a stall (a busy machine,
// a long synchronous task), Node runs expired timers before it reads the sockets, so a timeout
// would fire before an answer that is already waiting, or before the other side had any time to
// give one. A timeout here counts only the time the process ran: the load's, and the kubelet's
// readiness probes (kubernetes/pods.ts).

let last = performance.now();
let stalled = 0;
let beating = false;

/** The stalled time so far, in ms; starts the heartbeat on first use. */
export function stalledMs(): number {
  if (!beating) {
    beating = true;
    setInterval(stalledMs, 100).unref();
  }
  const now = performance.now();
  stalled += Math.max(0, now - last - 100);
  last = now;
  return stalled;
}

/** A signal that aborts once this process has run `ms` since the call, its stalls not counted. */
export function afterRunning(ms: number): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const started = performance.now();
  const stalledBefore = stalledMs();
  const check = setInterval(
    () => {
      const ran = performance.now() - started - (stalledMs() - stalledBefore);
      if (ran < ms) return;
      clearInterval(check);
      controller.abort(new Error(`no answer in ${ms} ms`));
    },
    Math.max(10, ms / 10),
  );
  return { signal: controller.signal, clear: () => clearInterval(check) };
}
