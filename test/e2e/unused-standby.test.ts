// A first setup: the listener forwards to blue alone, so green is in no rule and ALB does not
// health-check it (TargetHealth.Reason Target.NotInUse). deploy-standby must put green into the
// production forward at weight 0 before it waits, and put it back if the wait fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

/** The target groups the production listener's forward names, as routing sees it now. */
function forwardNames(): string[] {
  const forward = world.elbv2.visibleActions(world.listener).find((a) => a.Type === "forward") as {
    TargetGroupArn?: string;
    ForwardConfig?: { TargetGroups?: { TargetGroupArn: string }[] };
  };
  const arns = forward.ForwardConfig?.TargetGroups?.map((g) => g.TargetGroupArn) ?? [forward.TargetGroupArn];
  return arns.map((arn) => (arn === world.blue.arn ? "blue" : "green"));
}

function writes(): string[] {
  return world.aws.calls.filter((c) => c.write).map((c) => c.action);
}

describe("a standby that no rule uses", () => {
  beforeAll(async () => {
    world = await startWorld({ blueOnly: true });
  });
  afterAll(() => world.stop());
  beforeEach(() => world.reset());

  it("dry-run shows that green joins the production forward at weight 0, and writes nothing", async () => {
    const run = await runAction("deploy-standby", { ...world.inputs, version: "v2", "dry-run": "true" }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("add green at weight 0 to the production forwards, since no route names it");
    expect(run.stdout).toMatch(/would write listener\/app\/\S+: blue 1 only → blue 100 \/ green 0/);
    expect(writes()).toEqual([]);
    expect(forwardNames()).toEqual(["blue"]);
  });

  it("puts green in the forward at weight 0, waits until it is healthy, and sends it no traffic", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 60).start();
    const run = await runAction("deploy-standby", { ...world.inputs, version: "v2", "health-timeout": "20s" }, world.env);
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("No route names green, so ALB does not health-check it (Target.NotInUse)");
    expect(run.stdout).toMatch(/ModifyListener listener\/app\/\S+: blue 1 only → blue 100 \/ green 0/);
    expect(run.stdout).toMatch(/green is healthy after/);
    expect(forwardNames()).toEqual(["blue", "green"]);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(records.filter(isFailure)).toEqual([]);
    expect(new Set(records.map((r) => r.version))).toEqual(new Set(["v1"]));

    // The next switch finds green healthy, and the rollback finds blue still in the forward.
    const switched = await runAction("switch", world.inputs, world.env);
    expect(switched.code, switched.stdout).toBe(0);
    const back = await runAction("rollback", { ...world.inputs, reason: "test" }, world.env);
    expect(back.code, back.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
  });

  it("puts the forward back as it was when green never becomes healthy", async () => {
    world.setApps("green", { healthy: false });
    const run = await runAction("deploy-standby", { ...world.inputs, version: "v2", "health-timeout": "2s" }, world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::green is not healthy after \S+ \(health-timeout\): .*Every route was put back/);
    expect(run.stdout).toMatch(/Target\.(ResponseCodeMismatch|FailedHealthChecks)/);
    expect(forwardNames()).toEqual(["blue"]);
    expect(world.elbv2.tags.get(world.green.arn)?.get("cutover:version")).toBeUndefined();
  });

  // ALB refuses a forward to both groups with group stickiness off while a group has stickiness on.
  it("stops before writing when blue has target stickiness and the forward has no group stickiness", async () => {
    world.blue.attributes["stickiness.enabled"] = "true";
    const load = new LoadGenerator(`${world.urls.prod}/version`, 60).start();
    const run = await runAction("deploy-standby", { ...world.inputs, version: "v2", "health-timeout": "5s" }, world.env);
    const records = await load.stop();
    world.blue.attributes["stickiness.enabled"] = "false";
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::listener\/app\/\S+ must name both target groups, and blue's target group has stickiness enabled \(stickiness\.enabled\), so ALB requires group stickiness on that forward/,
    );
    expect(writes().filter((w) => w === "ModifyListener")).toEqual([]);
    expect(forwardNames()).toEqual(["blue"]);
    expect(records.filter(isFailure)).toEqual([]);
  });

  it("refuses sticky-sessions: release without a test route, before any AWS call", async () => {
    const run = await runAction("switch", { ...world.inputs, "sticky-sessions": "release" }, world.env);
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("'sticky-sessions'");
    expect(errors[0]).toContain("Target.NotInUse");
    expect(world.aws.calls).toEqual([]);
  });
});
