// soak-monitor on the sandbox with load flowing: faults caught and rolled back in seconds, and no
// rollback for noise, sparse errors or too little evidence.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator, lastNotFrom } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

beforeAll(async () => {
  // CloudWatch's minutes last 1.2 s here (timeScale 0.02); the soak's own durations are real time.
  world = await startWorld();
});
afterAll(() => world.stop());
beforeEach(async () => {
  await world.reset();
  const run = await runAction("switch", world.inputs, world.env);
  expect(run.code, run.stdout).toBe(0);
});

function soakInputs(extra: Record<string, string> = {}): Record<string, string> {
  return { ...world.inputs, "probe-url": `${world.urls.prod}/version`, ...extra };
}

/** Starts the soak, waits `afterMs`, breaks green with `fault`, and measures until blue answers everything. */
async function breakGreen(fault: Parameters<World["setApps"]>[1], extra: Record<string, string> = {}) {
  const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
  const { result } = startAction("soak-monitor", soakInputs({ duration: "60s", ...extra }), world.env);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const faultAt = Date.now();
  world.setApps("green", fault);
  const run = await result;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const records = await load.stop();
  return { run, records, rtoMs: lastNotFrom(records, "v1", faultAt) - faultAt };
}

describe("soak-monitor", () => {
  it("rolls back within seconds when green turns to 100% 5xx, failing only the injected requests", async () => {
    const { run, records, rtoMs } = await breakGreen({ errorRate: 1 });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("rolled-back");
    // The window still holds green's good answers from before the fault.
    expect(run.outputs["breach-reason"]).toMatch(
      /^probes: error rate \d+\.\d% \(\d+\/\d+, at least \d+\.\d% at 95% confidence\) > max-error-rate 1\.0%$/,
    );
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(records.filter(isFailure), "only injected errors").toEqual([]);
    expect(rtoMs).toBeLessThan(10_000);
    expect(run.summary).toMatch(
      /^### ⏪ Rolled back to blue · cutover soak-monitor\n[\s\S]*?\n\*\*Verdict: rolled back\*\* to blue in \S+ after the breach/,
    );
    // The error-rate chart: the breach as a red rule up to the verdict's figure, the limit as an amber
    // line, green's figures in green, whose highest point is that figure, all inside the y axis.
    const figure = Number(/error rate ([\d.]+)%/.exec(run.outputs["breach-reason"] ?? "")?.[1]);
    const chart = /```mermaid\n%%\{init: (\{[^\n]*\})\}%%\n[^`]*title "Error rate on green[^`]*```/.exec(run.summary)?.[0] ?? "";
    expect(chart).toContain('"plotColorPalette":"#cf222e, #bf8700, #1a7f37"');
    expect(chart).toMatch(new RegExp(`title "Error rate on green \\(%\\): breach ${figure}% at \\S+, limit 1%"`));
    const series = [...chart.matchAll(/ {2}(bar|line) \[([^\]]+)\]/g)].map((m) => ({
      kind: m[1],
      values: (m[2] as string).split(", ").map(Number),
    }));
    expect(series.map((s) => s.kind)).toEqual(["line", "line", "line"]);
    expect(series[0]?.values.filter((v) => v !== 0)).toEqual([figure]);
    expect(series[1]?.values.every((v) => v === 1)).toBe(true);
    expect(Math.max(...(series[2]?.values ?? []))).toBe(figure);
    expect(Number(/y-axis "%" 0 --> ([\d.]+)/.exec(chart)?.[1])).toBeGreaterThanOrEqual(figure);
    expect(run.summary).toMatch(
      /\*\*green\*\* was rolled back at `\S+Z`, because: `soak-monitor: probes: error rate [\d.]+% \(\d+\/\d+, at least/,
    );
    expect(run.stdout).toMatch(/Soak ended: rolled back to blue in \S+ after the breach\./);
  });

  it("keeps the breach and the soak's chart in the summary when the rollback itself is refused", async () => {
    const { result } = startAction("soak-monitor", soakInputs({ duration: "60s" }), world.env);
    world.setApps("blue", { healthy: false });
    await world.waitForState("blue", "unhealthy");
    world.setApps("green", { errorRate: 1 });
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(
      /^### ❌ Failed · cutover soak-monitor\n[\s\S]*?\n\*\*What happened:\*\* Breach after \S+ of soak: probes: error rate .*\. The rollback failed: Health gate: /,
    );
    expect(run.summary).toMatch(/title "Error rate on green \(%\): breach [\d.]+% at \S+, limit 1%"/);
    expect(run.summary).toContain("| green | active | 100% |");
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
  });

  it("rolls back when green's latency rises above max-p95-latency", async () => {
    const { run, rtoMs } = await breakGreen({ latencyMs: 2_500 });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("rolled-back");
    expect(run.outputs["breach-reason"]).toMatch(/^probes: p95 \d+ ms > max-p95-latency 2000 ms/);
    expect(rtoMs).toBeLessThan(10_000);
  });

  it("rolls back at once for an alarm in ALARM", async () => {
    const { run } = await breakGreenAlarm();
    expect(run.outputs.result).toBe("rolled-back");
    expect(run.outputs["breach-reason"]).toMatch(/^alarm shop-5xx \(.*\) in ALARM$/);
  });

  it("stops at the start, writing nothing, when an alarm in alarm-names does not exist", async () => {
    world.cloudwatch.setAlarm("shop-5xx", "OK");
    world.aws.calls.length = 0;
    const run = await runAction("soak-monitor", soakInputs({ duration: "3s", "alarm-names": "shop-5xx\nshop-typo" }), world.env);
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(errors).toEqual([
      "::error::alarm-names: CloudWatch has no alarm (metric or composite) named shop-typo in this account and region, so it could never fire. Fix the names; nothing was written.",
    ]);
    expect(world.aws.calls.filter((c) => c.write)).toEqual([]);
  });

  // Issue 35: every DescribeAlarms after the start-up check failed, the alarm was in ALARM, and the
  // soak said passed. No answer is no data, and no data is not a pass.
  it("fails, writing nothing, when no alarm read succeeded during the soak", async () => {
    world.cloudwatch.setAlarm("shop-5xx", "ALARM", "Threshold Crossed: 5xx above 1%");
    world.aws.faults.push({ action: "DescribeAlarms", mode: "error", count: 10_000, after: 1 });
    world.aws.calls.length = 0;
    const load = new LoadGenerator(`${world.urls.prod}/version`, 40).start();
    const run = await runAction(
      "soak-monitor",
      { ...world.inputs, duration: "2s", "poll-interval": "500ms", "alarm-names": "shop-5xx", "max-attempts": "1" },
      world.env,
    );
    const records = await load.stop();
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.stdout).toMatch(/::warning::The alarms could not be read this time: /);
    expect(run.stdout).toMatch(
      /::error::The soak got no answer from alarm-names in \S+ \(see the warnings above\), so it cannot say that green is healthy: no data is not a pass\./,
    );
    expect(run.summary).toContain("**Verdict: not judged.** The soak got no answer from alarm-names");
    expect(world.aws.calls.filter((c) => c.action === "DescribeAlarms" && !c.error)).toHaveLength(1);
    expect(world.aws.calls.filter((c) => c.write)).toEqual([]);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
    expect(records.filter(isFailure)).toEqual([]);
  });

  it("passes a healthy release, run after run, without a false alarm", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 50).start();
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await runAction("soak-monitor", soakInputs({ duration: "3s" }), world.env));
    await load.stop();
    expect(results.map((r) => [r.code, r.outputs.result])).toEqual([
      [0, "passed"],
      [0, "passed"],
      [0, "passed"],
    ]);
    expect(results[0]?.summary).toMatch(/\*\*Verdict: passed\.\*\* Last window: \d+ samples, error rate 0\.00%/);
    // Flat charts are sentences; every soak ends with a line in the log.
    expect(results[0]?.summary).toContain("Error rate on green: 0% all along, far below the limit of 1%.");
    for (const r of results) expect(r.stdout).toMatch(/Soak passed after \S+: Last window: \d+ samples/);
  });

  it("does not roll back for a few sparse errors below the threshold", async () => {
    const { result } = startAction("soak-monitor", soakInputs({ duration: "10s", "probe-interval": "40ms" }), world.env);
    // Two single errors, seconds apart, among well over a hundred good answers.
    for (const at of [4_000, 3_000]) {
      await new Promise((resolve) => setTimeout(resolve, at));
      (world.apps.green[0] as (typeof world.apps.green)[0]).behaviour.failNext = 1;
    }
    const run = await result;
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe("passed");
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
  });

  it("fails honestly when there was no traffic to judge", async () => {
    const run = await runAction(
      "soak-monitor",
      { ...world.inputs, "cloudwatch-metrics": "true", "poll-interval": "1s", duration: "3s" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.stdout).toMatch(
      /::error::The soak saw 0 samples in its last window, fewer than min-samples 10: too little traffic to judge green/,
    );
    expect(run.stdout).toContain("CloudWatch has not reported a complete period for green since the switch yet");
    expect(run.summary).toContain("CloudWatch had not reported a complete period for green by the end of the soak");
    const lenient = await runAction(
      "soak-monitor",
      {
        ...world.inputs,
        "cloudwatch-metrics": "true",
        "poll-interval": "1s",
        duration: "2s",
        "require-traffic": "false",
      },
      world.env,
    );
    expect(lenient.code).toBe(0);
    expect(lenient.summary).toContain("require-traffic is false");
  });

  it("judges CloudWatch figures of real traffic, one GetMetricData per poll", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    world.aws.calls.length = 0;
    const { result } = startAction(
      "soak-monitor",
      { ...world.inputs, "cloudwatch-metrics": "true", "poll-interval": "500ms", duration: "20s" },
      world.env,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    world.setApps("green", { errorRate: 1 });
    const run = await result;
    await load.stop();
    expect(run.outputs.result).toBe("rolled-back");
    expect(run.outputs["breach-reason"]).toMatch(/^CloudWatch: error rate/);
    const polls = world.aws.calls.filter((c) => c.action === "GetMetricData");
    expect(polls.length).toBeGreaterThan(0);
    expect((polls[0]?.params as { MetricDataQueries?: unknown[] } | undefined)?.MetricDataQueries).toHaveLength(3);
  });
});

async function breakGreenAlarm() {
  world.cloudwatch.setAlarm("shop-5xx", "OK");
  const { result } = startAction(
    "soak-monitor",
    soakInputs({ duration: "30s", "alarm-names": "shop-5xx", "poll-interval": "500ms" }),
    world.env,
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  world.cloudwatch.setAlarm("shop-5xx", "ALARM", "Threshold Crossed: 5xx above 1%");
  return { run: await result };
}
