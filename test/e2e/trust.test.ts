// The trust design end to end: the jobs outside the GitHub Environment (prepare, verify) run with
// docs/iam-read-policy.json, which allows every call their steps make and no write; and the
// backstop rollback of blue-green.yml, run with the inputs the workflow gives it, repairs a router
// that a stepped switch left split. Committed bundles against the ALB sandbox.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

const PREFIX: Record<string, string> = { elbv2: "elasticloadbalancing", cloudwatch: "cloudwatch", cloudfront: "cloudfront" };
const readPolicy = JSON.parse(readFileSync(path.join(ROOT, "docs/iam-read-policy.json"), "utf8")) as {
  Statement: { Action: string[] }[];
};
const readActions = new Set(readPolicy.Statement.flatMap((s) => s.Action));

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
beforeEach(() => world.reset());

describe("the read role", () => {
  it("allows every call of the steps that run outside the Environment: status, smoke-test, warm-caches", async () => {
    for (const step of ["status", "smoke-test", "warm-caches"]) {
      const run = await runAction(step, world.inputs, world.env);
      expect(run.code, `${step}: ${run.stdout}`).toBe(0);
    }
    const recorded = new Set(world.aws.calls.map((c) => `${PREFIX[c.service.toLowerCase()] ?? c.service}:${c.action}`));
    expect(recorded.size).toBeGreaterThanOrEqual(3);
    for (const action of recorded) expect(readActions, action).toContain(action);
  });
});

describe("blue-green.yml's backstop rollback", () => {
  type WithInputs = Record<string, string>;
  const workflow = parse(readFileSync(path.join(ROOT, ".github/workflows/blue-green.yml"), "utf8")) as {
    jobs: { rollback: { steps: { uses?: string; with?: WithInputs }[] } };
  };
  const given = workflow.jobs.rollback.steps.find((s) => s.uses === "./.cutover/rollback")?.with as WithInputs;

  /** The backstop's inputs as GitHub would resolve them for a release that started on blue. */
  function resolved(): WithInputs {
    const values: Record<string, string> = {
      "needs.prepare.outputs.active-color": "blue",
      // What a switch reports when it stopped on its way to green (the workflow before this one passed it).
      "needs.switch.outputs.active-color": "green",
      "needs.release.outputs.active-color": "green",
      "needs.release.outputs.deployment-id": "",
      "needs.release.result": "failure",
      "needs.release.outputs.soak-result || 'not finished'": "not finished",
      "inputs.version": "v2",
    };
    const inputs: WithInputs = {};
    for (const [key, value] of Object.entries(given)) {
      if (["environment", "environment-file", "github-token"].includes(key)) continue;
      inputs[key] = String(value).replace(/\$\{\{ ([^}]+) \}\}/g, (_, expression: string) => values[expression.trim()] ?? "");
    }
    return inputs;
  }

  it("puts a router left at blue 90 / green 10 back on blue", async () => {
    world.setWeights({ blue: 90, green: 10 });
    const inputs = resolved();
    expect(inputs).toMatchObject({ to: "blue" });
    const run = await runAction("rollback", { ...world.inputs, ...inputs }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
  });

  it("writes nothing on a router already back on blue", async () => {
    const run = await runAction("rollback", { ...world.inputs, ...resolved() }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(world.aws.calls.filter((c) => c.action === "ModifyListener" || c.action === "ModifyRule")).toEqual([]);
  });
});
