// Every step, in the order a release runs them, on an environment of the environment file whose
// routers: list names several routers, under load on each router's production route: what the
// tests of several routers share.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { stringify } from "yaml";
import { isFailure, LoadGenerator, type LoadOptions } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";

export type Color = "blue" | "green";

export interface Environment {
  /** Each entry of routers:. */
  routers: Record<string, string>[];
  env: Record<string, string>;
  /** Where each router's production traffic enters. */
  prod: string[];
  /** How the load on each production route behaves, where it differs (nginx: clients retry a request on a kept-alive connection a reload closed). */
  load?: (LoadOptions | undefined)[];
  /** Where the standby answers, for smoke-test (a URL when no router can look its test route up). */
  smoke: Record<string, string>;
  /** The color each router sends all production traffic to, or "split". */
  live(): string[];
  /** What deploy-standby outputs for the standby, and the outputs it must not set (another kind's). */
  outputs?: { set: Record<string, string>; unset: string[] };
  /** A line of the switch's summary that each router's note leaves. */
  notes: RegExp[];
  stop(): Promise<void>;
}

const only = { environment: "production" };

export async function runEverySteps(environment: Environment): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-several-"));
  mkdirSync(path.join(dir, ".github"));
  writeFileSync(path.join(dir, ".github/cutover.yml"), stringify({ production: { routers: environment.routers } }));
  const env = { ...environment.env, GITHUB_WORKSPACE: dir };
  const loads = environment.prod.map((url, i) => new LoadGenerator(`${url}/version`, 20, {}, environment.load?.[i]).start());
  const step = async (name: string, inputs: Record<string, string> = {}) => {
    const run = await runAction(name, { ...only, ...inputs }, env);
    expect(run.code, `${name}\n${run.stdout}`).toBe(0);
    return run;
  };
  const everywhere = (color: Color) => environment.routers.map(() => color);
  try {
    const deployed = await step("deploy-standby", { version: "v2" });
    expect(deployed.outputs).toMatchObject({ "standby-color": "green", "standby-version": "v2" });
    expect(deployed.outputs["standby-pool"]?.split(",").length).toBeGreaterThanOrEqual(environment.routers.length);
    if (environment.outputs) {
      expect(deployed.outputs).toMatchObject(environment.outputs.set);
      for (const name of environment.outputs.unset) expect(deployed.outputs).not.toHaveProperty(name);
    }
    await step("smoke-test", environment.smoke);
    const switched = await step("switch");
    expect(environment.live()).toEqual(everywhere("green"));
    for (const note of environment.notes) expect(switched.summary).toMatch(note);
    const soaked = await step("soak-monitor", {
      "probe-url": `${environment.prod[0]}/version`,
      duration: "2s",
      window: "1s",
      "min-samples": "3",
    });
    expect(soaked.outputs.result).toBe("passed");
    await step("rollback", { reason: "every step on several routers" });
    expect(environment.live()).toEqual(everywhere("blue"));
    const torn = await step("teardown", { ttl: "0s", "drain-timeout": "20s" });
    expect(torn.outputs).toMatchObject({ "torn-down": "true", "torn-down-color": "green" });
  } finally {
    const records = await Promise.all(loads.map((load) => load.stop()));
    rmSync(dir, { recursive: true, force: true });
    await environment.stop();
    for (const each of records) {
      expect(each.length).toBeGreaterThan(0);
      const failed = each.filter(isFailure).map((r) => `${new Date(r.at).toISOString()} ${r.status} ${r.error ?? ""}`);
      expect(failed).toEqual([]);
    }
  }
}

/** The color a route sends everything to, or "split". */
export const only100 = (weights: Record<Color, number>): string =>
  weights.blue === 100 && weights.green === 0 ? "blue" : weights.green === 100 && weights.blue === 0 ? "green" : "split";
