// The Route 53 router end to end: the committed bundles, run as the runner does, against the
// Route 53 imitation, four real name servers and unbound, while a client resolves the record for
// every new connection. Traffic moves as resolvers' caches expire; the tails are measured.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { untilLogged } from "../sandbox/cancel.ts";
import { DnsLoad, type DnsLoadRecord, failures, tails } from "../sandbox/route53/load.ts";
import { unboundOrSkip } from "../sandbox/route53/unbound.ts";
import { RECORD, type Route53World, startRoute53World, TEST_RECORD } from "../sandbox/route53/world.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";

const RATE = 100;
const { skip } = unboundOrSkip();
let world: Route53World;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function load(): DnsLoad {
  return new DnsLoad(`${world.urls.prod}/version`, world.unbound.hostPort, RATE).start();
}

function run(step: string, extra: Record<string, string> = {}) {
  return runAction(step, { ...world.inputs, ...extra }, world.env);
}

/** The moment the log says the TTL tail ended, as an offset in the run's own words: proof it was waited. */
function tailEnded(stdout: string): boolean {
  return /Route 53: the TTL tail ended \S+ after the write\./.test(stdout);
}

function errors(stdout: string): string[] {
  return stdout.split("\n").filter((line) => line.startsWith("::error::"));
}

/** Fresh connections (each after its own lookup) opened after `since`, by version. */
function freshAfter(records: DnsLoadRecord[], since: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records.filter((x) => x.fresh && x.at > since)) out[r.version] = (out[r.version] ?? 0) + 1;
  return out;
}

// Bounded by each wait inside; the outer bound is generous for a loaded machine.
describe.skipIf(skip)("the route53 router, end to end through name servers and a caching resolver", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    world = await startRoute53World();
  });
  afterAll(() => world?.stop());
  beforeEach(() => world.reset());

  it(`switches all at once and rolls back at ${RATE} requests/s: no failed request, new connections follow DNS after the TTL`, async () => {
    const traffic = load();
    await pause(800);
    const started = Date.now();
    const switched = await run("switch");
    const switchedAt = Date.now();
    // Longer than a connection's life (1 s): some new connections open before the rollback.
    await pause(1_500);
    expect(switched.code, switched.stdout).toBe(0);
    expect(world.weights(RECORD)).toEqual({ blue: 0, green: 100 });
    expect(world.weights(TEST_RECORD)).toEqual({ blue: 100, green: 0 });
    expect(tailEnded(switched.stdout)).toBe(true);
    // One batch moved both names, and its Comment names the run.
    const writes = world.api.calls.filter(
      (c) => c.operation === "ChangeResourceRecordSets" && !c.comment?.startsWith("cutover ledger"),
    );
    expect(writes).toHaveLength(1);
    expect(writes[0]?.comment).toMatch(
      /^cutover acme\/shop\/actions\/runs\/\d+\/attempts\/1: app\.cutover\.test blue 0\/green 100, test\.cutover\.test blue 100\/green 0$/,
    );
    expect(switched.summary).toContain("**DNS tail:**");

    const rollbackAt = Date.now();
    const rolledBack = await run("rollback", { reason: "e2e" });
    const backAt = Date.now();
    // Longer than a connection's life (1 s): some new connections open after the rollback.
    await pause(1_500);
    const records = await traffic.stop();
    expect(rolledBack.code, rolledBack.stdout).toBe(0);
    expect(world.weights(RECORD)).toEqual({ blue: 100, green: 0 });
    expect(failures(records)).toEqual([]);
    // Once a step returned (INSYNC, the name servers agreeing, then one TTL), every new connection went to the new color.
    expect(
      Object.keys(
        freshAfter(
          records.filter((r) => r.at < rollbackAt),
          switchedAt,
        ),
      ),
    ).toEqual(["v2"]);
    expect(Object.keys(freshAfter(records, backAt))).toEqual(["v1"]);
    const tail = tails(
      records.filter((r) => r.at < rollbackAt),
      "v1",
      started,
    );
    console.log(
      `route53 switch: last new connection to blue ${tail.dnsMs} ms, last kept-alive request to blue ${tail.keptAliveMs} ms after the step began (the step took ${switched.ms.toFixed(0)} ms)`,
    );
    expect(tail.dnsMs).toBeLessThanOrEqual(switchedAt - started);
    const ledger = world.zone.records.find((r) => r.Name === `_cutover.${RECORD}`)?.ResourceRecords ?? [];
    expect(ledger.some((v) => /^"green cutover:rollback-reason=e2e"$/.test(v))).toBe(true);
    expect(ledger.some((v) => /^"blue cutover:live-since=\d{4}-/.test(v))).toBe(true);
  });

  it(`switches in steps of 10, 50 and 100 % at ${RATE} requests/s: each step is carried to every name server before the next`, async () => {
    const traffic = load();
    const { result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "10,50,100", "step-interval": "200ms" },
      world.env,
    );
    const seen: number[] = [];
    const timer = setInterval(() => {
      const green = world.weights(RECORD).green;
      if (seen.at(-1) !== green) seen.push(green);
    }, 20);
    const stepped = await result;
    clearInterval(timer);
    await pause(500);
    const records = await traffic.stop();
    expect(stepped.code, stepped.stdout).toBe(0);
    expect(seen).toEqual([0, 10, 50, 100]);
    expect(failures(records)).toEqual([]);
    // Each step waited for INSYNC, the name servers and its TTL tail.
    expect(stepped.stdout.match(/Route 53: the TTL tail ended/g)).toHaveLength(3);
    expect(stepped.stdout.match(/Route 53: all 4 name servers answer the new weights/g)).toHaveLength(3);
  });

  it("rolls back inline when green breaks during the soak", async () => {
    await world.reset(world.greenLive());
    const green = `http://${world.address("green")}:${world.port}/version`;
    const { child, result } = startAction("soak-monitor", { ...world.inputs, "probe-url": green, duration: "30s" }, world.env);
    await untilLogged(child, /Soak/i, 60_000);
    world.setApps("green", { errorRate: 1 });
    const soak = await result;
    expect(soak.outputs, soak.stdout).toMatchObject({ result: "rolled-back", "active-color": "blue" });
    expect(world.weights(RECORD)).toEqual({ blue: 100, green: 0 });
    expect(tailEnded(soak.stdout)).toBe(true);
  });

  it("teardown refuses a color inside its TTL tail, and retires it once the tail has passed", async () => {
    // Blue retired just now under a 30 s TTL: resolvers may still hold it when teardown starts.
    await world.reset(world.greenLive(new Date(), 30));
    const early = await run("teardown", { ttl: "0s" });
    expect(early.code, early.stdout).toBe(1);
    expect(errors(early.stdout)).toHaveLength(1);
    expect(errors(early.stdout)[0]).toMatch(/blue's TTL tail lasts until \S+Z: resolvers may still send clients to it/);
    expect(world.weights(RECORD)).toEqual({ blue: 0, green: 100 });
    // The same zone a minute later: retired 60 s ago, so the 30 s tail has passed. Green's record is health-checked.
    const checked = world
      .greenLive(new Date(Date.now() - 60_000), 30)
      .map((r) => (r.Name === RECORD && r.SetIdentifier === "green" ? { ...r, HealthCheckId: "0f6c1d2e-sandbox" } : r));
    await world.reset(checked);
    const later = await run("teardown", { ttl: "0s" });
    expect(later.code, later.stdout).toBe(0);
    expect(later.outputs).toMatchObject({ "torn-down": "true", "torn-down-color": "blue" });
    expect(later.stdout).toMatch(/blue is at weight 0 and its TTL tail ended at \S+Z; green answers alone\./);
    expect(later.stdout).toMatch(
      /::warning::green's record is health-checked: if it fails, Route 53 answers with blue's zero-weight record, whose stack this teardown removes\./,
    );
    expect(later.stdout).toMatch(
      /::warning::green's record has health check 0f6c1d2e-sandbox: when every record with weight is unhealthy/,
    );
    expect(world.weights(RECORD)).toEqual({ blue: 0, green: 100 });
  });
});
