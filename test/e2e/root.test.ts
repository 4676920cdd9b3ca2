// The root action: the whole cutover in one step, on the sandbox with load flowing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS, untilLogged } from "../sandbox/cancel.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
beforeEach(() => world.reset());

function oneStep(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...world.inputs,
    version: "v2",
    "deploy-command": 'echo "deploying $CUTOVER_VERSION to $CUTOVER_STANDBY_COLOR"',
    checks: "- name: home\n  path: /\n  expect: { header-matches: { x-app-version: ^v2$ } }\n",
    "warm-paths": "/,/version",
    "distribution-id": world.distributionId,
    "cdn-verify-url": `${world.urls.cdn}/`,
    "probe-url": `${world.urls.prod}/version`,
    // The switch's probe gate watches this long after the flip (30s when all-at-once has none).
    "step-interval": "1s",
    "soak-duration": "3s",
    ...extra,
  };
}

describe("the one-step root action", () => {
  it("deploys, checks, warms, switches, purges and soaks, in one step", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 100).start();
    const run = await runAction("cutover", oneStep(), world.env);
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      "Phases: deploy-standby → smoke-test → warm-caches → switch → purge-cdn → soak-monitor; skipped (their inputs are empty): migrate.",
    );
    for (const phase of ["deploy-standby", "smoke-test", "warm-caches", "switch", "purge-cdn", "soak-monitor"]) {
      expect(run.stdout).toContain(`::group::cutover: ${phase}`);
    }
    expect(run.outputs).toMatchObject({ "active-color": "green", "deployed-version": "v2", result: "passed", passed: "1" });
    // The verdict first, each phase timed from its own start, the colors once at the end.
    expect(run.summary).toMatch(
      /^### ✅ Released · cutover\n\n[^\n]*version `v2`[\s\S]*?\n\*\*Live now:\*\* \*\*green\*\* serves `v2` \(100%\)[^\n]*\n\n\*\*What happened:\*\* Released after deploy-standby → smoke-test → warm-caches → switch → purge-cdn → soak-monitor, in \S+\./,
    );
    expect(run.summary).toMatch(/#### 6\. soak-monitor: green passed · [\d.]+s\n/);
    expect(run.summary.match(/\| Color \| Role \|/g)).toHaveLength(1);
    expect(run.summary.match(/^Routes: /gm)).toHaveLength(1);
    expect(run.summary.indexOf("#### Colors now")).toBeGreaterThan(run.summary.indexOf("#### 6."));
    expect(records.filter(isFailure)).toEqual([]);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
  });

  it("skips the phases whose inputs are left out", async () => {
    const run = await runAction("cutover", world.inputs, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      "Phases: switch; skipped (their inputs are empty): migrate, deploy-standby, smoke-test, warm-caches, purge-cdn, soak-monitor.",
    );
  });

  it("rolls back inline when the soak sees a breach", async () => {
    const { result } = startAction("cutover", oneStep({ "soak-duration": "30s" }), world.env);
    while (world.weightsOf(world.listener.arn).green !== 100) await new Promise((resolve) => setTimeout(resolve, 50));
    // Past the switch's 1s gate window and the purge, into the soak.
    while (!world.cloudfront.invalidations.some((i) => i.status === "Completed"))
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    world.setApps("green", { errorRate: 1 });
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("rolled-back");
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(run.summary).toMatch(
      /^### ⏪ Rolled back · cutover\n[\s\S]*?\n\*\*What happened:\*\* In soak-monitor: Breach after \S+ of soak: /,
    );
    expect(run.summary).toMatch(/#### 4\. switch: switched to green · [\d.]+s/);
  });

  // Issue 35: a cancel during purge-cdn or soak-monitor left an empty summary and no error line.
  it("says where it stopped when cancelled while the purge waits", async () => {
    const usual = world.cloudfront.completionMs;
    world.cloudfront.completionMs = 60_000;
    // An earlier case's invalidation with the same CallerReference would be reused, already complete.
    world.cloudfront.invalidations.length = 0;
    try {
      const { child, result } = startAction("cutover", { ...world.inputs, "distribution-id": world.distributionId }, world.env);
      await untilLogged(child, /Invalidation \S+ on \S+: InProgress\./);
      const cancel = cancelLikeRunner(child);
      const run = await result;
      expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
      expect(run.code).toBe(1);
      expect(run.stdout.split("\n").filter((l) => l.startsWith("::error::"))).toEqual([
        expect.stringMatching(
          /^::error::The run was cancelled while waiting for invalidation \S+ on \S+: CloudFront finishes it by itself/,
        ),
      ]);
      expect(run.summary).toMatch(
        /^### ❌ Failed · cutover\n[\s\S]*?\n\*\*What happened:\*\* In purge-cdn: The run was cancelled while waiting/,
      );
      expect(run.outputs["active-color"]).toBe("green");
      expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
    } finally {
      world.cloudfront.completionMs = usual;
    }
  });

  it("says where it stopped when cancelled during the soak, and moves no traffic", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 50).start();
    const { child, result } = startAction(
      "cutover",
      { ...world.inputs, "probe-url": `${world.urls.prod}/version`, "step-interval": "1s", "soak-duration": "60s" },
      world.env,
    );
    await untilLogged(child, /Soaking green/);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    const records = await load.stop();
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").filter((l) => l.startsWith("::error::"))).toEqual([
      expect.stringMatching(
        /^::error::The run was cancelled after \S+ of soak, before green could be judged\. Traffic stays on green/,
      ),
    ]);
    expect(run.summary).toMatch(
      /^### ❌ Failed · cutover\n[\s\S]*?\n\*\*What happened:\*\* In soak-monitor: The run was cancelled after/,
    );
    expect(run.summary).toContain("soak-monitor: green not judged (cancelled)");
    expect(run.outputs).toMatchObject({ "active-color": "green", result: "failed" });
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
    expect(records.filter(isFailure)).toEqual([]);
  });

  it("says which phase failed, and why, at the top of its summary", async () => {
    world.setApps("green", { errorRate: 1 });
    const run = await runAction("cutover", oneStep({ "soak-duration": "" }), world.env);
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(
      /^### ❌ Failed · cutover\n[\s\S]*?\n\*\*What happened:\*\* In smoke-test: 1 of 1 smoke checks failed: home \[standby\]/,
    );
    expect(run.summary).toMatch(/#### 2\. smoke-test: 0 passed, 1 failed · \S+\n\n\*\*Failed:\*\* 1 of 1 checks failed/);
    expect(run.summary).not.toContain("#### 3.");
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
  });

  it("checks every phase's inputs before the first AWS call, naming the root's input", async () => {
    world.aws.calls.length = 0;
    const run = await runAction("cutover", oneStep({ "warm-paths": "version" }), world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'warm-paths' holds "version", which does not start with \//);
    expect(world.aws.calls).toEqual([]);
  });
});
