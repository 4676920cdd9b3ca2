// After a write Route 53 accepted: its own GetChange poll to INSYNC, the name servers asked
// directly, then the TTL tail, each bounded and abortable. The SDK's waiter
// (waitUntilResourceRecordSetsChanged) polls every 30-120 s and retries AccessDenied, so it is not used.
import type { Color } from "../../core/color.ts";
import { formatDuration } from "../../core/durations.ts";
import { CutoverError, describeError, errorCode } from "../../core/errors.ts";
import * as core from "../../core/runner.ts";
import { sleep } from "../../core/time.ts";
import { askAuthority, nameServerAddresses } from "./authority.ts";
import type { Route53Config } from "./config.ts";
import { answersOf, type Pair, type Route53Api } from "./records.ts";

const POLL_MS = 2_000;
/** GetChange goes INSYNC "generally within 60 seconds" (API reference, GetChange): past it, a warning. */
const USUAL_SYNC_MS = 60_000;
const AUTHORITY_PAUSE_MS = 500;

export interface Written {
  name: string;
  pair: Pair;
  ttl: number;
}

function cancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new CutoverError("The run was cancelled");
}

/** Polls GetChange every 2 s until INSYNC; AccessDenied ends it at once, verify-timeout too. */
export async function waitInSync(api: Route53Api, id: string, timeoutMs: number, signal?: AbortSignal): Promise<number> {
  const started = Date.now();
  let warned = false;
  let last = "PENDING";
  for (;;) {
    cancelled(signal);
    try {
      last = await api.changeStatus(id, signal);
      if (last === "INSYNC") return Date.now() - started;
    } catch (error) {
      cancelled(signal);
      if (/AccessDenied|NotAuthorized/.test(errorCode(error)) || /AccessDenied/.test(describeError(error))) throw error;
      last = `an error (${describeError(error)})`;
    }
    const ms = Date.now() - started;
    if (!warned && ms > USUAL_SYNC_MS) {
      warned = true;
      core.warning(`Route 53 change ${id} is still ${last} after ${formatDuration(ms)}; it usually reads INSYNC within 60 s.`);
    }
    if (ms >= timeoutMs) {
      throw new CutoverError(
        `Route 53 change ${id} was still ${last} after ${formatDuration(timeoutMs)} (verify-timeout): not every Route 53 name server answers the new weights`,
      );
    }
    await sleep(Math.min(POLL_MS, timeoutMs - ms), signal);
  }
}

/** Until every name server, asked `authority-queries` times, answers only with colors that have weight. */
export async function waitForAuthority(
  names: string[],
  config: Route53Config,
  written: Written,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<number> {
  const started = Date.now();
  const answers = new Map<string, Color>();
  for (const color of ["blue", "green"] as const) for (const a of answersOf(written.pair[color])) answers.set(a, color);
  if (answers.size === 0) {
    core.info(`The records are aliases: their answers are the targets' addresses, so the authority check rests on INSYNC.`);
    return 0;
  }
  const live = (["blue", "green"] as const).filter((c) => (written.pair[c].weight ?? 0) > 0);
  const servers = await nameServerAddresses(names, config);
  let nextLog = started;
  for (;;) {
    cancelled(signal);
    const round = await askAuthority(servers, config, written.name, answers, live, signal);
    if (round.disagreed.length === 0) return Date.now() - started;
    const ms = Date.now() - started;
    const detail = round.disagreed.map((d) => `${d.name} ${d.detail}`).join("; ");
    if (ms >= timeoutMs) {
      throw new CutoverError(
        `${round.disagreed.length} of ${servers.length} name servers still answer otherwise ${formatDuration(ms)} after INSYNC (verify-timeout): ${detail}`,
      );
    }
    if (Date.now() >= nextLog) {
      core.info(`Waiting for the name servers to agree on ${live.join(" and ")}: ${detail}.`);
      nextLog += 5_000;
    }
    await sleep(AUTHORITY_PAUSE_MS, signal);
  }
}

/** Resolvers may hold the old answer for one TTL after the name servers agree. */
export async function waitOutTail(ttlSeconds: number, signal?: AbortSignal): Promise<void> {
  const ends = new Date(Date.now() + ttlSeconds * 1_000);
  core.info(`TTL tail: resolvers may answer the old weights until ${ends.toISOString()} (TTL ${ttlSeconds} s).`);
  await sleep(ttlSeconds * 1_000, signal);
  cancelled(signal);
}
