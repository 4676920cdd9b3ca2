// The Route 53 router refuses bad inputs and bad zone setups with one line before anything is
// written; deploy-standby lowers a TTL above max-ttl and switch waits out the old one; and the AWS
// CLI reads and writes the Route 53 imitation as it does the real API.
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_ROUTE53_INPUTS } from "../sandbox/route53/bad-inputs.ts";
import type { StoredRecord } from "../sandbox/route53/hosted-zone.ts";
import { unboundOrSkip } from "../sandbox/route53/unbound.ts";
import { RECORD, type Route53World, startRoute53World, TEST_RECORD, ZONE_ID } from "../sandbox/route53/world.ts";
import { runAction } from "../sandbox/run-action.ts";

const { skip } = unboundOrSkip();
const cli = promisify(execFile);
const awsPresent = spawnSync("aws", ["--version"]).status === 0;
let world: Route53World;

/** The `::error::` lines, as the runner shows them: without the command. */
function errors(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("::error::"))
    .map((line) => line.slice("::error::".length));
}

/** Three of the bad inputs the unit test covers, through the bundle: refused before any call. */
const BAD_INPUTS = BAD_ROUTE53_INPUTS.filter(([, inputs]) =>
  ["hosted-zone-id", "record-type", "max-ttl"].some((k) => k in inputs),
);

/** Bad zone setups, each at a name of its own in the one zone: [what, records, the one line]. */
function badZones(w: Route53World): [string, string, StoredRecord[], RegExp][] {
  const fresh = new Date(Date.now() - 500).toISOString();
  const at = (i: number) => `bad${i}.cutover.test.`;
  const pair = (i: number, ttl = 1) => w.pair(at(i), { blue: 100, green: 0 }, ttl) as [StoredRecord, StoredRecord];
  const alias = { HostedZoneId: "Z35SXDOTRQ7X7K", DNSName: "green.elb.test.", EvaluateTargetHealth: false };
  const cases: [string, StoredRecord[], RegExp][] = [
    [
      "green's record missing",
      [pair(0)[0]],
      /no record with SetIdentifier "green" \(green-set-identifier\); found "blue"\. Create it at weight 0/,
    ],
    [
      "a third record",
      [...pair(1), { ...pair(1)[1], SetIdentifier: "canary", Weight: 5 }],
      /have a third record, SetIdentifier "canary"/,
    ],
    [
      "a failover record beside a weighted one",
      [pair(2)[0], { ...pair(2)[1], Weight: undefined, Failover: "SECONDARY" } as StoredRecord],
      /mix routing policies: blue's record is weighted, green's Failover/,
    ],
    [
      "an alias given a TTL",
      [pair(3)[0], { ...pair(3)[1], ResourceRecords: undefined, AliasTarget: alias }],
      /green's record is an alias and also has a TTL \(1\)/,
    ],
    [
      "a simple record at the name",
      [{ ...pair(4)[0], SetIdentifier: undefined, Weight: undefined } as StoredRecord],
      /include a simple record with no SetIdentifier/,
    ],
    ["a TTL above max-ttl", pair(5, 300), /TTL is 300 s, above max-ttl \(1 s\).*Run deploy-standby first/],
    [
      "a TTL lowered half a second ago from 300 s",
      [
        ...pair(6),
        {
          Name: `_cutover.${at(6)}`,
          Type: "TXT",
          TTL: 60,
          ResourceRecords: ['"cutover ledger"', `"zone cutover:ttl-lowered=${fresh} from 300"`],
        },
      ],
      /resolvers may hold answers cached under the old TTL until \S+Z: switch after that \(\d+ s from now\)/,
    ],
  ];
  return cases.map(([what, records, line], i) => [what, at(i).slice(0, -1), records, line]);
}

// Bounded by each wait inside; the outer bound is generous for a loaded machine.
describe.skipIf(skip)("the route53 router's inputs and zone setup", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    world = await startRoute53World();
  });
  afterAll(() => world?.stop());

  it("refuses bad inputs through the bundle and seven bad zone setups with one line each, and writes nothing", async () => {
    const zones = badZones(world);
    await world.reset([...world.initialRecords(), ...zones.flatMap(([, , records]) => records)]);
    const before = JSON.stringify(world.zone.records);
    const runs = await Promise.all([
      ...BAD_INPUTS.map(([, extra]) => runAction("switch", { ...world.inputs, ...extra }, world.env)),
      ...zones.map(([, name]) =>
        runAction("switch", { ...world.inputs, "record-name": name, "test-record-name": "" }, world.env),
      ),
    ]);
    const expected = [
      ...BAD_INPUTS.map(([what, , line]) => [what, line] as const),
      ...zones.map(([what, , , line]) => [what, line] as const),
    ];
    for (const [i, [what, line]] of expected.entries()) {
      const run = runs[i] as Awaited<(typeof runs)[number]>;
      expect(run.code, what).toBe(1);
      expect(errors(run.stdout), `${what}: ${run.stdout}`).toHaveLength(1);
      expect(errors(run.stdout)[0], what).toMatch(line);
      expect(errors(run.stdout)[0], what).toMatch(i < BAD_INPUTS.length ? /Example: / : /Nothing was written\.$/);
    }
    expect(world.api.calls.filter((c) => c.operation === "ChangeResourceRecordSets")).toEqual([]);
    expect(JSON.stringify(world.zone.records)).toBe(before);
  });

  it("deploy-standby lowers a TTL above max-ttl, and switch waits until the old TTL has passed", async () => {
    await world.reset([
      ...world.pair(RECORD, { blue: 100, green: 0 }, 300),
      ...world.pair(TEST_RECORD, { blue: 0, green: 100 }, 300),
    ]);
    const deployed = await runAction("deploy-standby", { ...world.inputs, version: "v2" }, world.env);
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(deployed.stdout).toMatch(
      /Lowered the records' TTL from 300 s to 1 s \(max-ttl\); a switch can start once the old TTL has passed, at \S+Z\./,
    );
    expect(world.zone.records.filter((r) => r.Type === "A").map((r) => r.TTL)).toEqual([1, 1, 1, 1]);
    const early = await runAction("switch", world.inputs, world.env);
    expect(early.code).toBe(1);
    expect(errors(early.stdout)).toHaveLength(1);
    expect(errors(early.stdout)[0]).toMatch(
      /resolvers may hold answers cached under the old TTL until \S+Z: switch after that \((29\d|300) s from now\)\. Nothing was written\./,
    );
    expect(world.weights(RECORD)).toEqual({ blue: 100, green: 0 });
  });

  it("status lowers a TTL above max-ttl only with prepare: true, once, and never moves traffic", async () => {
    await world.reset([
      ...world.pair(RECORD, { blue: 100, green: 0 }, 300),
      ...world.pair(TEST_RECORD, { blue: 0, green: 100 }, 300),
    ]);
    const changes = () => world.api.calls.filter((c) => c.operation === "ChangeResourceRecordSets").length;
    const ttls = () => world.zone.records.filter((r) => r.Type === "A").map((r) => r.TTL);
    const before = changes();
    const read = await runAction("status", world.inputs, world.env);
    expect(read.code, read.stdout).toBe(0);
    expect([changes(), ttls()]).toEqual([before, [300, 300, 300, 300]]);

    const prepared = await runAction("status", { ...world.inputs, prepare: "true" }, world.env);
    expect(prepared.code, prepared.stdout).toBe(0);
    expect(prepared.stdout).toMatch(/Lowered the records' TTL from 300 s to 1 s \(max-ttl\)/);
    expect(prepared.summary).toMatch(/\*\*Prepared:\*\* Lowered the records' TTL from 300 s to 1 s/);
    // One batch lowers both pairs' TTLs; one more notes in the ledger's TXT record when, for the switch's wait.
    expect([changes(), ttls()]).toEqual([before + 2, [1, 1, 1, 1]]);
    expect(world.weights(RECORD)).toEqual({ blue: 100, green: 0 });

    const again = await runAction("status", { ...world.inputs, prepare: "true" }, world.env);
    expect(again.stdout).toContain("prepare: the router was ready for a switch already; nothing was written.");
    expect(changes()).toBe(before + 2);
  });

  describe.skipIf(!awsPresent && process.env.CI !== "true")(
    "the AWS CLI against the Route 53 imitation",
    { timeout: 120_000 },
    () => {
      async function aws(...args: string[]): Promise<Record<string, unknown>> {
        const { stdout } = await cli("aws", ["route53", ...args, "--endpoint-url", world.api.url, "--output", "json"], {
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? "/tmp",
            AWS_ACCESS_KEY_ID: "sandbox",
            AWS_SECRET_ACCESS_KEY: "sandbox",
            AWS_DEFAULT_REGION: "us-east-1",
            AWS_CONFIG_FILE: "/dev/null",
            AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
            AWS_PAGER: "",
            AWS_MAX_ATTEMPTS: "1",
          },
        });
        return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
      }

      it("reads the zone and its records, changes one, follows the change to INSYNC and asks TestDNSAnswer", async () => {
        await world.reset();
        const green = {
          Name: RECORD,
          Type: "A",
          SetIdentifier: "green",
          Weight: 7,
          TTL: 1,
          ResourceRecords: [{ Value: world.address("green") }],
        };
        const batch = (Action: string) => JSON.stringify({ Comment: "by hand", Changes: [{ Action, ResourceRecordSet: green }] });
        // Calls that change nothing, at once: a CREATE of a record that exists is refused whole.
        const [zone, listed, answer, refused] = await Promise.all([
          aws("get-hosted-zone", "--id", ZONE_ID),
          aws(
            "list-resource-record-sets",
            "--hosted-zone-id",
            ZONE_ID,
            "--start-record-name",
            RECORD,
            "--start-record-type",
            "A",
            "--max-items",
            "2",
          ),
          aws("test-dns-answer", "--hosted-zone-id", ZONE_ID, "--record-name", "test.cutover.test", "--record-type", "A"),
          aws("change-resource-record-sets", "--hosted-zone-id", ZONE_ID, "--change-batch", batch("CREATE")).then(
            () => "",
            (error: { stderr: string }) => error.stderr,
          ),
        ]);
        expect(zone).toMatchObject({
          HostedZone: { Id: `/hostedzone/${ZONE_ID}`, Name: "cutover.test." },
          DelegationSet: { NameServers: world.nameServers.map((ns) => ns.name) },
        });
        expect(listed.ResourceRecordSets).toEqual([
          {
            Name: RECORD,
            Type: "A",
            SetIdentifier: "blue",
            Weight: 100,
            TTL: 1,
            ResourceRecords: [{ Value: world.address("blue") }],
          },
          {
            Name: RECORD,
            Type: "A",
            SetIdentifier: "green",
            Weight: 0,
            TTL: 1,
            ResourceRecords: [{ Value: world.address("green") }],
          },
        ]);
        const changed = await aws("change-resource-record-sets", "--hosted-zone-id", ZONE_ID, "--change-batch", batch("UPSERT"));
        expect(changed).toMatchObject({ ChangeInfo: { Status: "PENDING", Comment: "by hand" } });
        const id = (changed.ChangeInfo as { Id: string }).Id;
        // The CLI's own waiter polls every 30 s: the change is awaited here, for at most 10 s, then read through the CLI.
        for (let i = 0; i < 100 && world.zone.changes.get(id)?.Status !== "INSYNC"; i++)
          await new Promise((resolve) => setTimeout(resolve, 100));
        const status = await aws("get-change", "--id", id);
        expect(status).toMatchObject({ ChangeInfo: { Id: id, Status: "INSYNC" } });
        expect(world.weights(RECORD)).toEqual({ blue: 100, green: 7 });
        expect(answer).toMatchObject({ RecordName: TEST_RECORD, RecordType: "A", ResponseCode: "NOERROR", Protocol: "UDP" });
        expect(refused).toMatch(
          /InvalidChangeBatch.*Tried to create resource record set \[app\.cutover\.test\.\] Type='A' SetIdentifier='green' but it already exists/,
        );
      });
    },
  );
});
