// The Route 53 figure of `npm run bench`: a switch under load through unbound, timed from the
// write (ChangeResourceRecordSets accepted) to INSYNC, to every name server agreeing, and to the
// end of the TTL tail, as the step logs them; and when the last new connection reached the old color.
import { median } from "../load.ts";
import { runAction } from "../run-action.ts";
import { DnsLoad, failures, tails } from "./load.ts";
import { findUnbound } from "./unbound.ts";
import { startRoute53World } from "./world.ts";

const TTL_SECONDS = 2;

export interface Route53FlipFigures {
  runs: number;
  ratePerSecond: number;
  ttlSeconds: number;
  /** Medians, from the write Route 53 accepted. */
  writeToInsyncMs: number;
  writeToAuthorityMs: number;
  writeToTailEndMs: number;
  /** From the step's start until the last request on a new connection went to the old color. */
  lastNewConnectionToOldMs: number;
  requests: number;
  failedRequests: number;
}

/** `2.0s`, `850ms`, `1m5s` as the step logs durations, in ms. */
function ms(text: string | undefined): number {
  if (!text) return Number.NaN;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/([\d.]+)(ms|s|m|h)/g))
    total += Number(n) * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[unit as "ms"];
  return total;
}

export async function route53Flip(runs: number, rate: number): Promise<Route53FlipFigures | string> {
  if (!findUnbound()) return "unbound is not on PATH (apt-get install unbound)";
  const world = await startRoute53World({ ttl: TTL_SECONDS });
  try {
    const load = new DnsLoad(`${world.urls.prod}/version`, world.unbound.hostPort, rate).start();
    const insync: number[] = [];
    const authority: number[] = [];
    const tailEnd: number[] = [];
    const lastNew: number[] = [];
    for (let i = 0; i < runs; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const startedAt = Date.now();
      const run = await runAction("switch", world.inputs, world.env);
      if (run.code !== 0) return `the switch failed: ${run.stdout.slice(-500)}`;
      insync.push(ms(/INSYNC after (\S+)\./.exec(run.stdout)?.[1]));
      authority.push(ms(/name servers answer the new weights, (\S+) after the write/.exec(run.stdout)?.[1]));
      tailEnd.push(ms(/the TTL tail ended (\S+) after the write/.exec(run.stdout)?.[1]));
      const old = i % 2 === 0 ? "v1" : "v2";
      lastNew.push(
        tails(
          load.records.filter((r) => r.at >= startedAt),
          old,
          startedAt,
        ).dnsMs,
      );
    }
    const records = await load.stop();
    return {
      runs,
      ratePerSecond: rate,
      ttlSeconds: TTL_SECONDS,
      writeToInsyncMs: median(insync),
      writeToAuthorityMs: median(authority),
      writeToTailEndMs: median(tailEnd),
      lastNewConnectionToOldMs: median(lastNew),
      requests: records.length,
      failedRequests: failures(records).length,
    };
  } finally {
    await world.stop();
  }
}
