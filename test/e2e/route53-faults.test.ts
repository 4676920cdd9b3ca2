// The Route 53 router's faults, each ending at "before" (every record as the run found it) or
// "after" (the switch done): a change held PENDING, a lagging name server, throttling and
// PriorRequestNotComplete, AccessDenied on GetChange, InvalidChangeBatch, a name server down.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS, untilLogged } from "../sandbox/cancel.ts";
import { unboundOrSkip } from "../sandbox/route53/unbound.ts";
import { RECORD, type Route53World, startRoute53World, TEST_RECORD } from "../sandbox/route53/world.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";

const { skip } = unboundOrSkip();
let world: Route53World;

const BEFORE = { blue: 100, green: 0 };
const AFTER = { blue: 0, green: 100 };

function switchRun(extra: Record<string, string> = {}) {
  return runAction("switch", { ...world.inputs, ...extra }, world.env);
}

function errors(stdout: string): string[] {
  return stdout.split("\n").filter((line) => line.startsWith("::error::"));
}

function writes(): number {
  return world.api.calls.filter(
    (c) => c.operation === "ChangeResourceRecordSets" && !c.error && !c.comment?.startsWith("cutover ledger"),
  ).length;
}

// Bounded by each wait inside; the outer bound is generous for a loaded machine.
describe.skipIf(skip)("the route53 router under Route 53 and DNS faults", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    world = await startRoute53World();
  });
  afterAll(() => world?.stop());
  beforeEach(() => world.reset());

  it("puts the weights back when GetChange stays PENDING past verify-timeout: before", async () => {
    world.zone.propagation.holdPending = true;
    const run = await switchRun({ "verify-timeout": "2s" });
    expect(run.code, run.stdout).toBe(1);
    expect(errors(run.stdout).join("\n")).toMatch(
      /still PENDING after 2\.0s \(verify-timeout\).*Every route was put back as it was before this run/,
    );
    expect(world.weights(RECORD)).toEqual(BEFORE);
    expect(world.weights(TEST_RECORD)).toEqual({ blue: 0, green: 100 });
  });

  it("retries Throttling and PriorRequestNotComplete and says so, then holds the authority check while a name server lags behind INSYNC: after", async () => {
    world.api.faults.push(
      { operation: "ChangeResourceRecordSets", code: "Throttling", count: 1 },
      { operation: "ChangeResourceRecordSets", code: "PriorRequestNotComplete", count: 1 },
    );
    // Harsher than Route 53 promises: the third name server holds the change back past INSYNC until it is let go.
    const lagging = world.nameServers[2] as (typeof world.nameServers)[number];
    lagging.held = true;
    const { child, result } = startAction("switch", world.inputs, world.env);
    await untilLogged(child, /Waiting for the name servers to agree on green: ns-3\.awsdns-sandbox\.test answered/, 60_000);
    expect(world.zone.changes.size).toBe(1);
    expect([...world.zone.changes.values()][0]?.Status).toBe("INSYNC");
    lagging.release();
    const run = await result;
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /Route 53 accepted change \/change\/C\w+ \(.*\) on attempt 3: Route 53 throttled the earlier ones or was still processing a prior change \(PriorRequestNotComplete\)\./,
    );
    const failed = world.api.calls.filter((c) => c.error).map((c) => `${c.operation} ${c.error}`);
    expect(failed).toEqual(["ChangeResourceRecordSets Throttling", "ChangeResourceRecordSets PriorRequestNotComplete"]);
    expect(run.stdout).toMatch(
      /Waiting for the name servers to agree on green: ns-3\.awsdns-sandbox\.test answered 127\.\d+\.\d+\.10 \(blue\)/,
    );
    expect(world.weights(RECORD)).toEqual(AFTER);
    expect(world.nameServers[2]?.snapshot().find((r) => r.Name === RECORD && r.SetIdentifier === "green")?.Weight).toBe(100);
  });

  it("fails at once on AccessDenied from GetChange, and puts the weights back: before", async () => {
    world.api.faults.push({ operation: "GetChange", code: "AccessDenied", count: 5 });
    const run = await switchRun();
    expect(run.code, run.stdout).toBe(1);
    expect(world.api.calls.filter((c) => c.operation === "GetChange")).toHaveLength(1);
    expect(errors(run.stdout).join("\n")).toMatch(
      /Route53 GetChange failed: AccessDenied: .*The role needs the IAM permission route53:GetChange\..*put back as it was before this run/,
    );
    expect(world.weights(RECORD)).toEqual(BEFORE);
  });

  it("changes nothing when Route 53 refuses the batch (InvalidChangeBatch): before", async () => {
    world.api.faults.push({ operation: "ChangeResourceRecordSets", code: "InvalidChangeBatch", count: 1 });
    const run = await switchRun();
    expect(run.code, run.stdout).toBe(1);
    expect(errors(run.stdout).join("\n")).toMatch(/InvalidChangeBatch: \[RRSet with DNS name is not permitted/);
    expect(writes()).toBe(0);
    expect(world.weights(RECORD)).toEqual(BEFORE);
  });

  it("puts the weights back when a name server stays down past verify-timeout: before", async () => {
    const down = world.nameServers[1];
    if (down) down.down = true;
    const run = await switchRun({ "verify-timeout": "3s" });
    expect(run.code, run.stdout).toBe(1);
    expect(errors(run.stdout).join("\n")).toMatch(
      /1 of 4 name servers still answer otherwise .*ns-2\.awsdns-sandbox\.test no answer .*put back as it was before this run/,
    );
    expect(world.weights(RECORD)).toEqual(BEFORE);
  });

  it("puts the weights back within the runner's grace when cancelled while the change is PENDING: before", async () => {
    world.zone.propagation.holdPending = true;
    const { child, result } = startAction("switch", world.inputs, world.env);
    await untilLogged(child, /Route 53 accepted change/);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(cancel.sent).toEqual(["SIGINT"]);
    expect(run.code).toBe(1);
    expect(errors(run.stdout).join("\n")).toMatch(/The run was cancelled.*put back as it was before this run/);
    expect(world.weights(RECORD)).toEqual(BEFORE);
    expect(world.weights(TEST_RECORD)).toEqual({ blue: 0, green: 100 });
  });

  it("puts the weights back within the runner's grace when cancelled while a name server is down: before", async () => {
    const down = world.nameServers[0] as (typeof world.nameServers)[number];
    down.down = true;
    const { child, result } = startAction("switch", world.inputs, world.env);
    await untilLogged(child, /Waiting for the name servers to agree on green: ns-1\.awsdns-sandbox\.test no answer/, 60_000);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(run.code).toBe(1);
    expect(errors(run.stdout).join("\n")).toMatch(/The run was cancelled.*put back as it was before this run/);
    expect(world.weights(RECORD)).toEqual(BEFORE);
  });
});
