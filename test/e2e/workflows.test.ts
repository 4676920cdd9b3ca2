// The reusable workflows themselves, run by the workflow runner from the example callers against
// the ALB sandbox with load flowing: a release through blue-green.yml, the rollback button through
// rollback.yml, the one-step release through the root action, the nightly teardown through
// teardown.yml. The active color is checked against the router at every job boundary where a job
// hands one on; nothing here names the workflows' jobs.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../sandbox/github.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { ROOT } from "../sandbox/run-action.ts";
import { routerYaml, SecondRouter } from "../sandbox/second-router.ts";
import { type SandboxColor, World } from "../sandbox/world.ts";
import { type JobRun, type RunnerSetup, runWorkflow, type Skip } from "../workflows/runner.ts";

let world: World;
let staging: SecondRouter;
let github: FakeGitHub;
let githubUrl: string;
let repo: string;
const SECRET = "Bearer sandbox-s3cret-token";

/** The caller's repository: the environment file and the example callers. */
function callerRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-caller-"));
  mkdirSync(path.join(dir, ".github/workflows"), { recursive: true });
  for (const file of ["release.yml", "rollback-button.yml", "one-step.yml", "nightly-teardown.yml"])
    cpSync(path.join(ROOT, "examples", file), path.join(dir, ".github/workflows", file));
  const settings = [
    "  role: arn:aws:iam::123456789012:role/cutover-release",
    "  read-role: arn:aws:iam::123456789012:role/cutover-read",
    `  distribution-id: ${world.distributionId}`,
    `  environment-url: ${world.urls.cdn}`,
    "  step-interval: 1s",
    "  soak-duration: 3s",
    `  probe-url: ${world.urls.prod}/version`,
    "  ttl: 0s",
  ];
  const file = [
    `production:\n${routerYaml(world, "  ")}`,
    ...settings,
    `staging:\n${routerYaml(staging, "  ")}`,
    "  role: arn:aws:iam::123456789012:role/cutover-staging",
    "  read-role: arn:aws:iam::123456789012:role/cutover-staging-read",
    "  ttl: 0s",
    "",
  ].join("\n");
  writeFileSync(path.join(dir, ".github/cutover.yml"), file);
  return dir;
}

const live = (): SandboxColor => (world.weightsOf(world.listener.arn).green === 100 ? "green" : "blue");

/**
 * 50 requests a second through the production listener. A kept-alive connection that the listener
 * closed as idle just as it was reused is sent again, as clients do (LoadOptions.retryClosedConnections):
 * a run here outlasts the listener's 30 s keep-alive on a loaded machine, and ALB never closes its
 * client connections because of a switch, so such a reset says nothing about cutover.
 */
function load(): LoadGenerator {
  return new LoadGenerator(`${world.urls.prod}/version`, 50, {}, { retryClosedConnections: true }).start();
}

/** The runner, with the colors every job hands on checked against the router as the job ends. */
function setup(seen: [string, string][]): RunnerSetup {
  return {
    repo,
    repositories: { "OWNER/cutover": ROOT },
    clouds: { aws: world.env },
    env: { GITHUB_API_URL: githubUrl },
    // The examples pass every router's secrets; an ALB repository has no KUBECONFIG or PROXY_SSH_KEY,
    // and GitHub gives an unset secret as ''.
    secrets: { TEST_LISTENER_AUTH_HEADER: `Authorization: ${SECRET}`, KUBECONFIG: "", PROXY_SSH_KEY: "" },
    // A job the workflow's own condition skips (the backstop rollback after a good soak, say) is
    // fine; one skipped only because a job before it failed is not.
    expectSkip: (skip: Skip) => skip.condition !== "success()",
    onJob: (job: JobRun) => {
      const color = job.outputs["active-color"];
      if (job.result !== "skipped" && color) {
        seen.push([job.id, color]);
        expect(color, `${job.id} hands on active-color`).toBe(live());
      }
      for (const value of [...Object.values(job.outputs), job.summary, ...job.steps.map((s) => s.log)])
        expect(value, job.id).not.toContain(SECRET);
    },
  };
}

beforeAll(async () => {
  world = new World();
  staging = new SecondRouter(world);
  await world.start();
  await staging.start();
  github = new FakeGitHub();
  githubUrl = await github.listen();
  repo = callerRepo();
}, 60_000);
afterAll(async () => {
  await Promise.all([world.stop(), staging.stop(), github.close()]);
  rmSync(repo, { recursive: true, force: true });
});

// A workflow run is a dozen step processes one after another: minutes on a loaded machine are allowed.
describe("the reusable workflows on the ALB sandbox", { timeout: 180_000 }, () => {
  it("releases green through blue-green.yml, with no failed request and the active color right at every job", async () => {
    const seen: [string, string][] = [];
    const traffic = load();
    const run = await runWorkflow(
      ".github/workflows/release.yml",
      { event: "push", sha: "f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed" },
      setup(seen),
    );
    const records = await traffic.stop();
    expect(run.result).toBe("success");
    expect(records.filter(isFailure)).toEqual([]);
    expect(records[0]?.version).toBe("v1");
    expect(records.at(-1)?.version).toBe("v2");
    const release = run.jobs.find((j) => j.id === "release");
    expect(release?.outputs).toEqual({
      "active-color": "green",
      "previous-color": "blue",
      version: "f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed",
      result: "released",
    });
    // blue handed on before the switch, green from the switch on.
    expect(seen[0]?.[1]).toBe("blue");
    expect(seen.map(([, c]) => c).slice(seen.findIndex(([, c]) => c === "green"))).not.toContain("blue");
    expect(run.concurrency).toEqual(["cutover-production"]);
    // Every job that may write routes runs in the GitHub Environment, so its reviewers gate it (SECURITY.md).
    const gated = run.jobs.filter((j) => j.environment);
    expect(gated.map((j) => j.id.split("/").pop())).toEqual(["deploy", "release"]);
    for (const job of gated) expect(job.environment).toEqual({ name: "production", url: new URL(world.urls.cdn).href });
    expect(world.cloudfront.invalidations.length).toBeGreaterThan(0);
    expect(github.deployments.map((d) => d.environment)).toEqual(["production"]);
  });

  it("rolls back to blue from the rollback button (rollback.yml on workflow_dispatch)", async () => {
    const seen: [string, string][] = [];
    const traffic = load();
    const run = await runWorkflow(
      ".github/workflows/rollback-button.yml",
      { event: "workflow_dispatch", inputs: { environment: "production", reason: "a bad release" } },
      setup(seen),
    );
    const records = await traffic.stop();
    expect(run.result).toBe("success");
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.at(-1)?.version).toBe("v1");
    expect(run.jobs.find((j) => j.id === "rollback")?.outputs).toEqual({ "active-color": "blue" });
    expect(seen.map(([, c]) => c)).toEqual(["blue", "blue"]);
  });

  it("rolls a bad release back inside the soak's own job (blue-green.yml), with the active color right at every job", async () => {
    const seen: [string, string][] = [];
    const checked = setup(seen);
    let broken = false;
    const traffic = load();
    const run = await runWorkflow(
      ".github/workflows/release.yml",
      { event: "push", sha: "badbadbadbadbadbadbadbadbadbadbadbadbad0" },
      {
        ...checked,
        // The new version fails only once it has the traffic, where the smoke test cannot see it:
        // right after the switch, in the job whose soak must then roll it back.
        onStep: (_, step) => {
          if (!broken && step.id === "switch" && live() === "green") {
            world.setApps("green", { errorRate: 1 });
            broken = true;
          }
        },
      },
    );
    const records = await traffic.stop();
    world.setApps("green", { errorRate: 0 });
    expect(broken).toBe(true);
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.at(-1)?.version).toBe("v1");
    expect(run.jobs.find((j) => j.id === "release")?.outputs).toEqual({
      "active-color": "blue",
      "previous-color": "blue",
      version: "badbadbadbadbadbadbadbadbadbadbadbadbad0",
      result: "rolled-back",
    });
    // The one job that failed is the one that rolled back: no backstop job had to.
    const failed = run.jobs.filter((j) => j.result === "failure" && j.id !== "release");
    expect(failed.map((j) => [j.id, j.outputs["soak-result"]])).toEqual([["release/release", "rolled-back"]]);
    // Switch and soak share the release job, so green was live only inside it: every job hands on blue.
    expect(seen.map(([id]) => id)).toContain("release/release");
    expect(seen.map(([, c]) => c)).toEqual(seen.map(() => "blue"));
    expect(run.result).toBe("failure");
  });

  it("releases green again in one step (examples/one-step.yml: the environment step and the root action)", async () => {
    const traffic = load();
    const run = await runWorkflow(".github/workflows/one-step.yml", { event: "push" }, setup([]));
    const records = await traffic.stop();
    expect(run.result).toBe("success");
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.at(-1)?.version).toBe("v2");
    expect(live()).toBe("green");
    expect(run.concurrency).toEqual(["cutover-production"]);
    const [job] = run.jobs;
    expect(job?.environment).toEqual({ name: "production", url: "" });
    expect(job?.steps.at(-1)?.outputs).toMatchObject({ "active-color": "green", "previous-color": "blue", result: "passed" });
  });

  it("tears the retired blue down on the nightly schedule (teardown.yml), keeping green's traffic whole", async () => {
    const traffic = load();
    const run = await runWorkflow(".github/workflows/nightly-teardown.yml", { event: "schedule" }, setup([]));
    const records = await traffic.stop();
    expect(run.result).toBe("success");
    expect(records.filter(isFailure)).toEqual([]);
    const torn = Object.fromEntries(run.jobs.filter((j) => /^teardown \([a-z]+\)$/.test(j.id)).map((j) => [j.id, j.outputs]));
    expect(torn).toEqual({
      "teardown (production)": { "torn-down-color": "blue" },
      "teardown (staging)": { "torn-down-color": "" },
    });
    expect(world.elbv2.groups.targetsOf(world.blue).filter((t) => t.state !== "draining")).toEqual([]);
    expect(live()).toBe("green");
  });
});
