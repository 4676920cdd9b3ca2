// One router's whole story (or, with routers:, several routers' as one) through the reusable
// workflows, run by the workflow runner from the example callers (examples/release.yml, rollback-button.yml, nightly-teardown.yml) against that
// router's sandbox with load flowing: a bad release onto green that the soak rolls back inside its
// own job, a good release onto green, the rollback button back to blue, and the nightly teardown of
// green. No AWS sandbox is given to the runner, so a job that reached for AWS credentials would fail
// the run: none of these environments names a role. The active color is checked against the router
// at every job boundary; no job's outputs, logs or summary may hold a secret.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../sandbox/github.ts";
import { isFailure, LoadGenerator, type LoadRecord } from "../sandbox/load.ts";
import { ROOT } from "../sandbox/run-action.ts";
import { SANDBOXES, type Sandbox, SHA } from "./router-sandboxes.ts";
import { type JobRun, type RunnerSetup, runWorkflow, type Skip, type Trigger, type WorkflowRun } from "./runner.ts";

/** The caller's repository: the examples as its workflows, and its environment file. */
function callerRepo(sandbox: Sandbox): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-caller-"));
  mkdirSync(path.join(dir, ".github/workflows"), { recursive: true });
  for (const file of ["release.yml", "rollback-button.yml", "nightly-teardown.yml"])
    cpSync(path.join(ROOT, "examples", file), path.join(dir, ".github/workflows", file));
  // staging, which the rollback button offers and the nightly teardown visits too, keeps its retired
  // color for a month: its teardown reads the router and tears nothing down.
  const staging = sandbox.settings.map((line) => (line === "  ttl: 0s" ? "  ttl: 720h" : line));
  writeFileSync(
    path.join(dir, ".github/cutover.yml"),
    ["production:", ...sandbox.settings, "staging:", ...staging, ""].join("\n"),
  );
  return dir;
}

let githubUrl = "";

interface Story {
  sandbox: Sandbox;
  repo: string;
  seen: [string, string][];
  /** The failed steps' logs so far, for the message when the runner stops the run. */
  failed: string[];
}

/** Runs a workflow; when the runner stops it (a job skipped unexpectedly, say), the error carries the failed steps' logs. */
async function run(story: Story, file: string, trigger: Trigger, setup: RunnerSetup): Promise<WorkflowRun> {
  story.failed = [];
  try {
    return await runWorkflow(file, trigger, setup);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${story.failed.join("\n\n")}`);
  }
}

function setup(story: Story, extra: Partial<RunnerSetup> = {}): RunnerSetup {
  const { sandbox } = story;
  return {
    repo: story.repo,
    repositories: { "OWNER/cutover": ROOT },
    // No cloud: a job that reached for AWS credentials would fail the run.
    clouds: {},
    env: { GITHUB_API_URL: githubUrl, ...sandbox.env },
    secrets: { TEST_LISTENER_AUTH_HEADER: "", ...sandbox.secrets },
    vars: sandbox.vars,
    expectSkip: (skip: Skip) => skip.condition !== "success()",
    onJob: (job: JobRun) => {
      for (const step of job.steps.filter((s) => s.outcome === "failure"))
        story.failed.push(`${job.id} / ${step.name}:\n${step.log.slice(-3000)}`);
      const color = job.outputs["active-color"];
      if (job.result !== "skipped" && color) {
        story.seen.push([job.id, color]);
        expect(color, `${job.id} hands on active-color`).toBe(sandbox.live());
      }
      for (const step of job.steps)
        if (step.uses?.startsWith("aws-actions/")) expect(step.outcome, `${job.id}: ${step.name}`).toBe("skipped");
      if (job.runsOn.length) {
        const labels = sandbox.vars.CUTOVER_RUNS_ON ? JSON.parse(sandbox.vars.CUTOVER_RUNS_ON) : ["ubuntu-latest"];
        expect(job.runsOn, job.id).toEqual(labels);
      }
      for (const value of [...Object.values(job.outputs), job.summary, ...job.steps.map((s) => s.log)])
        expect(value, job.id).not.toContain(sandbox.secret);
    },
    ...extra,
  };
}

/** The failed steps' logs, for the message of a run that should have passed. */
function failures(run: WorkflowRun): string {
  return run.jobs
    .flatMap((j) => j.steps.filter((s) => s.outcome === "failure").map((s) => `${j.id} / ${s.name}:\n${s.log.slice(-3000)}`))
    .join("\n\n");
}

/** Load on every production entrance (one per router); `stop` gives each one's requests, in order. */
function load(sandbox: Sandbox): { stop(): Promise<LoadRecord[][]> } {
  const options = sandbox.keepAlive ? { retryClosedConnections: true } : { keepAlive: false };
  const loads = sandbox.prod.map((url) => new LoadGenerator(`${url}/version`, 30, {}, options).start());
  return { stop: () => Promise.all(loads.map((each) => each.stop())) };
}

/** No request failed at any entrance; each saw `first` first (when given) and `last` last. */
function expectTraffic(records: LoadRecord[][], last: string, first?: string): void {
  for (const [i, each] of records.entries()) {
    expect(each.filter(isFailure), `entrance ${i}`).toEqual([]);
    if (first) expect(each[0]?.version, `entrance ${i}`).toBe(first);
    expect(each.at(-1)?.version, `entrance ${i}`).toBe(last);
  }
}

/**
 * Registers the story of `router` as one test. Each router's story is a test file of its own
 * (test/e2e/workflows-<router>.test.ts), so that each sandbox runs in a worker of its own, beside
 * the other test files, instead of several sandboxes sharing one process.
 */
export function routerStory(router: string): void {
  const start = SANDBOXES[router];
  if (!start) throw new Error(`no sandbox for router ${router}`);
  let github: FakeGitHub;
  beforeAll(async () => {
    github = new FakeGitHub();
    githubUrl = await github.listen();
  });
  afterAll(() => github.close());

  // Four workflow runs, each a dozen step processes: minutes on a loaded machine are allowed.
  describe(`the reusable workflows on the ${router} sandbox`, { timeout: 300_000 }, () => {
    it("a bad release rolled back by the soak, a release, the rollback button, the nightly teardown", async () => {
      const sandbox = await start();
      const repo = callerRepo(sandbox);
      try {
        // 1. A bad release onto green, which fails only once it has the traffic: the soak rolls it
        // back inside its own job, and every job hands on blue.
        const story: Story = { sandbox, repo, seen: [], failed: [] };
        let broken = false;
        let traffic = load(sandbox);
        const bad = await run(
          story,
          ".github/workflows/release.yml",
          { event: "push", sha: SHA.bad },
          setup(story, {
            onStep: (_, step) => {
              if (!broken && step.id === "switch" && sandbox.live() === "green") {
                sandbox.setApps("green", { errorRate: 1 });
                broken = true;
              }
            },
          }),
        );
        let records = await traffic.stop();
        sandbox.setApps("green", { errorRate: 0 });
        expect(broken, failures(bad)).toBe(true);
        expectTraffic(records, "v1", "v1");
        expect(bad.jobs.find((j) => j.id === "release")?.outputs).toEqual({
          "active-color": "blue",
          "previous-color": "blue",
          version: SHA.bad,
          result: "rolled-back",
        });
        const failed = bad.jobs.filter((j) => j.result === "failure" && j.id !== "release");
        expect(failed.map((j) => [j.id, j.outputs["soak-result"]])).toEqual([["release/release", "rolled-back"]]);
        expect(story.seen.map(([, c]) => c)).toEqual(story.seen.map(() => "blue"));
        expect(bad.result).toBe("failure");
        expect(bad.concurrency).toEqual(["cutover-production"]);

        // 2. A good release onto green: it goes live, and at every job boundary the color handed on is the router's.
        story.seen = [];
        traffic = load(sandbox);
        const release = await run(story, ".github/workflows/release.yml", { event: "push", sha: SHA.good }, setup(story));
        records = await traffic.stop();
        expect(release.result, failures(release)).toBe("success");
        expectTraffic(records, sandbox.version("green", SHA.good), "v1");
        expect(release.jobs.find((j) => j.id === "release")?.outputs).toEqual({
          "active-color": "green",
          "previous-color": "blue",
          version: SHA.good,
          result: "released",
        });
        expect(story.seen[0]?.[1]).toBe("blue");
        expect(story.seen.at(-1)?.[1]).toBe("green");

        // 3. The rollback button (workflow_dispatch): back to blue, the previous color.
        story.seen = [];
        traffic = load(sandbox);
        const rollback = await run(
          story,
          ".github/workflows/rollback-button.yml",
          { event: "workflow_dispatch", inputs: { environment: "production", reason: "by hand" } },
          setup(story),
        );
        records = await traffic.stop();
        expect(rollback.result, failures(rollback)).toBe("success");
        expect(rollback.jobs.find((j) => j.id === "rollback")?.outputs).toEqual({ "active-color": "blue" });
        expectTraffic(records, sandbox.version("blue", SHA.good));
        expect(story.seen.map(([, c]) => c)).toEqual(["blue", "blue"]);

        // 4. The nightly teardown: green, retired by the rollback, is torn down; blue keeps its traffic whole.
        traffic = load(sandbox);
        const teardown = await run(story, ".github/workflows/nightly-teardown.yml", { event: "schedule" }, setup(story));
        records = await traffic.stop();
        expect(teardown.result, failures(teardown)).toBe("success");
        expectTraffic(records, sandbox.version("blue", SHA.good));
        const torn = Object.fromEntries(
          teardown.jobs.filter((j) => /^teardown \([a-z]+\)$/.test(j.id)).map((j) => [j.id, j.outputs]),
        );
        expect(torn).toEqual({
          "teardown (production)": { "torn-down-color": "green" },
          "teardown (staging)": { "torn-down-color": "" },
        });
        expect(sandbox.tornDown("green")).toBe(true);
        expect(sandbox.live()).toBe("blue");
      } finally {
        await sandbox.stop();
        rmSync(repo, { recursive: true, force: true });
      }
    });
  });
}
