// Several routers per environment, end to end: an environment file whose routers: list names two
// ALBs (the sandbox's and a second listener pair with its own target groups, each serving real
// traffic). They move as one unit: both switch under load, and both are put back when a write to
// the second one fails.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";
import { routerYaml, SecondRouter } from "../sandbox/second-router.ts";
import { World } from "../sandbox/world.ts";
import { only100, runEverySteps } from "../support/every-step.ts";

let world: World;
let second: SecondRouter;
let env: Record<string, string>;
let dir: string;

const entry = (router: World | SecondRouter) => routerYaml(router, "      ", "    - ");

const only = { environment: "production" };
const errorLines = (stdout: string) => stdout.split("\n").filter((line) => line.startsWith("::error::"));
const blueTags = (router: World) => Object.fromEntries(router.elbv2.tags.get(router.blue.arn) ?? []);

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
    // Each router's target group, comma-separated in the order of routers: (as documented in action.yml).
    expect(status.outputs).toMatchObject({
      "active-color": "blue",
      "standby-color": "green",
      "active-target-group-arn": `${world.blue.arn},${second.blue.arn}`,
      "standby-target-group-arn": `${world.green.arn},${second.green.arn}`,
      "active-pool": `${world.blue.arn},${second.blue.arn}`,
      "standby-pool": `${world.green.arn},${second.green.arn}`,
    });
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

  // Issue 35: the mark failed on one ALB and stayed on the other; every switch and rollback to blue
  // was then refused for 12 hours, and status did not say why.
  it("takes a teardown mark that failed on one ALB off the other, so blue can be rolled back to", async () => {
    expect((await runAction("switch", only, env)).code).toBe(0);
    world.aws.faults.push({ action: "AddTags", mode: "error", count: 50, arn: second.blue.arn });
    const torn = await runAction("teardown", { ...only, ttl: "0s" }, env);
    expect(torn.code).toBe(1);
    expect(errorLines(torn.stdout)).toEqual([
      expect.stringMatching(
        /^::error::Could not mark blue as being torn down \(.*\); nothing was deregistered\. No mark is left\.$/,
      ),
    ]);
    expect(blueTags(world)["cutover:teardown-started"]).toBeUndefined();
    expect(world.aws.calls.filter((c) => c.action === "DeregisterTargets")).toEqual([]);
    world.aws.faults.length = 0;
    const load = new LoadGenerator(`${world.urls.prod}/version`, 40).start();
    const back = await runAction("rollback", { ...only, reason: "after the failed teardown" }, env);
    const records = await load.stop();
    expect(back.code, back.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(second.weights()).toEqual({ blue: 100, green: 0 });
    expect(records.filter(isFailure)).toEqual([]);
  });

  it("names a teardown mark it could not take off, and status gives the command that clears it", async () => {
    expect((await runAction("switch", only, env)).code).toBe(0);
    world.aws.faults.push({ action: "AddTags", mode: "error", count: 50, arn: second.blue.arn });
    world.aws.faults.push({ action: "RemoveTags", mode: "error", count: 50, arn: world.blue.arn });
    const torn = await runAction("teardown", { ...only, ttl: "0s" }, env);
    expect(torn.code).toBe(1);
    const command = `aws elbv2 remove-tags --resource-arns ${world.blue.arn} ${second.blue.arn} --tag-keys cutover:teardown-started`;
    expect(errorLines(torn.stdout)[0]).toMatch(/The mark may remain on part of the router \(status shows it\)/);
    expect(errorLines(torn.stdout)[0]).toContain(command);
    expect(blueTags(world)["cutover:teardown-started"]).toBeDefined();
    world.aws.faults.length = 0;
    const status = await runAction("status", only, env);
    expect(status.code, status.stdout).toBe(0);
    expect(status.stdout).toMatch(
      /::warning::blue carries cutover:teardown-started \(\S+ acme\/shop\/actions\/runs\/4242\/attempts\/1\): switch and rollback refuse blue for 12h after it\./,
    );
    expect(status.stdout).toContain(command);
    expect(status.summary).toContain(command);
    // The command works as printed, with the AWS CLI.
    const [, ...args] = command.split(" ");
    await promisify(execFile)("aws", [...args, "--endpoint-url", world.urls.aws], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        AWS_ACCESS_KEY_ID: "sandbox",
        AWS_SECRET_ACCESS_KEY: "sandbox",
        AWS_DEFAULT_REGION: world.elbv2.region,
        AWS_CONFIG_FILE: "/dev/null",
        AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      },
    });
    expect(blueTags(world)["cutover:teardown-started"]).toBeUndefined();
    expect((await runAction("rollback", { ...only, reason: "mark cleared" }, env)).code).toBe(0);
  });

  it("refuses a router input given directly alongside routers:, before any AWS call", async () => {
    const run = await runAction("status", { ...only, "listener-arn": world.listener.arn }, env);
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toHaveLength(1);
    expect(errorLines(run.stdout)[0]).toMatch(/Input 'listener-arn' is given, but .*production has several routers/);
    expect(world.aws.calls).toEqual([]);
  });

  it("refuses the same ALB listed twice, naming the entry, before any AWS call", async () => {
    const ws = mkdtempSync(path.join(tmpdir(), "cutover-workspace-"));
    mkdirSync(path.join(ws, ".github"));
    writeFileSync(path.join(ws, ".github/cutover.yml"), `production:\n  routers:\n${entry(world)}\n${entry(world)}\n`);
    const run = await runAction("switch", only, { ...env, GITHUB_WORKSPACE: ws });
    rmSync(ws, { recursive: true, force: true });
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      `::error::.github/cutover.yml: production.routers[1].listener-arn names ${world.listener.arn}, which routers[0].listener-arn names too: the same alb router is listed twice. List each router once. Example: routers: [{ router: alb, listener-arn: <first> }, { router: alb, listener-arn: <second> }]`,
    ]);
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

  // Last: its teardown leaves green torn down, which reset() does not undo.
  it("runs every step, deploy-standby to teardown, under load with no failed request", { timeout: 120_000 }, async () => {
    const arns = (router: World | SecondRouter) => ({
      router: "alb",
      "listener-arn": router.listener.arn,
      "test-listener-arn": router.testListener.arn,
      "blue-target-group-arn": router.blue.arn,
      "green-target-group-arn": router.green.arn,
    });
    await runEverySteps({
      routers: [arns(world), arns(second)],
      env: world.env,
      prod: [world.urls.prod, second.urls.prod],
      smoke: {},
      live: () => [only100(world.weightsOf(world.listener.arn)), only100(second.weights())],
      notes: [],
      // The sandboxes stay up for the other cases.
      stop: async () => undefined,
    });
  });
});
