// Gradual switches, gates, faults, stickiness and proof of traffic, end to end on the sandbox
// with load flowing.
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator, type LoadRecord } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

function productionWeights(): { blue: number; green: number } {
  return world.weightsOf(world.listener.arn);
}

/** The production listener's weight writes, from the sandbox's call log: when, and green's weight. */
function listenerWrites(): { at: number; green: number }[] {
  return world.aws.calls
    .filter((c) => c.action === "ModifyListener" && !c.error && JSON.stringify(c.params).includes(world.listener.arn))
    .map((c) => {
      const groups = (
        c.params as { DefaultActions: { ForwardConfig?: { TargetGroups: { TargetGroupArn: string; Weight: string }[] } }[] }
      ).DefaultActions[0]?.ForwardConfig?.TargetGroups;
      return { at: c.at, green: Number(groups?.find((g) => g.TargetGroupArn === world.green.arn)?.Weight ?? 0) };
    });
}

/** Waits for the step's first listener write; fails fast if the step ends before writing. */
async function untilWritten(child: ChildProcess): Promise<void> {
  while (listenerWrites().length === 0) {
    if (child.exitCode !== null) throw new Error(`the step exited with ${child.exitCode} before writing`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function greenShare(records: LoadRecord[], from: number, to: number): number {
  const inside = records.filter((r) => r.at >= from && r.at < to && !r.error);
  return inside.filter((r) => r.version === "v2").length / inside.length;
}

describe("switch strategies and gates", () => {
  beforeAll(async () => {
    world = await startWorld({ rules: 2 });
  });
  afterAll(() => world.stop());
  beforeEach(() => world.reset());

  it("follows the steps of a gradual switch, as the load generator sees it", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 150).start();
    const run = await runAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "20,60", "step-interval": "1500ms" },
      world.env,
    );
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    const writes = listenerWrites();
    expect(writes.map((w) => w.green)).toEqual([20, 60, 100]);
    for (const [i, write] of writes.slice(0, 2).entries()) {
      const share = greenShare(records, write.at + 150, (writes[i + 1] as { at: number }).at);
      expect(Math.abs(share - write.green / 100), `share at step ${write.green}%`).toBeLessThan(0.15);
    }
    expect(records.filter(isFailure)).toEqual([]);
    expect(run.stdout).toMatch(/\(20% on green\)[\s\S]*\(60% on green\)[\s\S]*\(100% on green\)/);
    // The chart says what a table of the same writes would: it is shown alone.
    expect(run.summary).not.toContain("| Production weights |");
    for (const [i, percent] of [20, 60, 100].entries())
      expect(run.stdout).toContain(`::group::switch step ${i + 1}/3: ${percent}% on green`);
    // A true time axis: the steps sit where they happened, not one per label.
    expect(run.summary).toMatch(
      /x-axis "seconds" 0 --> \d+\n {2}y-axis "%" 0 --> 100\n {2}line \[(0, )+(20, )+(60, )+(100, )*100\]/,
    );
    for (const arn of world.ruleArns) expect(world.weightsOf(arn)).toEqual({ blue: 0, green: 100 });
  });

  it("reverts to 100% on the old color in one write when a gate fails at 50%", async () => {
    world.setApps("green", { errorRate: 1 });
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const inputs = {
      strategy: "steps",
      steps: "50",
      "step-interval": "5s",
      "probe-url": `${world.urls.prod}/version`,
      "probe-interval": "20ms",
      "max-error-rate": "5%",
    };
    const run = await runAction("switch", { ...world.inputs, ...inputs }, world.env);
    const records = await load.stop();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The probes gate failed: error rate \d+\.\d% > max-error-rate 5\.0%/);
    expect(run.stdout).toContain("Every route was put back as it was before this run.");
    expect(run.stdout).toMatch(/Timeline: .*50% on green.*put back/);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
    expect(listenerWrites().map((w) => w.green)).toEqual([50, 0]);
    expect(records.filter(isFailure), "only injected errors").toEqual([]);
    // No color is tagged live or retired; only the ledger records which run wrote the routes.
    const tagged = world.aws.calls.filter(
      (c) => c.action === "AddTags" && !JSON.stringify(c.params).includes("cutover:last-write"),
    );
    expect(tagged).toEqual([]);
    // The summary of a failed switch: the verdict first, the timeline with its put-back row, the
    // chart, and the routes as read again after the failure.
    expect(run.summary).toMatch(
      /^### ↩️ Reverted · cutover switch\n[\s\S]*?\n\*\*What happened:\*\* The probes gate failed: error rate \d+\.\d% > max-error-rate 5\.0%: \d+ probes .*Every route was put back as it was before this run\.\n/,
    );
    expect(run.summary).toMatch(
      /\| \+\S+ \| blue 50 \/ green 50 \| 50% on green \|\n\| \+\S+ \| blue 100 \/ green 0 \| put back \|/,
    );
    expect(run.summary).toContain('"plotColorPalette":"#1a7f37"');
    expect(run.summary).toContain("State read again after the failure:");
    expect(run.summary).toContain("| blue | active | 100% |");
    expect(run.summary).toMatch(/Routes: `sandbox-alb listener \w{8}` blue 100 \/ green 0/);
  });

  it("reverts when an alarm fires during a step", async () => {
    world.cloudwatch.setAlarm("shop-5xx", "OK");
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, strategy: "linear", "linear-percent": "25", "step-interval": "2s", "alarm-names": "shop-5xx" },
      world.env,
    );
    await untilWritten(child);
    world.cloudwatch.setAlarm("shop-5xx", "ALARM");
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The alarms gate failed: shop-5xx is in ALARM/);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
  });

  it("refuses before the first write when an alarm is in ALARM already (issue 35)", async () => {
    world.cloudwatch.setAlarm("shop-5xx", "ALARM");
    const run = await runAction(
      "switch",
      { ...world.inputs, strategy: "linear", "linear-percent": "25", "step-interval": "2s", "alarm-names": "shop-5xx" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::alarm-names: shop-5xx is in ALARM already .*nothing was written/);
    expect(listenerWrites()).toEqual([]);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
    expect(run.outputs).toMatchObject({ "active-color": "blue", shifting: "false" });
  });

  // DescribeAlarms returns composite alarms only when AlarmTypes asks for them.
  it("is gated by a composite alarm, and refuses an alarm name that matches none before writing", async () => {
    world.cloudwatch.setAlarm("shop-health", "OK", undefined, "CompositeAlarm");
    const missing = await runAction("switch", { ...world.inputs, "alarm-names": "shop-health,shop-5xxx" }, world.env);
    expect(missing.code).toBe(1);
    expect(missing.stdout.split("\n").filter((l) => l.startsWith("::error::"))).toEqual([
      "::error::alarm-names: CloudWatch has no alarm (metric or composite) named shop-5xxx in this account and region, so it could never fire. Fix the names; nothing was written.",
    ]);
    expect(listenerWrites()).toEqual([]);

    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const { result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "50", "step-interval": "3s", "alarm-names": "shop-health" },
      world.env,
    );
    while (listenerWrites().length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    world.cloudwatch.setAlarm("shop-health", "ALARM", "ALARM(shop-5xx) is true");
    const run = await result;
    const records = await load.stop();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The alarms gate failed: shop-health is in ALARM \(ALARM\(shop-5xx\) is true\)/);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
    expect(records.filter(isFailure)).toEqual([]);
    expect(listenerWrites().map((w) => w.green)).toEqual([50, 0]);
  });

  it("restores every route when a write of a later step fails", async () => {
    // The first step writes both rules; the second step's two rule writes fail.
    world.aws.faults.push({ action: "ModifyRule", mode: "error", count: 2, after: 2 });
    const run = await runAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "50", "step-interval": "200ms", "max-attempts": "1" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Writing the new weights failed on listener-rule\/.*InternalFailure/);
    expect(run.stdout).toContain("Every route was put back as it was before this run.");
    expect(run.summary).toMatch(
      /^### ↩️ Reverted · cutover switch\n[\s\S]*?\n\*\*What happened:\*\* Writing the new weights failed on .*InternalFailure/,
    );
    expect(run.summary).toMatch(/\| blue 50 \/ green 50 \| 50% on green \|\n\| \+\S+ \| blue 100 \/ green 0 \| put back \|/);
    expect(run.summary).toMatch(/`sandbox-alb rule \w{8}` blue 100 \/ green 0 · `sandbox-alb rule \w{8}` blue 100 \/ green 0/);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
    for (const arn of world.ruleArns) expect(world.weightsOf(arn)).toEqual({ blue: 100, green: 0 });
  });

  it("absorbs throttled route writes with adaptive retries", async () => {
    world.aws.faults.push({ action: "ModifyRule", mode: "throttle", count: 2 });
    const run = await runAction("switch", { ...world.inputs, "max-attempts": "5" }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(world.aws.calls.filter((c) => c.error === "Throttling")).toHaveLength(2);
    expect(productionWeights()).toEqual({ blue: 0, green: 100 });
  });

  it("stops without writing when someone else moves the router between steps", async () => {
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "50", "step-interval": "1s" },
      world.env,
    );
    await untilWritten(child);
    world.setWeights({ blue: 0, green: 100 });
    const run = await result;
    expect(child.exitCode).toBe(1);
    // Whether the step sees it while reading back or before its next step, it stops without writing.
    expect(run.stdout).toMatch(
      /::error::The router changed under this run: .*(expected blue 50 \/ green 50, found|shows blue 0 \/ green 100, neither)/,
    );
    expect(productionWeights()).toEqual({ blue: 0, green: 100 });
  });

  it("puts the weights back when the runner cancels the job", async () => {
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "30", "step-interval": "30s" },
      world.env,
    );
    await untilWritten(child);
    child.kill("SIGINT");
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("SIGINT received: putting the weights back before exiting.");
    expect(run.stdout).toMatch(/::error::The run was cancelled\. Every route was put back/);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
  });

  it("proves the new version answers through verify-url, and reverts when it never does", async () => {
    const ok = await runAction(
      "switch",
      { ...world.inputs, "verify-url": `${world.urls.prod}/version`, "expected-version": "v2" },
      world.env,
    );
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.summary).toMatch(/\*\*Traffic was seen to move\*\* \(verify-url: 10 answers in a row from v2/);

    await world.reset();
    const wrong = await runAction(
      "switch",
      { ...world.inputs, "verify-url": `${world.urls.prod}/version`, "expected-version": "v9", "verify-timeout": "2s" },
      world.env,
    );
    expect(wrong.code).toBe(1);
    // The first answers may still come from v1: a rule change reaches traffic a moment after the write.
    expect(wrong.stdout).toMatch(/::error::verify-url did not serve v9: after \S+ it still answered (v1 ×\d+, )?v2 ×\d+/);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
  });
});

describe("stickiness and drain confirmation", () => {
  let cookie = "";
  beforeAll(async () => {
    // CloudWatch's minutes last 1.2 s here (timeScale 0.02): drain-timeout is real time.
    world = await startWorld({ stickySeconds: 3600 });
  });
  afterAll(() => world.stop());
  beforeEach(async () => {
    await world.reset();
    const first = await fetch(`${world.urls.prod}/version`);
    cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect(first.headers.get("x-app-version")).toBe("v1");
  });

  const drain = { "drain-timeout": "5s", "metric-period": "60s" };

  it("keeps sticky clients on the old color and reports the long tail", async () => {
    const returning = new LoadGenerator(`${world.urls.prod}/version`, 30, { cookie }).start();
    const run = await runAction("switch", { ...world.inputs, ...drain }, world.env);
    const records = await returning.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(records.at(-1)?.version).toBe("v1");
    expect(run.stdout).toMatch(
      /::warning::Traffic moved, but long tail: the old color received \d+ request\(s\) after the switch/,
    );
    expect(run.summary).toContain("Not drained yet");
  });

  it("releases sticky clients when asked, and confirms the old color drained", async () => {
    const returning = new LoadGenerator(`${world.urls.prod}/version`, 30, { cookie }).start();
    const run = await runAction(
      "switch",
      { ...world.inputs, ...drain, "drain-timeout": "30s", "sticky-sessions": "release" },
      world.env,
    );
    const records = await returning.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(records.at(-1)?.version).toBe("v2");
    expect(run.stdout).toMatch(
      /Drained: the old color received \d+ request\(s\) after the switch and none in the last 2 complete periods, while the load balancer served \d+/,
    );
    expect(run.summary).toContain("sticky-sessions: release");
    expect(run.summary).toMatch(/\*\*Traffic was seen to move\*\* \(CloudWatch: /);

    const back = await runAction("rollback", { ...world.inputs, reason: "test" }, world.env);
    expect(back.code, back.stdout).toBe(0);
    expect(productionWeights()).toEqual({ blue: 100, green: 0 });
  });
});
