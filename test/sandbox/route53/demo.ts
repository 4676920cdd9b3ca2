// npm run demo -- --router route53: a release under load through the caching resolver, with each
// color's share of requests printed per second so that the TTL tail shows, then a rollback. The
// client resolves the record through unbound for every new connection and keeps connections alive.
import type { ScenarioReport } from "../demo.ts";
import { runAction } from "../run-action.ts";
import { DnsLoad, type DnsLoadRecord, failures, tails } from "./load.ts";
import { startRoute53World } from "./world.ts";

/** Real Route 53 records have a TTL of 60 s or more; 3 s here, so that the tail shows in seconds. */
const TTL_SECONDS = 3;

function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One line per second: the share of v2 (green) among requests, and how many came on new connections. */
function printShares(records: DnsLoadRecord[], from: number, marks: { at: number; what: string }[]): void {
  console.log("  second   v1 (blue)  v2 (green)  new conns  failed");
  const end = records.at(-1)?.at ?? from;
  for (let t = from; t < end; t += 1_000) {
    const slice = records.filter((r) => r.at >= t && r.at < t + 1_000);
    const v1 = slice.filter((r) => r.version === "v1").length;
    const v2 = slice.filter((r) => r.version === "v2").length;
    const note = marks
      .filter((m) => m.at >= t && m.at < t + 1_000)
      .map((m) => `  ← ${m.what}`)
      .join("");
    console.log(
      `  +${String((t - from) / 1_000).padStart(3)}s  ${String(v1).padStart(9)}  ${String(v2).padStart(10)}  ${String(slice.filter((r) => r.fresh).length).padStart(9)}  ${String(failures(slice).length).padStart(6)}${note}`,
    );
  }
}

export async function route53Demo(rate: number): Promise<ScenarioReport[]> {
  console.log(
    `cutover demo on the Route 53 sandbox: ${rate} requests/s resolved through unbound, records with a ${TTL_SECONDS} s TTL.`,
  );
  const world = await startRoute53World({ ttl: TTL_SECONDS });
  const inputs = { ...world.inputs, "max-ttl": `${TTL_SECONDS}s` };
  const reports: ScenarioReport[] = [];
  try {
    const load = new DnsLoad(`${world.urls.prod}/version`, world.unbound.hostPort, rate).start();
    const from = Date.now();
    await settle(1_500);
    const marks: { at: number; what: string }[] = [];
    const steps: ScenarioReport["steps"] = [];
    const step = async (name: string, extra: Record<string, string> = {}) => {
      marks.push({ at: Date.now(), what: `${name} starts` });
      const run = await runAction(name, { ...inputs, ...extra }, world.env);
      marks.push({ at: Date.now(), what: `${name} ends (${run.code === 0 ? "ok" : "FAILED"})` });
      steps.push({ name, ok: run.code === 0, ms: Math.round(run.ms) });
      for (const line of run.stdout.split("\n").filter((l) => /^(Route 53|TTL tail|::error::|::warning::)/.test(l)))
        console.log(`         │ ${line}`);
      return run;
    };
    const switched = await step("switch");
    const switchAt = marks.at(-2)?.at ?? from;
    await settle(2_000);
    const rollback = await step("rollback", { reason: "demo: a person presses the rollback button" });
    const rollbackAt = marks.at(-2)?.at ?? from;
    await settle(2_500);
    const records = await load.stop();
    printShares(records, from, marks);
    const release = records.filter((r) => r.at < rollbackAt);
    const tail = tails(release, "v1", switchAt);
    const back = tails(records, "v2", rollbackAt);
    console.log(
      `  switch: last new connection to blue ${tail.dnsMs} ms after it began, last kept-alive request ${tail.keptAliveMs} ms; rollback: ${back.dnsMs} ms and ${back.keptAliveMs} ms`,
    );
    const base = { requests: records.length, failedRequests: failures(records).length, steps };
    reports.push({ ...base, name: "route53-release", ok: switched.code === 0, switchMs: tail.keptAliveMs, rtoMs: null });
    reports.push({ ...base, name: "route53-rollback", ok: rollback.code === 0, switchMs: null, rtoMs: back.keptAliveMs });
  } finally {
    await world.stop();
  }
  return reports;
}
