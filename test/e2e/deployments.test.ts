// GitHub deployment records: the switch opens one, the soak closes it, a rollback restores the
// one before; a token without the permission only warns.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../sandbox/github.ts";
import { runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;
let github: FakeGitHub;
let env: Record<string, string>;

beforeAll(async () => {
  world = await startWorld();
  github = new FakeGitHub();
  env = { ...world.env, GITHUB_API_URL: await github.listen(), GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" };
});
afterAll(async () => {
  await world.stop();
  await github.close();
});
beforeEach(async () => {
  await world.reset();
  github.deployments.length = 0;
  github.forbidden = false;
});

const records = { environment: "production", "github-token": "ghs_sandbox", "environment-url": "https://shop.example.com/" };

describe("GitHub deployment records", () => {
  it("go in_progress at the switch, success after the soak, and a rollback restores the previous one", async () => {
    await runAction("deploy-standby", { ...world.inputs, version: "v2" }, env);
    const switched = await runAction("switch", { ...world.inputs, ...records }, env);
    expect(switched.code, switched.stdout).toBe(0);
    const id = switched.outputs["deployment-id"];
    expect(github.deployments).toHaveLength(1);
    expect(github.deployments[0]).toMatchObject({
      id: Number(id),
      environment: "production",
      payload: { version: "v2", color: "green" },
    });
    expect(github.deployments[0]?.statuses.map((s) => s.state)).toEqual(["in_progress"]);

    const soaked = await runAction(
      "soak-monitor",
      { ...world.inputs, ...records, "deployment-id": id ?? "", "probe-url": `${world.urls.prod}/version`, duration: "4s" },
      env,
    );
    expect(soaked.code, soaked.stdout).toBe(0);
    expect(github.deployments[0]?.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);

    await runAction("deploy-standby", { ...world.inputs, version: "v3" }, env);
    const second = await runAction("switch", { ...world.inputs, ...records }, env);
    const back = await runAction(
      "rollback",
      { ...world.inputs, ...records, reason: "v3 broke search", "deployment-id": second.outputs["deployment-id"] ?? "" },
      env,
    );
    expect(back.code, back.stdout).toBe(0);
    const [first, replaced] = github.deployments;
    expect(replaced?.statuses.map((s) => s.state)).toEqual(["in_progress", "failure", "inactive"]);
    expect(first?.statuses.at(-1)).toMatchObject({ state: "success", description: "restored by a rollback: v3 broke search" });
  });

  it("warn, and never fail the release, when the token may not write deployments", async () => {
    github.forbidden = true;
    const run = await runAction("switch", { ...world.inputs, ...records }, env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::GitHub deployment record: creating the deployment failed \(.*\)\. The release goes on; give the job permissions: deployments: write/,
    );
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
    expect(run.stdout.split("\n").filter((l) => l.includes("ghs_sandbox"))).toEqual(["::add-mask::ghs_sandbox"]);
  });
});
