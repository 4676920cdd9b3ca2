// Several routers per environment, end to end: an environment file whose routers: list names two
// ALBs (the sandbox's and a second listener pair with its own target groups, each serving real
// traffic). They move as one unit: both switch under load, and both are put back when a write to
// the second one fails.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";
import { routerYaml, SecondRouter } from "../sandbox/second-router.ts";
import { World } from "../sandbox/world.ts";

let world: World;
let second: SecondRouter;
let env: Record<string, string>;
let dir: string;

const entry = (router: World | SecondRouter) => routerYaml(router, "      ", "    - ");

const only = { environment: "production" };
const errorLines = (stdout: string) => stdout.split("\n").filter((line) => line.startsWith("::error::"));

beforeAll(async () => {
  // Eight apps, four listeners and two load generators share one process: health checks get
  // 250 ms (5 s scaled) rather than 100 ms, so a busy machine's event-loop lag is not a timeout.
  world = new World({ timeScale: 0.05 });
  second = new SecondRouter(world);
  await world.start();
  await second.start();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-workspace-"));
  mkdirSync(path.join(dir, ".github"));
  writeFileSync(path.join(dir, ".github/cutover.yml"), `production:\n  routers:\n${entry(world)}\n${entry(second)}\n`);
  env = { ...world.env, GITHUB_WORKSPACE: dir };
});
afterAll(async () => {
  await second.stop();
  await world.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await world.reset();
  await second.reset();
});

describe("two ALBs in one environment", () => {
  it("status shows both; the switch moves both under load with no failed request; rollback puts both back", async () => {
    const status = await runAction("status", only, env);
    expect(status.code, status.stdout).toBe(0);
    expect(status.outputs).toMatchObject({ "active-color": "blue", "standby-color": "green" });
    expect(status.summary).toContain("#1 ");
    expect(status.summary).toContain("#2 ");

    const loads = [world.urls.prod, second.urls.prod].map((url) => new LoadGenerator(`${url}/version`, 50).start());
    const switched = await runAction("switch", only, env);
    expect(switched.code, switched.stdout).toBe(0);
    const records = await Promise.all(loads.map((load) => load.stop()));
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
    expect(second.weights()).toEqual({ blue: 0, green: 100 });
    expect(world.weightsOf(second.testListener.arn, second)).toEqual({ blue: 100, green: 0 });
    for (const each of records) {
      expect(each.length).toBeGreaterThan(0);
      expect(each.filter(isFailure)).toEqual([]);
    }
    expect(switched.summary).toMatch(/#1 [^\n]*listener/);
    expect(switched.summary).toMatch(/#2 [^\n]*listener/);

    const back = await runAction("rollback", { ...only, reason: "two ALBs back" }, env);
    expect(back.code, back.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(second.weights()).toEqual({ blue: 100, green: 0 });
  });

  it("puts both back when the write to the second ALB's route fails", async () => {
    world.aws.faults.push({ action: "ModifyListener", mode: "error", count: 10, arn: second.listener.arn });
    const run = await runAction("switch", only, env);
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout).join("\n")).toMatch(/#2 /);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(world.weightsOf(world.testListener.arn)).toEqual({ blue: 0, green: 100 });
    expect(second.weights()).toEqual({ blue: 100, green: 0 });
    expect(world.weightsOf(second.testListener.arn, second)).toEqual({ blue: 0, green: 100 });
    // The first ALB was written, then put back.
    const writes = world.aws.calls.filter((c) => c.write && c.action === "ModifyListener");
    expect(writes.some((c) => JSON.stringify(c.params).includes(world.listener.arn))).toBe(true);
  });

  it("refuses to switch when the second ALB's standby has no targets, though the first's has", async () => {
    second.green.targets = [];
    const run = await runAction("switch", only, env);
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout).join("\n")).toMatch(/green has 0 healthy target\(s\) behind router #2/);
    expect(world.aws.calls.filter((c) => c.write)).toEqual([]);
    expect(second.weights()).toEqual({ blue: 100, green: 0 });
  });

  it("deploy-standby prepares the standby behind both ALBs and tags it on each", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 50).start();
    const run = await runAction("deploy-standby", { ...only, version: "v2" }, env);
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ "active-color": "blue", "standby-color": "green", "standby-version": "v2" });
    expect(records.filter(isFailure)).toEqual([]);
    const tagged = JSON.stringify(world.aws.calls.filter((c) => c.action === "AddTags").map((c) => c.params));
    expect(tagged).toContain(world.green.arn);
    expect(tagged).toContain(second.green.arn);
  });

  it("refuses register-targets with several routers, before any AWS call", async () => {
    const run = await runAction("deploy-standby", { ...only, version: "v2", "register-targets": "127.0.0.1:8080" }, env);
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toHaveLength(1);
    expect(errorLines(run.stdout)[0]).toMatch(/register-targets.*several routers/);
    expect(world.aws.calls).toEqual([]);
  });

  it("refuses a router input given directly alongside routers:, before any AWS call", async () => {
    const run = await runAction("status", { ...only, "listener-arn": world.listener.arn }, env);
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toHaveLength(1);
    expect(errorLines(run.stdout)[0]).toMatch(/Input 'listener-arn' is given, but .*production has several routers/);
    expect(world.aws.calls).toEqual([]);
  });

  it("points a router's reader error at its entry in routers:", async () => {
    const ws = mkdtempSync(path.join(tmpdir(), "cutover-workspace-"));
    mkdirSync(path.join(ws, ".github"));
    const file = `production:\n  routers:\n${entry(world)}\n${entry(second)}\n      max-attempts: 0\n`;
    writeFileSync(path.join(ws, ".github/cutover.yml"), file);
    const run = await runAction("status", only, { ...env, GITHUB_WORKSPACE: ws });
    rmSync(ws, { recursive: true, force: true });
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      "::error::.github/cutover.yml: production.routers[1].max-attempts must be between 1 and 20, got 0. Example: max-attempts: 5",
    ]);
    expect(world.aws.calls).toEqual([]);
  });
});
