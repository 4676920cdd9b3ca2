// deploy-standby and teardown, the committed bundles against the sandbox with load flowing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
beforeEach(() => world.reset());

function tags(color: "blue" | "green"): Record<string, string> {
  return Object.fromEntries(world.elbv2.tags.get(world.group(color).arn) ?? []);
}

async function until(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function writes(): string[] {
  return world.aws.calls.filter((c) => c.write).map((c) => c.action);
}

describe("deploy-standby", () => {
  it("registers a fresh green and waits for it, while blue serves load without a failure", async () => {
    const fresh = [await world.addApp("green", { version: "v3" }, false), await world.addApp("green", { version: "v3" }, false)];
    const old = world.elbv2.groups.targetsOf(world.green).map((t) => t.port);
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const run = await runAction(
      "deploy-standby",
      {
        ...world.inputs,
        version: "v3",
        "deploy-command":
          'echo "deploying $CUTOVER_VERSION to $CUTOVER_STANDBY_COLOR ($CUTOVER_STANDBY_TARGET_GROUP_ARN), $CUTOVER_ACTIVE_COLOR stays"',
        "register-targets": fresh.map((a) => `127.0.0.1:${a.port}`).join(","),
        "replace-targets": "true",
        "min-healthy-targets": "2",
      },
      world.env,
    );
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/deploying v3 to green \(arn:aws:elasticloadbalancing:[^)]+sandbox-green[^)]+\), blue stays/);
    expect(records.filter(isFailure)).toEqual([]);
    expect(new Set(records.map((r) => r.version))).toEqual(new Set(["v1"]));
    expect(run.outputs).toMatchObject({ "deployed-version": "v3", "standby-color": "green", "standby-version": "v3" });
    expect(tags("green")["cutover:version"]).toBe("v3");
    expect(tags("green")["cutover:color"]).toBe("green");
    expect(tags("green")["cutover:deployed-at"]).toMatch(/Z$/);
    const states = world.elbv2.groups.targetsOf(world.green).map((t) => [t.port, t.state]);
    // The old targets drain, and leave once the (scaled) deregistration delay is over.
    for (const port of old) expect(states.filter(([p]) => p === port).map(([, s]) => s)).not.toContain("healthy");
    for (const app of fresh) expect(states).toContainEqual([app.port, "healthy"]);
    expect(world.aws.calls.filter((c) => c.write).every((c) => JSON.stringify(c.params).includes("sandbox-green"))).toBe(true);
  });

  it("stops on a failing deploy command, registering and tagging nothing", async () => {
    const run = await runAction(
      "deploy-standby",
      { ...world.inputs, version: "v3", "deploy-command": "echo starting; exit 7" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::deploy-command exited with 7 after/);
    expect(writes()).toEqual([]);
  });

  it("lists every unhealthy target and its reason when the health wait times out", async () => {
    const sick = await world.addApp("green", { healthy: false }, false);
    const run = await runAction(
      "deploy-standby",
      { ...world.inputs, version: "v3", "register-targets": `127.0.0.1:${sick.port}`, "health-timeout": "2s" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::green is not healthy after \\S+ \\(health-timeout\\): .* Not healthy: 127\\.0\\.0\\.1:${sick.port} (initial|unhealthy) \\(`,
      ),
    );
    expect(tags("green")["cutover:version"]).toBeUndefined();
    expect(run.summary).toMatch(
      /^### ❌ Failed · cutover deploy-standby\n[\s\S]*?\n\*\*What happened:\*\* green is not healthy after \S+ \(health-timeout\)/,
    );
    expect(run.summary).toContain("Targets of green when the wait ended; nothing was tagged, and blue keeps the traffic:");
    expect(run.summary).toMatch(
      new RegExp(`\\| 127\\.0\\.0\\.1:${sick.port} \\| (initial|unhealthy) \\| (Elb|Target)\\.\\w+ \\|`),
    );
    expect(run.summary).toContain("| blue | active | 100% |");
  });

  it("reports config drift side by side, and refuses to deploy with drift: fail", async () => {
    world.green.healthCheck.healthyThreshold = 3;
    world.green.attributes["deregistration_delay.timeout_seconds"] = "5";
    try {
      const warned = await runAction("deploy-standby", { ...world.inputs, version: "v3" }, world.env);
      expect(warned.code, warned.stdout).toBe(0);
      expect(warned.stdout).toMatch(/::warning::The standby's target group drifted .*healthy threshold: blue 2, green 3/);
      expect(warned.summary).toContain("| deregistration_delay.timeout_seconds | 30 | 5 |");
      world.aws.calls.length = 0;
      const failed = await runAction(
        "deploy-standby",
        { ...world.inputs, version: "v4", drift: "fail", "deploy-command": "touch /tmp/should-not-run" },
        world.env,
      );
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(/::error::The standby's target group drifted from the active one's \(drift: fail\)/);
      expect(writes()).toEqual([]);
    } finally {
      world.green.healthCheck.healthyThreshold = 2;
      world.green.attributes["deregistration_delay.timeout_seconds"] = "30";
    }
  });

  it("refuses to deploy next to a shift in progress", async () => {
    world.setWeights({ blue: 50, green: 50 });
    const run = await runAction("deploy-standby", { ...world.inputs, version: "v3" }, world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::deploy-standby needs a settled router, but the router is shifting/);
  });
});

describe("teardown", () => {
  it("drains the retired color without dropping its in-flight requests, then tags it", async () => {
    await runAction("deploy-standby", { ...world.inputs, version: "v2" }, world.env);
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    // The test listener points at the retired blue now; slow requests to it are in flight.
    world.setApps("blue", { latencyMs: 400 });
    const inFlight = Array.from({ length: 6 }, () =>
      fetch(`${world.urls.test}/version`).then(async (r) => [r.status, await r.text()]),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const run = await runAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 6 }, () => [200, "v1\n"]));
    expect(run.outputs).toMatchObject({ "torn-down": "true", "torn-down-color": "blue", "active-color": "green" });
    expect(run.stdout).toMatch(/blue drained after/);
    expect(world.elbv2.groups.targetsOf(world.blue)).toEqual([]);
    expect(tags("blue")["cutover:torn-down-at"]).toMatch(/Z$/);
    expect(run.summary).toMatch(/Both colors ran side by side for \S+ \(from .* to .*\): the extra cost of this release/);
    expect(run.summary).toMatch(/DeregisterTargets on blue: 127\.0\.0\.1:\d+ healthy, 127\.0\.0\.1:\d+ healthy\./);
    const status = await runAction("status", world.inputs, world.env);
    expect(status.summary).toContain("| blue | torn down | 0% |");
    expect(status.summary).toMatch(
      /\*\*blue\*\* was torn down at `\S+Z`, \S+ after it was retired: nothing serves it until deploy-standby runs for blue again/,
    );

    const again = await runAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nothing to tear down: blue was torn down at \S+ already/);
  });

  it("leaves a color alone when the router changes between the check and the act", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    world.aws.faults.push({ action: "DescribeTargetHealth", mode: "latency", latencyMs: 800, count: 1 });
    world.aws.calls.length = 0;
    const { result } = startAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    while (!world.aws.calls.some((c) => c.action === "DescribeTargetHealth"))
      await new Promise((resolve) => setTimeout(resolve, 10));
    world.setWeights({ blue: 100, green: 0 });
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::blue has production traffic again .* It stopped without touching blue\./);
    expect(writes()).toEqual([]);
    expect(world.elbv2.groups.targetsOf(world.blue).every((t) => t.state === "healthy")).toBe(true);
  });

  // Issue 35 high 1: the switch's ModifyListener, sent before teardown's mark, is throttled and lands
  // only after teardown's reads. The deregistration delay lasts until the switch has finished, so
  // teardown's read after its deregistration took effect is the one that can see the switch.
  it("puts back what it retired when a throttled switch lands after its checks", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const ports = world.elbv2.groups.targetsOf(world.blue).map((t) => t.port);
    const delay = world.blue.attributes["deregistration_delay.timeout_seconds"];
    world.blue.attributes["deregistration_delay.timeout_seconds"] = "3000";
    try {
      world.aws.calls.length = 0;
      world.aws.faults.push({ action: "ModifyListener", arn: world.listener.arn, mode: "throttle", count: 10_000 });
      const load = new LoadGenerator(`${world.urls.prod}/version`, 50).start();
      const switching = startAction("switch", { ...world.inputs, "max-attempts": "20" }, world.env);
      const callsOf = (action: string) => world.aws.calls.filter((c) => c.action === action);
      await until("the switch's throttled write", () => callsOf("ModifyListener").some((c) => c.error === "Throttling"));
      const teardown = startAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
      await until("teardown waiting for the drain", () => {
        const deregistered = callsOf("DeregisterTargets")[0]?.at;
        return deregistered !== undefined && callsOf("DescribeTargetHealth").some((c) => c.at > deregistered);
      });
      world.aws.faults.length = 0;
      const switched = await switching.result;
      // The deregistration delay is over.
      for (const target of world.elbv2.groups.targetsOf(world.blue)) target.drainUntil = Date.now();
      const torn = await teardown.result;
      // Either the switch kept blue (its write landed on a draining color) and teardown must give
      // blue its targets back and fail, or the switch saw blue draining and put green back, and
      // teardown finishes. Never both exit 0 with production on a color without targets.
      const live = world.weightsOf(world.listener.arn).blue === 100 ? "blue" : "green";
      if (live === "blue") {
        expect(switched.code, switched.stdout).toBe(0);
        expect(torn.code, torn.stdout).toBe(1);
        expect(torn.stdout).toMatch(
          /::error::blue gained production traffic after its targets drained \(.*\): another run switched\. its targets were registered again \(127\.0\.0\.1:\d+, 127\.0\.0\.1:\d+\)/,
        );
        expect(torn.outputs).toMatchObject({ "torn-down": "false" });
        expect(tags("blue")["cutover:teardown-started"]).toBeUndefined();
        expect(tags("blue")["cutover:torn-down-at"]).toBeUndefined();
        expect(
          world.elbv2.groups
            .targetsOf(world.blue)
            .map((t) => t.port)
            .sort(),
        ).toEqual(ports.sort());
        await world.waitForState("blue", "healthy");
      } else {
        expect(switched.code, switched.stdout).toBe(1);
        expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
        expect(torn.code, torn.stdout).toBe(0);
      }
      const servingAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const records = await load.stop();
      const served = records.filter((r) => r.at > servingAt);
      expect(served.length).toBeGreaterThan(0);
      expect(served.filter(isFailure)).toEqual([]);
    } finally {
      world.blue.attributes["deregistration_delay.timeout_seconds"] = delay ?? "300";
    }
  });

  it("skips what it cannot date, and what is not due yet", async () => {
    const undated = await runAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    expect(undated.code).toBe(0);
    expect(undated.stdout).toContain("Nothing to tear down: green has no cutover:retired-at tag");
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const early = await runAction("teardown", { ...world.inputs, ttl: "24h" }, world.env);
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(/Nothing to tear down: blue was retired \S+ ago; the ttl of 24h ends at/);
    expect(writes().filter((w) => w === "DeregisterTargets")).toEqual([]);
  });

  it("runs the teardown command with the color it tears down, and lists the plan on dry-run", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const dry = await runAction("teardown", { ...world.inputs, ttl: "0s", "dry-run": "true" }, world.env);
    expect(dry.stdout).toMatch(
      /dry-run: true\. Would deregister 127\.0\.0\.1:\d+ healthy, 127\.0\.0\.1:\d+ healthy, and tag cutover:torn-down-at/,
    );
    const run = await runAction(
      "teardown",
      {
        ...world.inputs,
        ttl: "0s",
        "deregister-targets": "false",
        "teardown-command": 'echo "scaling $CUTOVER_TEARDOWN_COLOR to zero"',
      },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("scaling blue to zero");
    expect(world.elbv2.groups.targetsOf(world.blue)).toHaveLength(2);
  });
});
