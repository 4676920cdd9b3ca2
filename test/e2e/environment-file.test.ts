// The environment file, end to end: the committed bundles read their settings from a workspace's
// .github/cutover.yml, inputs given directly win, and a wrong file stops every step with one line
// that names the file and the key path, before any AWS call.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../sandbox/run-action.ts";
import { routerYaml } from "../sandbox/second-router.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;
const workspaces: string[] = [];

/** A workspace (the caller's checkout) holding the environment file. */
function workspace(text: string, file = ".github/cutover.yml"): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-workspace-"));
  workspaces.push(dir);
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return { ...world.env, GITHUB_WORKSPACE: dir };
}

/** The sandbox's router as an environment's settings. */
const router = () => routerYaml(world, "  ");

const errorLines = (stdout: string) => stdout.split("\n").filter((line) => line.startsWith("::error::"));

beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => {
  world.stop();
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  world.aws.calls.length = 0;
});

describe("settings from the environment file", () => {
  it("runs status, switch and rollback with nothing but the environment's name; an input given directly wins", async () => {
    const env = workspace(
      `production:\n${router()}\n  role: arn:aws:iam::123456789012:role/cutover-release\n  min-healthy-targets: 99\n`,
    );
    const only = { environment: "production" };

    const resolved = await runAction("environment", only, env);
    expect(resolved.code, resolved.stdout).toBe(0);
    expect(resolved.outputs).toEqual({
      role: "arn:aws:iam::123456789012:role/cutover-release",
      "read-role": "",
      "aws-region": "us-east-1",
      "distribution-id": "",
      "environment-url": "",
    });
    expect(world.aws.calls).toEqual([]);
    expect(resolved.stdout).not.toContain("::warning::");
    expect(resolved.summary).toBe("");
    const other = await runAction("environment", { ...only, role: "arn:aws:iam::123456789012:role/other" }, env);
    expect(other.outputs.role).toBe("arn:aws:iam::123456789012:role/other");

    const status = await runAction("status", only, env);
    expect(status.code, status.stdout).toBe(0);
    expect(status.outputs).toMatchObject({ "active-color": "blue", "standby-color": "green" });

    // The file asks for 99 healthy targets: the switch refuses, and writes nothing.
    const refused = await runAction("switch", only, env);
    expect(refused.code).toBe(1);
    expect(errorLines(refused.stdout).join("\n")).toMatch(/99/);
    expect(world.aws.calls.filter((c) => c.write)).toEqual([]);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });

    const switched = await runAction("switch", { ...only, "min-healthy-targets": "1" }, env);
    expect(switched.code, switched.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
    expect(world.weightsOf(world.testListener.arn)).toEqual({ blue: 100, green: 0 });

    const back = await runAction(
      "rollback",
      { ...only, reason: "the environment file's rollback", "min-healthy-targets": "1" },
      env,
    );
    expect(back.code, back.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
  });

  it("reads another file when environment-file names it, and reads none without an environment", async () => {
    const env = workspace(`staging:\n${router()}\n`, "deploy/environments.yml");
    const status = await runAction("status", { environment: "staging", "environment-file": "deploy/environments.yml" }, env);
    expect(status.code, status.stdout).toBe(0);
    expect(status.outputs["active-color"]).toBe("blue");
    const without = await runAction("status", world.inputs, workspace("not: [valid"));
    expect(without.code, without.stdout).toBe(0);
  });

  it("points a reader's error at the file's key when the value came from there", async () => {
    const run = await runAction(
      "status",
      { environment: "production" },
      workspace(`production:\n${router()}\n  max-attempts: 0\n`),
    );
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      "::error::.github/cutover.yml: production.max-attempts must be between 1 and 20, got 0. Example: max-attempts: 5",
    ]);
    expect(world.aws.calls).toEqual([]);
  });

  it("turns the one-step action's phases on from the file: its checks run the smoke test before the switch", async () => {
    const checks =
      "  checks:\n    - name: home\n      path: /\n      expect: { status: 200 }\n    - name: health\n      path: /health\n";
    const run = await runAction("cutover", { environment: "production" }, workspace(`production:\n${router()}\n${checks}`));
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ passed: "2", failed: "0", "active-color": "green" });
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
  });
});

describe("a malformed environment file: one line with the file and the key path, and no AWS call", () => {
  const cases: { step: string; at: string | RegExp; file: () => string; inputs?: Record<string, string> }[] = [
    { step: "status", at: "production.listener-arns", file: () => `production:\n${router()}\n  listener-arns: x\n` },
    { step: "switch", at: "production.version", file: () => `production:\n${router()}\n  version: v1.4.2\n` },
    {
      step: "rollback",
      at: "production.router",
      file: () => `production:\n${router().replace("  router: alb\n", "")}\n`,
      inputs: { reason: "x" },
    },
    { step: "teardown", at: "production.router", file: () => `production:\n${router().replace("alb", "haproxy")}\n` },
    {
      step: "deploy-standby",
      at: "production.health-timeout",
      file: () => `production:\n${router()}\n  health-timeout: 10\n`,
      inputs: { version: "v2" },
    },
    { step: "smoke-test", at: "production.smoke-retries", file: () => `production:\n${router()}\n  smoke-retries: "2"\n` },
    { step: "warm-caches", at: "production.insecure-tls", file: () => `production:\n${router()}\n  insecure-tls: yes\n` },
    { step: "soak-monitor", at: "production.max-error-rate", file: () => `production:\n${router()}\n  max-error-rate: 1.5\n` },
    { step: "switch", at: "production.strategy", file: () => `production:\n${router()}\n  strategy: canary\n` },
    {
      step: "purge-cdn",
      at: "production.distribution-id",
      file: () => `production:\n${router()}\n  distribution-id: { a: b }\n`,
    },
    { step: "status", at: "production is not an environment", file: () => `staging:\n${router()}\n` },
    { step: "status", at: /line \d+, column \d+/, file: () => `production:\n${router()}\n  warm-paths: [/, /products\n` },
    {
      step: "status",
      at: /line \d+, column \d+: is not valid YAML: Map keys must be unique/,
      file: () => `production:\n${router()}\n  ttl: 1h\n  ttl: 2h\n`,
    },
    { step: "environment", at: "production.role", file: () => `production:\n${router()}\n  role: cutover-release\n` },
    // The whole file is checked, not only the environment the step works on.
    {
      step: "switch",
      at: "staging.soak-duration",
      file: () => `production:\n${router()}\nstaging:\n${router()}\n  soak-duration: 10 minutes\n`,
    },
    { step: "cutover", at: "the top level", file: () => "- production\n" },
    { step: "status", at: "production must be a mapping", file: () => "production: alb\n" },
    {
      step: "teardown",
      at: "production.teardown-drain-timeout",
      file: () => `production:\n${router()}\n  teardown-drain-timeout: 15\n`,
    },
    // An object's built-in names are no settings (issue 35).
    { step: "status", at: "production.toString is not a setting", file: () => `production:\n${router()}\n  toString: x\n` },
    { step: "switch", at: "production.constructor is not a setting", file: () => `production:\n${router()}\n  constructor: x\n` },
    { step: "status", at: "production.__proto__ is not a setting", file: () => `production:\n${router()}\n  __proto__: x\n` },
    {
      step: "status",
      at: "production.routers[1].hasOwnProperty is not a router's setting",
      file: () =>
        `production:\n  routers:\n${routerYaml(world, "      ", "    - ")}\n${routerYaml(world, "      ", "    - ")}\n      hasOwnProperty: x\n`,
    },
    // An alias bomb: nine lines that expand to a billion strings.
    {
      step: "status",
      at: "the file expands its YAML aliases (*name) more than 100 times",
      file: () =>
        `a: &a ["x","x","x","x","x","x","x","x","x"]\n${["b", "c", "d", "e", "f", "g", "h", "i"]
          .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`)
          .join("\n")}\nproduction:\n${router()}\n`,
    },
  ];

  it.each(cases.map((c, i) => ({ i, ...c })))("#$i $step: $at", async ({ step, at, file, inputs }) => {
    const run = await runAction(step, { environment: "production", ...inputs }, workspace(file()));
    expect(run.code).toBe(1);
    const lines = errorLines(run.stdout);
    expect(lines, run.stdout).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error::\.github\/cutover\.yml: /);
    if (typeof at === "string") expect(lines[0]).toContain(at);
    else expect(lines[0]).toMatch(at);
    expect(lines[0]).toMatch(/Example: \S+/);
    expect(world.aws.calls).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it("a file named by environment-file that does not exist, or one without an environment", async () => {
    const missing = await runAction(
      "status",
      { environment: "production", "environment-file": "deploy/none.yml" },
      workspace(""),
    );
    expect(errorLines(missing.stdout)).toEqual([
      "::error::Input 'environment-file' names deploy/none.yml, which does not exist: check out your repository before this step. Example: environment-file: .github/cutover.yml",
    ]);
    const unnamed = await runAction("status", { "environment-file": "deploy/envs.yml" }, workspace(""));
    expect(errorLines(unnamed.stdout)).toHaveLength(1);
    expect(errorLines(unnamed.stdout)[0]).toContain("'environment'");
    expect(world.aws.calls).toEqual([]);
  });

  it("without the default file, a missing setting's error says where the file was looked for", async () => {
    const run = await runAction(
      "status",
      { environment: "production", "listener-arn": world.listener.arn },
      workspace("", "other.yml"),
    );
    expect(errorLines(run.stdout)).toEqual([
      "::error::Input 'blue-target-group-arn' (or .github/cutover.yml: production.blue-target-group-arn; .github/cutover.yml is not in the workspace: check out your repository before this step) is required but was empty. Example: blue-target-group-arn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app-blue/6d0ecf831eec9f09",
    ]);
    expect(world.aws.calls).toEqual([]);
  });

  it("covers at least 12 files", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });
});
