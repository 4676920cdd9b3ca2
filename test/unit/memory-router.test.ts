// A router registered from a test runs the steps as they are: nothing of a router lives outside
// its folder and its registration line.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerRouter } from "../../src/routers/registry.ts";
import { runStep, type Step } from "../../src/step.ts";
import { step as deployStandby } from "../../src/steps/deploy-standby.ts";
import { step as rollback } from "../../src/steps/rollback.ts";
import { step as status } from "../../src/steps/status.ts";
import { step as switchStep } from "../../src/steps/switch.ts";
import { step as teardown } from "../../src/steps/teardown.ts";
import { setInputs } from "../support/inputs.ts";
import { type MemoryWorld, memoryRouter, memoryWorld } from "../support/memory-router.ts";

const originalEnv = { ...process.env };
let outputs: string;
let world: MemoryWorld;

beforeEach(() => {
  world = memoryWorld("blue");
  registerRouter(memoryRouter(world));
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-memory-"));
  outputs = path.join(dir, "output");
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});

afterEach(() => {
  process.env = { ...originalEnv };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs a step as the runner would: its inputs in INPUT_*, its outputs read from GITHUB_OUTPUT. */
async function run(step: Step<never>, inputs: Record<string, string>): Promise<Record<string, string>> {
  setInputs({ router: "memory", ...inputs });
  writeFileSync(outputs, "");
  process.env.GITHUB_OUTPUT = outputs;
  delete process.env.GITHUB_STEP_SUMMARY;
  process.exitCode = undefined;
  await runStep(step as Step<never>);
  expect(process.exitCode, `${step.name} failed`).toBeUndefined();
  const text = readFileSync(outputs, "utf8");
  return Object.fromEntries([...text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]));
}

describe("a router registered by a test", () => {
  it("runs status, deploy-standby, switch, rollback and teardown through the same steps", async () => {
    expect(await run(status as Step<never>, {})).toMatchObject({ "active-color": "blue", "standby-color": "green" });

    await run(deployStandby as Step<never>, { version: "v2" });
    expect(world.ledger.green).toMatchObject({ "cutover:version": "v2", "cutover:color": "green" });
    expect(world.routes.get("prod")).toEqual({ blue: 100, green: 0 });

    const switched = await run(switchStep as Step<never>, {});
    expect(switched).toMatchObject({ "active-color": "green", "previous-color": "blue" });
    expect(world.routes.get("prod")).toEqual({ blue: 0, green: 100 });
    expect(world.routes.get("test")).toEqual({ blue: 100, green: 0 });
    expect(world.ledger.green["cutover:live-since"]).toBeTruthy();

    await run(rollback as Step<never>, { reason: "errors after v2" });
    expect(world.routes.get("prod")).toEqual({ blue: 100, green: 0 });
    expect(world.ledger.green["cutover:rollback-reason"]).toBe("errors after v2");

    const torn = await run(teardown as Step<never>, { ttl: "0s" });
    expect(torn).toMatchObject({ "torn-down": "true", "torn-down-color": "green" });
    expect(world.targets.green).toEqual([]);
    expect(world.targets.blue).toHaveLength(1);
    expect(world.ledger.green["cutover:torn-down-at"]).toBeTruthy();
    expect(world.writes.filter((w) => w.startsWith("retire"))).toEqual(["retire green"]);
  });

  it("refuses a router nobody registered, with the routers it knows", async () => {
    process.env.INPUT_ROUTER = "dns";
    writeFileSync(outputs, "");
    process.env.GITHUB_OUTPUT = outputs;
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    await runStep(status as Step<never>);
    expect(process.exitCode).toBe(1);
    expect(lines.join("")).toMatch(
      /::error::Input 'router' names no router cutover drives: "dns" \(it drives alb, nginx, kubernetes, gateway-api, istio, route53, memory\)\. Example: router: alb/,
    );
  });
});
