// The committed bundles, run as GitHub's runner runs them, against the sandbox's ELBv2.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator, summarize } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

function productionArns(): string[] {
  return [world.listener.arn, ...world.ruleArns];
}

function writes(): string[] {
  return world.aws.calls.filter((c) => c.write).map((c) => c.action);
}

function errorLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => line.startsWith("::error::"));
}

describe("status, switch and rollback end to end", () => {
  beforeAll(async () => {
    world = await startWorld({ rules: 2, authenticate: true });
  });
  afterAll(() => world.stop());

  it("round-trips status → switch → status → rollback → status under load, dropping no request", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const first = await runAction("status", world.inputs, world.env);
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({
      "active-color": "blue",
      "standby-color": "green",
      "active-target-group-arn": world.blue.arn,
    });
    expect(first.summary).toContain("| blue | active | 100% |");
    expect(writes()).toEqual([]);

    world.aws.calls.length = 0;
    const switched = await runAction("switch", { ...world.inputs, "expected-active-color": "blue" }, world.env);
    expect(switched.code, switched.stdout).toBe(0);
    expect(switched.outputs).toMatchObject({ "active-color": "green", "previous-color": "blue", switched: "true" });
    expect(switched.outputs["switched-at"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    for (const arn of productionArns()) expect(world.weightsOf(arn)).toEqual({ blue: 0, green: 100 });
    expect(world.weightsOf(world.testListener.arn)).toEqual({ blue: 100, green: 0 });
    // The authenticate action in front of the forward survived the rewrite.
    expect(world.elbv2.visibleActions(world.listener).map((a) => [a.Type, a.Order])).toEqual([
      ["authenticate-oidc", 1],
      ["forward", 2],
    ]);
    const firstWrite = world.aws.calls.findIndex((c) => c.write);
    const firstTag = world.aws.calls.findIndex((c) => c.action === "AddTags");
    expect(firstTag).toBeGreaterThan(world.aws.calls.map((c) => c.action).lastIndexOf("DescribeRules"));
    expect(firstWrite).toBeGreaterThan(0);
    expect(world.elbv2.tags.get(world.green.arn)?.get("cutover:live-since")).toBe(switched.outputs["switched-at"]);
    expect(world.elbv2.tags.get(world.blue.arn)?.get("cutover:retired-at")).toBe(switched.outputs["switched-at"]);
    expect(world.elbv2.tags.get(world.blue.arn)?.get("cutover:run")).toBe("acme/shop/actions/runs/4242/attempts/1");
    expect(switched.summary).toMatch(/^### ✅ Switched to green · cutover switch\n/);

    const second = await runAction("status", world.inputs, world.env);
    expect(second.outputs["active-color"]).toBe("green");

    const rolledBack = await runAction("rollback", { ...world.inputs, reason: "checkout errors after release 1.4.2" }, world.env);
    expect(rolledBack.code, rolledBack.stdout).toBe(0);
    expect(rolledBack.outputs).toMatchObject({ "active-color": "blue", "previous-color": "green" });
    expect(rolledBack.stdout).toContain("Rollback requested: checkout errors after release 1.4.2");
    expect(rolledBack.summary).toContain("**Reason:** `checkout errors after release 1.4.2`");
    expect(world.elbv2.tags.get(world.green.arn)?.get("cutover:rollback-reason")).toBe("checkout errors after release 1.4.2");
    expect(world.elbv2.tags.get(world.blue.arn)?.has("cutover:retired-at")).toBe(false);

    const third = await runAction("status", world.inputs, world.env);
    expect(third.outputs["active-color"]).toBe("blue");
    for (const arn of productionArns()) expect(world.weightsOf(arn)).toEqual({ blue: 100, green: 0 });

    const records = await load.stop();
    const figures = summarize(records);
    expect(records.filter(isFailure), JSON.stringify(figures)).toEqual([]);
    expect(figures.versions.v2, "green served while it was live").toBeGreaterThan(0);
    expect(figures.requests).toBeGreaterThan(50);
  });

  it("succeeds without writing when traffic is already on the target", async () => {
    world.aws.calls.length = 0;
    const run = await runAction("switch", { ...world.inputs, to: "blue" }, world.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Already switched");
    expect(run.outputs.switched).toBe("false");
    expect(writes()).toEqual([]);
  });

  it("prints the plan and writes nothing on dry-run", async () => {
    world.aws.calls.length = 0;
    const run = await runAction("switch", { ...world.inputs, "dry-run": "true" }, world.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/would write listener\/app\/sandbox-alb\/\S+: blue 100 \/ green 0 → blue 0 \/ green 100/);
    expect(run.outputs["active-color"]).toBe("blue");
    expect(writes()).toEqual([]);
  });

  it("stops at the health gate, naming each unhealthy target and its reason", async () => {
    const sick = world.apps.green[1]!;
    sick.behaviour.healthy = false;
    await world.waitForState("green", "unhealthy");
    world.aws.calls.length = 0;
    try {
      const run = await runAction("switch", world.inputs, world.env);
      expect(run.code).toBe(1);
      expect(errorLines(run.stdout)).toHaveLength(1);
      expect(run.stdout).toContain("Health gate: 1 of green's 2 target(s) are not healthy.");
      expect(run.stdout).toContain(
        `127.0.0.1:${sick.port} unhealthy (Target.ResponseCodeMismatch: Health checks failed with these codes: [503])`,
      );
      expect(writes()).toEqual([]);
    } finally {
      sick.behaviour.healthy = true;
      await world.waitHealthy();
    }
  });

  it("refuses to write when the router is not in the expected state", async () => {
    world.aws.calls.length = 0;
    const run = await runAction("switch", { ...world.inputs, "expected-active-color": "green" }, world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::expected-active-color is green, but blue is active/);
    expect(writes()).toEqual([]);
  });

  it("puts every route back when one of the route writes fails", async () => {
    world.aws.faults.push({ action: "ModifyRule", mode: "error", count: 5 });
    world.aws.calls.length = 0;
    try {
      const run = await runAction("switch", { ...world.inputs, "max-attempts": "1" }, world.env);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::Writing the new weights failed on .*InternalFailure/);
      expect(run.stdout).toMatch(/Every route was put back/);
      for (const arn of productionArns()) expect(world.weightsOf(arn)).toEqual({ blue: 100, green: 0 });
      expect(world.weightsOf(world.testListener.arn)).toEqual({ blue: 0, green: 100 });
      expect(writes()).not.toContain("AddTags");
    } finally {
      world.aws.faults.length = 0;
    }
  });

  it("waits for ELBv2's eventual consistency before it reports done", async () => {
    world.elbv2.consistencyDelayMs = 1_500;
    try {
      const run = await runAction("switch", world.inputs, world.env);
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain("Read back: all 4 route(s) show the new weights.");
      expect(run.ms).toBeGreaterThanOrEqual(1_500);
      for (const arn of productionArns()) expect(world.weightsOf(arn)).toEqual({ blue: 0, green: 100 });
    } finally {
      world.elbv2.consistencyDelayMs = 0;
      await runAction("rollback", { ...world.inputs, reason: "reset" }, world.env);
    }
  });
});

describe("bad input: one clear error line, and no AWS call", () => {
  beforeAll(async () => {
    world = await startWorld({ rules: 1 });
  });
  afterAll(() => world.stop());
  afterEach(() => {
    world.aws.calls.length = 0;
  });

  const other = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/green/6d0ecf831eec9f09";
  /** The world's router inputs as if they were in another partition and region. */
  const partition = (w: World, name: string, region: string) =>
    Object.fromEntries(
      Object.entries(w.inputs).map(([k, v]) => [
        k,
        v.replaceAll("arn:aws:", `arn:${name}:`).replaceAll(":us-east-1:", `:${region}:`),
      ]),
    );
  const cases: [string, string, (w: World) => Record<string, string>][] = [
    ["purge-cdn", "distribution-id", (w) => ({ ...partition(w, "aws-cn", "cn-north-1"), "distribution-id": "E2QWRUHAPOMQZL" })],
    [
      "purge-cdn",
      "distribution-id",
      (w) => ({ ...partition(w, "aws-us-gov", "us-gov-west-1"), "distribution-id": "E2QWRUHAPOMQZL" }),
    ],
    ["switch", "listener-arn", () => ({ "listener-arn": "not-an-arn" })],
    ["status", "listener-arn", (w) => ({ "listener-arn": w.blue.arn })],
    ["switch", "listener-arn", () => ({ "listener-arn": "", "rule-arns": "" })],
    [
      "switch",
      "listener-arn",
      () => ({
        "listener-arn": "arn:aws:elasticloadbalancing:us-east-1:12345:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
      }),
    ],
    ["switch", "rule-arns", (w) => ({ "rule-arns": w.listener.arn })],
    ["switch", "rule-arns", (w) => ({ "rule-arns": `${w.ruleArns[0]},${w.ruleArns[0]}` })],
    [
      "switch",
      "test-listener-arn",
      () => ({ "test-listener-arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/nlb/1/2" }),
    ],
    ["switch", "test-listener-arn", (w) => ({ "test-listener-arn": w.listener.arn })],
    ["switch", "test-rule-arns", () => ({ "test-rule-arns": "rule-1" })],
    ["switch", "blue-target-group-arn", () => ({ "blue-target-group-arn": "" })],
    ["switch", "green-target-group-arn", () => ({ "green-target-group-arn": "" })],
    ["switch", "green-target-group-arn", (w) => ({ "green-target-group-arn": w.blue.arn })],
    [
      "rollback",
      "blue-target-group-arn",
      () => ({ "blue-target-group-arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/blue" }),
    ],
    ["switch", "blue-target-group-arn", () => ({ "green-target-group-arn": other })],
    ["switch", "aws-region", () => ({ "aws-region": "us-east" })],
    ["status", "aws-region", () => ({ "aws-region": "eu-west-1" })],
    ["switch", "verify-timeout", () => ({ "verify-timeout": "10" })],
    ["switch", "verify-timeout", () => ({ "verify-timeout": "2h" })],
    ["switch", "max-attempts", () => ({ "max-attempts": "0" })],
    ["switch", "to", () => ({ to: "purple" })],
    ["switch", "expected-active-color", () => ({ "expected-active-color": "red" })],
    ["switch", "require-healthy", () => ({ "require-healthy": "yes" })],
    ["switch", "min-healthy-targets", () => ({ "min-healthy-targets": "-1" })],
    ["switch", "dry-run", () => ({ "dry-run": "maybe" })],
    ["rollback", "reason", () => ({ reason: "" })],
    ["rollback", "to", () => ({ to: "standby", reason: "x" })],
    ["rollback", "force", () => ({ force: "1", reason: "x" })],
    ["switch", "steps", () => ({ strategy: "steps", steps: "50,10", "step-interval": "1m" })],
    ["switch", "steps", () => ({ strategy: "steps", steps: "10,150", "step-interval": "1m" })],
    ["switch", "steps", () => ({ strategy: "steps", steps: "", "step-interval": "1m" })],
    ["switch", "steps", () => ({ steps: "10,50" })],
    ["switch", "linear-percent", () => ({ strategy: "linear", "linear-percent": "0", "step-interval": "1m" })],
    ["switch", "linear-percent", () => ({ strategy: "linear", "linear-percent": "101", "step-interval": "1m" })],
    ["switch", "step-interval", () => ({ strategy: "linear" })],
    ["switch", "strategy", () => ({ strategy: "canary" })],
    ["switch", "probe-url", () => ({ "probe-url": "ftp://shop.example.com/health" })],
    ["switch", "alarm-names", () => ({ "alarm-names": "shop-5xx", cloudwatch: "false" })],
    ["switch", "max-error-rate", () => ({ "max-error-rate": "150%" })],
    ["switch", "metric-period", () => ({ "metric-period": "45s" })],
    ["switch", "metric-period", () => ({ "metric-period": "10s" })],
    ["switch", "metric-period", () => ({ "metric-period": "90s" })],
    ["soak-monitor", "metric-period", () => ({ "metric-period": "10s", "probe-url": "http://127.0.0.1:1/health" })],
    ["switch", "sticky-sessions", () => ({ "sticky-sessions": "release", "test-listener-arn": "" })],
    ["switch", "sticky-sessions", () => ({ "sticky-sessions": "drop" })],
    ["switch", "expected-version", () => ({ "expected-version": "v2" })],
    ["deploy-standby", "version", () => ({ version: "" })],
    ["deploy-standby", "version", () => ({ version: "release #42" })],
    ["deploy-standby", "register-targets", () => ({ version: "v2", "register-targets": "10.0.0.300:80" })],
    ["deploy-standby", "register-targets", () => ({ version: "v2", "register-targets": "10.0.0.3:99999" })],
    ["deploy-standby", "drift", () => ({ version: "v2", drift: "ignore" })],
    ["deploy-standby", "health-timeout", () => ({ version: "v2", "health-timeout": "ten minutes" })],
    ["teardown", "ttl", () => ({ ttl: "1 day" })],
    ["teardown", "deregister-targets", () => ({ "deregister-targets": "yes" })],
  ];

  it.each(cases.map(([step, input, make], i) => ({ i, step, input, make })))(
    "#$i $step: $input",
    async ({ step, input, make }) => {
      const base = step === "rollback" ? { ...world.inputs, reason: "bad deploy" } : world.inputs;
      const run = await runAction(step, { ...base, ...make(world) }, world.env);
      expect(run.code).toBe(1);
      const lines = errorLines(run.stdout);
      expect(lines, run.stdout).toHaveLength(1);
      expect(lines[0]).toContain(`'${input}'`);
      expect(lines[0]).toMatch(/Example: \S+/);
      expect(world.aws.calls).toEqual([]);
    },
  );

  it("covers at least 20 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
});
