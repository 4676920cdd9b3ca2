// What a red team found in switch, rollback, soak and teardown (issue 13), each proven on the
// sandbox with real traffic: production first, cancels within the runner's grace, teardown and
// switch that cannot cross, outputs and error lines that say where the routes stand.
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS, untilLogged } from "../sandbox/cancel.ts";
import { isFailure, LoadGenerator, type LoadRecord } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

beforeAll(async () => {
  // A slower clock than the default keeps health-check timeouts from being missed on a busy machine.
  world = await startWorld({ timeScale: 0.05 });
});
afterAll(() => world.stop());
beforeEach(() => world.reset());

function production(): { blue: number; green: number } {
  return world.weightsOf(world.listener.arn);
}

function callsOf(action: string, arn = world.listener.arn, since = 0) {
  return world.aws.calls.filter((c) => c.action === action && c.at >= since && JSON.stringify(c.params).includes(arn));
}

async function until(what: string, check: () => boolean, child?: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (child && child.exitCode !== null) throw new Error(`the step exited with ${child.exitCode} before ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Answers sent after `from` that a user of that color would see: all from `version`, none failed. */
function after(records: LoadRecord[], from: number): LoadRecord[] {
  return records.filter((r) => r.at >= from);
}

async function switchToGreen(): Promise<void> {
  const run = await runAction("switch", world.inputs, world.env);
  expect(run.code, run.stdout).toBe(0);
}

describe("production first", () => {
  beforeEach(switchToGreen);

  it("soak-monitor rolls a 500-answering green back even when only the test-listener write fails", async () => {
    world.setApps("green", { errorRate: 1 });
    world.aws.faults.push({ action: "ModifyListener", arn: world.testListener.arn, mode: "error", count: 50 });
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const run = await runAction(
      "soak-monitor",
      { ...world.inputs, "probe-url": `${world.urls.prod}/version`, duration: "30s", "max-attempts": "1" },
      world.env,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const records = await load.stop();
    expect(run.outputs.result, run.stdout).toBe("rolled-back");
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(run.stdout).toMatch(
      /::warning::The rollback moved production to blue, but test listener\/\S+ could not be written \(.*InternalFailure.*\): it reads blue 100 \/ green 0\./,
    );
    expect(run.outputs).toMatchObject({ "active-color": "blue", "standby-color": "green", shifting: "false" });
    const rolledBackAt =
      callsOf("ModifyListener")
        .filter((c) => !c.error)
        .at(-1)?.at ?? Infinity;
    const last = after(records, rolledBackAt + 100);
    expect(last.length).toBeGreaterThan(0);
    expect(last.every((r) => r.version === "v1" && r.status === 200)).toBe(true);
  });

  it("the rollback step alone succeeds when its production routes moved and a test route did not", async () => {
    world.aws.faults.push({ action: "ModifyListener", arn: world.testListener.arn, mode: "error", count: 50 });
    const run = await runAction("rollback", { ...world.inputs, reason: "bad release", "max-attempts": "1" }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(run.outputs).toMatchObject({ "active-color": "blue", switched: "true", "previous-color": "green" });
    expect(run.stdout).toMatch(/::warning::The rollback moved production to blue, but test listener\//);
  });
});

describe("cancels within the runner's grace", () => {
  it("puts a stepped switch back within a second when cancelled during a throttled write", async () => {
    world.aws.faults.push({ action: "ModifyListener", arn: world.listener.arn, mode: "throttle", count: 4, after: 1 });
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "30,60", "step-interval": "500ms" },
      world.env,
    );
    await until("two throttled writes", () => callsOf("ModifyListener").filter((c) => c.error).length >= 2, child);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    const exitedAt = await cancel.exited;
    const records = await load.stop();
    const putBack = callsOf("ModifyListener", world.listener.arn, cancel.at)[0];
    expect(putBack, run.stdout).toBeDefined();
    expect((putBack?.at ?? Infinity) - cancel.at).toBeLessThan(1_000);
    expect(exitedAt - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(cancel.sent).toEqual(["SIGINT"]);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The run was cancelled\. Every route was put back as it was before this run\./);
    expect(run.outputs).toMatchObject({ "active-color": "blue", shifting: "false", switched: "false" });
    expect(records.filter(isFailure)).toEqual([]);
  });

  it("puts the routes back when cancelled during the drain-timeout wait", async () => {
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, "drain-timeout": "20s", "metric-period": "60s" },
      world.env,
    );
    await untilLogged(child, /Watching CloudWatch RequestCount/);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The run was cancelled while the old color drained\. Every route was put back/);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(world.weightsOf(world.testListener.arn)).toEqual({ blue: 0, green: 100 });
    expect(run.outputs).toMatchObject({ "active-color": "blue", switched: "false", shifting: "false" });
    const tags = Object.fromEntries(world.elbv2.tags.get(world.green.arn) ?? []);
    expect(tags["cutover:live-since"]).toBeUndefined();
  });

  it("finishes a rollback that is cancelled once its write landed, never restoring the color it left", async () => {
    await switchToGreen();
    world.aws.calls.length = 0;
    world.elbv2.consistencyDelayMs = 3_000;
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const { child, result } = startAction("rollback", { ...world.inputs, reason: "bad release" }, world.env);
    await until("the rollback's write", () => callsOf("ModifyListener").some((c) => !c.error), child);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    // The write ELBv2 accepted shows once its (eventual) consistency delay is over; nothing undoes it.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    world.elbv2.consistencyDelayMs = 0;
    const records = await load.stop();
    expect(production(), run.stdout).toEqual({ blue: 100, green: 0 });
    expect(run.stdout).toMatch(
      /::error::The run was cancelled; the rollback was finished first: all production traffic is on blue/,
    );
    expect(run.outputs, run.stdout).toMatchObject({ "active-color": "blue", switched: "true" });
    expect(after(records, cancel.at + 3_500).every((r) => r.version === "v1")).toBe(true);
  });

  it("finishes soak-monitor's inline rollback when cancelled during it", async () => {
    await switchToGreen();
    world.aws.calls.length = 0;
    world.setApps("green", { errorRate: 1 });
    world.aws.faults.push({ action: "ModifyListener", arn: world.listener.arn, mode: "throttle", count: 3 });
    const { child, result } = startAction(
      "soak-monitor",
      { ...world.inputs, "probe-url": `${world.urls.prod}/version`, duration: "30s" },
      world.env,
    );
    await until("the rollback's throttled write", () => callsOf("ModifyListener").some((c) => c.error), child);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(run.outputs).toMatchObject({ "active-color": "blue", shifting: "false", result: "rolled-back" });
  });
});

describe("teardown and switch cannot cross", () => {
  beforeEach(switchToGreen);

  it("a switch to a color being torn down is refused, and no request fails", async () => {
    world.aws.faults.push({ action: "DeregisterTargets", mode: "latency", latencyMs: 2_500, count: 1 });
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const teardown = startAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    await until(
      "teardown's DeregisterTargets",
      () => world.aws.calls.some((c) => c.action === "DeregisterTargets"),
      teardown.child,
    );
    const switched = await runAction("switch", world.inputs, world.env);
    const torn = await teardown.result;
    const records = await load.stop();
    expect(switched.code).toBe(1);
    expect(switched.stdout).toMatch(
      /::error::A teardown of blue started \S+ ago \(acme\/shop\/actions\/runs\/4242\/attempts\/1, tag cutover:teardown-started\)/,
    );
    expect(switched.outputs).toMatchObject({ "active-color": "green", switched: "false" });
    expect(torn.code, torn.stdout).toBe(0);
    expect(torn.outputs["torn-down"]).toBe("true");
    expect(production()).toEqual({ blue: 0, green: 100 });
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.filter((r) => r.status !== 200)).toEqual([]);
  });

  it("a switch whose slow write lands after a teardown began puts every route back (issue 35)", async () => {
    world.aws.faults.push({ action: "ModifyListener", arn: world.listener.arn, mode: "latency", latencyMs: 5_000, count: 1 });
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    // Only the switch's own write counts: the world's setup wrote the listener before it started.
    const since = Date.now();
    const switching = startAction("switch", world.inputs, world.env);
    await until(
      "the switch's slow write",
      () => callsOf("ModifyListener", world.listener.arn, since).length > 0,
      switching.child,
    );
    await runAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    const switched = await switching.result;
    const endedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const records = await load.stop();
    expect(switched.code, switched.stdout).toBe(1);
    expect(switched.stdout).toMatch(
      /::error::Read after the write: (A teardown of blue started|blue has no member that can serve).*Every route was put back as it was before this run\./,
    );
    expect(production()).toEqual({ blue: 0, green: 100 });
    expect(switched.outputs).toMatchObject({ "active-color": "green", shifting: "false" });
    // Traffic follows a put-back within ALB's propagation (the sandbox's 2 s of AWS time, scaled).
    const settled = after(records, endedAt + 300);
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.filter((r) => r.version !== "v2" || r.status !== 200).map((r) => ({ ...r, after: r.at - endedAt }))).toEqual(
      [],
    );
  });

  it("puts the targets back and fails loudly when a switch moved traffic while it deregistered", async () => {
    world.aws.faults.push({ action: "DeregisterTargets", mode: "latency", latencyMs: 1_500, count: 1 });
    const before = world.elbv2.groups.targetsOf(world.blue).map((t) => t.port);
    const teardown = startAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    await until(
      "teardown's DeregisterTargets",
      () => world.aws.calls.some((c) => c.action === "DeregisterTargets"),
      teardown.child,
    );
    // A switch that read the ledger before teardown marked it: it moves traffic regardless.
    world.setWeights({ blue: 100, green: 0 });
    const torn = await teardown.result;
    expect(torn.code).toBe(1);
    expect(torn.stdout).toMatch(
      /::error::blue gained production traffic while teardown deregistered it .* its targets were registered again/,
    );
    expect(torn.outputs).toMatchObject({ "torn-down": "false", "active-color": "blue" });
    const now = world.elbv2.groups
      .targetsOf(world.blue)
      .filter((t) => t.state !== "draining")
      .map((t) => t.port);
    expect(now.sort()).toEqual(before.sort());
    expect(Object.fromEntries(world.elbv2.tags.get(world.blue.arn) ?? [])["cutover:teardown-started"]).toBeUndefined();
  });
});

describe("the ALB path after the restructuring (issue 35)", () => {
  it("puts every route back, with outputs, when another tool adds a third target group mid-switch", async () => {
    const other = world.elbv2.createTargetGroup("other-tool");
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "30,60", "step-interval": "1s" },
      world.env,
    );
    await until("step 1", () => production().green === 30, child);
    // Another tool's ModifyListener: the forward keeps its groups and gains a third at weight 0.
    const actions = structuredClone(world.elbv2.visibleActions(world.listener));
    const forward = actions.find((a) => a.Type === "forward") as { ForwardConfig: { TargetGroups: unknown[] } };
    forward.ForwardConfig.TargetGroups.push({ TargetGroupArn: other.arn, Weight: 0 });
    world.elbv2.setActions(world.listener, actions);
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*neither blue-target-group-arn nor green-target-group-arn.*Every route was put back/);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(run.outputs).toMatchObject({ "active-color": "blue", shifting: "false", switched: "false" });
    expect(run.summary).not.toMatch(/Nothing was written/);
    expect(run.summary).toMatch(/Reverted/);
  });

  it("a cancel while a read gets no answer puts the routes back, with outputs and a summary, before SIGTERM", async () => {
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "30,60", "step-interval": "1s" },
      world.env,
    );
    await until("step 1", () => production().green === 30, child);
    const reads = world.aws.calls.length;
    world.aws.faults.push({ action: "DescribeListeners", mode: "latency", latencyMs: 30_000, count: 1 });
    await until("a read with no answer", () => world.aws.calls.slice(reads).some((c) => c.action === "DescribeListeners"), child);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(cancel.sent).toEqual(["SIGINT"]);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(run.stdout).toMatch(/::error::The run was cancelled\. Every route was put back as it was before this run\./);
    expect(run.outputs).toMatchObject({ "active-color": "blue", shifting: "false", switched: "false" });
    expect(run.summary).toMatch(/Reverted/);
  });
});

describe("outputs, timelines and error lines on every outcome", () => {
  it("a put-back that fails leaves outputs, a timeline and a status that say the router is split", async () => {
    world.setApps("green", { errorRate: 1 });
    world.aws.faults.push({ action: "ModifyListener", arn: world.listener.arn, mode: "error", count: 50, after: 1 });
    const run = await runAction(
      "switch",
      {
        ...world.inputs,
        strategy: "steps",
        steps: "50",
        "step-interval": "3s",
        "probe-url": `${world.urls.prod}/version`,
        "probe-interval": "20ms",
        "max-attempts": "1",
      },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(production()).toEqual({ blue: 50, green: 50 });
    expect(run.outputs).toMatchObject({ shifting: "true", switched: "true", "previous-color": "blue" });
    expect(run.stdout).toMatch(
      /::error::The probes gate failed: .* Putting the routes back failed too, so the router is split: listener\/\S+ \(.*InternalFailure.*\)\. Routes now: listener\/\S+: blue 50 \/ green 50; test listener\/\S+: blue 0 \/ green 100\. To repair: run rollback with to: blue and force: true/,
    );
    expect(run.stdout).toMatch(/Timeline: .*50% on green, \+\S+ blue 50 \/ green 50 put back failed on 1 route\(s\)\./);
    expect(run.stdout).not.toMatch(/Timeline: .* put back[,.]/);

    const status = await runAction("status", world.inputs, world.env);
    expect(status.outputs).toMatchObject({ shifting: "true" });
    expect(status.stdout).toMatch(
      /::warning::The router is split: listener\/\S+: blue 50 \/ green 50\. The last run that wrote the routes: switch to green by acme\/shop\/actions\/runs\/4242\/attempts\/1 at \S+ \(tag cutover:last-write\)\. If no run is moving it now, it was stopped halfway: run rollback with to: blue and force: true .*, or switch with to: green to finish its move\./,
    );
    expect(status.summary).toContain("The last run that wrote the routes: switch to green");
  });

  it("a first write that fails entirely never claims more than it did", async () => {
    world.aws.faults.push({ action: "ModifyListener", arn: world.listener.arn, mode: "error", count: 1 });
    const run = await runAction("switch", { ...world.inputs, "max-attempts": "1" }, world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("Nothing had been written");
    expect(run.stdout).toMatch(
      /::error::Writing the new weights failed on listener\/.*Every route was put back as it was before this run\. Routes now: listener\/\S+: blue 100 \/ green 0/,
    );
    expect(run.outputs).toMatchObject({ "active-color": "blue", switched: "false", shifting: "false" });
  });

  it("failed deploy-standby and purge-cdn still set the colors", async () => {
    world.aws.faults.push({ action: "RegisterTargets", mode: "error", count: 5 });
    const fresh = await world.addApp("green", { version: "v3" }, false);
    const deploy = await runAction(
      "deploy-standby",
      { ...world.inputs, version: "v3", "register-targets": `127.0.0.1:${fresh.port}`, "max-attempts": "1" },
      world.env,
    );
    expect(deploy.code).toBe(1);
    expect(deploy.stdout).toMatch(
      /::error::RegisterTargets on the standby failed: .*InternalFailure.* The standby keeps 127\.0\.0\.1:\d+ healthy, .*the active color was not touched\. Nothing was tagged\./,
    );
    expect(deploy.outputs).toMatchObject({ "active-color": "blue", "standby-color": "green", shifting: "false" });

    world.aws.faults.push({ action: "CreateInvalidation", mode: "error", count: 5 });
    const purge = await runAction(
      "purge-cdn",
      { ...world.inputs, "distribution-id": world.distributionId, "max-attempts": "1" },
      world.env,
    );
    expect(purge.code).toBe(1);
    expect(purge.outputs).toMatchObject({ "active-color": "blue", "standby-color": "green", shifting: "false" });
  });

  it("teardown whose tag fails after deregistering says the color is torn down", async () => {
    await switchToGreen();
    // The first AddTags is teardown's mark; the one after deregistering fails.
    world.aws.faults.push({ action: "AddTags", mode: "error", count: 5, after: 1 });
    const run = await runAction("teardown", { ...world.inputs, ttl: "0s", "max-attempts": "1" }, world.env);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ "torn-down": "true", "torn-down-color": "blue", "active-color": "green" });
    expect(run.stdout).toMatch(
      /::error::blue is torn down \(its targets are deregistered; it carries no production traffic\), but recording it failed: ELBv2 AddTags failed: InternalFailure/,
    );
  });
});
