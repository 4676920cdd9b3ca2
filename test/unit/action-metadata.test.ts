// Each step's action.yml must describe what the code reads, with the defaults the code uses.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultOf, referenceFile, withReference } from "../../scripts/docs.ts";
import { rootActionYml } from "../../scripts/root-action.ts";
import { withRouterBlock } from "../../scripts/router-block.ts";
import { useFallback } from "../../src/core/inputs.ts";
import { PER_RUN_INPUTS, SETTING_NAMES, SETTINGS } from "../../src/environment/settings.ts";
import { routerKind } from "../../src/routers/registry.ts";
import { readStepInputs } from "../../src/step.ts";
import { actionDir, STEP_NAMES, type StepName } from "../../src/step-names.ts";
import { ROOT } from "../sandbox/run-action.ts";

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup";
const REQUIRED: Record<string, string> = {
  "listener-arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
  "blue-target-group-arn": `${TG}/blue/6d0ecf831eec9f09`,
  "green-target-group-arn": `${TG}/green/6d0ecf831eec9f0a`,
  reason: "a reason",
  version: "v1.4.2",
  url: "http://127.0.0.1:8080",
  "standby-url": "http://127.0.0.1:8080",
  "distribution-id": "E2QWRUHAPOMQZL",
  "probe-url": "http://127.0.0.1:8080/health",
  "github-token": "ghs_test",
  "metrics-url": "http://127.0.0.1:8080/metrics",
  "prometheus-url": "http://127.0.0.1:9090",
  environment: "production",
  migrations: "test/sandbox/migrations/*.sql",
};

/** What each router needs beside the inputs above, to be read at all. */
const ROUTER_REQUIRED: Record<string, Record<string, string>> = {
  alb: {},
  nginx: {
    "nginx-upstream-file": "/etc/nginx/conf.d/cutover-upstreams.conf",
    "blue-servers": "10.0.1.10:3000",
    "green-servers": "10.0.2.10:3000",
  },
  kubernetes: { service: "shop" },
  "gateway-api": { httproute: "shop", "blue-service": "shop-blue", "green-service": "shop-green" },
  istio: { virtualservice: "shop", host: "shop", "blue-subset": "blue", "green-subset": "green" },
  route53: { "hosted-zone-id": "Z0123456789ABCDEFGHIJ", "record-name": "app.example.com" },
};

const originalEnv = process.env;
afterEach(() => {
  process.env = originalEnv;
});

/** Reads the step's inputs from `inputs`, and says which input names the code asked for. */
async function readWith(step: string, inputs: Record<string, string>): Promise<{ value: unknown; asked: Set<string> }> {
  const asked = new Set<string>();
  const env: Record<string, string> = { ...originalEnv } as Record<string, string>;
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  process.env = new Proxy(env, {
    get(target, key) {
      if (typeof key === "string" && key.startsWith("INPUT_")) asked.add(key.slice(6).toLowerCase());
      return target[key as string];
    },
  });
  const { step: impl } = (await import(`../../src/steps/${step}.ts`)) as { step: { name: string; readInputs(): unknown } };
  if (step === "cutover") {
    // The root action runs every phase whose inputs are set: set them all, to read them all.
    for (const name of ["version", "checks", "warm-paths", "distribution-id", "soak-duration"])
      env[`INPUT_${name.toUpperCase()}`] ??=
        name === "checks"
          ? "- name: home\n  path: /\n"
          : name === "distribution-id"
            ? "E2QWRUHAPOMQZL"
            : name === "soak-duration"
              ? "5m"
              : "/";
  }
  // As runStep reads them: the environment file first (there is none here), then the step's inputs.
  return { value: await readStepInputs(impl), asked };
}

it("the root action.yml is what scripts/root-action.ts makes of the phases", () => {
  expect(readFileSync(path.join(ROOT, "action.yml"), "utf8")).toBe(rootActionYml());
});

describe.each(STEP_NAMES)("%s/action.yml", (step) => {
  const file = path.join(ROOT, actionDir(step), "action.yml");
  const yml = parse(readFileSync(file, "utf8")) as ActionYml;

  if (step !== "cutover")
    it("has the router block that scripts/router-block.ts makes of src/routers/", () => {
      const text = readFileSync(file, "utf8");
      expect(text).toBe(withRouterBlock(text));
    });

  it(`has its reference in ${referenceFile(step)}, as scripts/docs.ts makes it of action.yml`, () => {
    const doc = readFileSync(path.join(ROOT, referenceFile(step)), "utf8");
    expect(doc).toBe(withReference(doc, step));
  });

  it("runs the committed bundle on node24", () => {
    expect(yml.runs.using).toBe("node24");
    expect(existsSync(path.resolve(path.dirname(file), yml.runs.main))).toBe(true);
    expect(yml.branding.icon).toBeTruthy();
    expect(yml.branding.color).toBeTruthy();
  });

  it("describes every input and output", () => {
    for (const [name, input] of Object.entries(yml.inputs)) expect(input.description, name).toMatch(/\w{3,}/);
    for (const [name, output] of Object.entries(yml.outputs)) expect(output.description, name).toMatch(/\w{3,}/);
    // environment reads the file only, never the router: it has none of the colors to tell.
    if (step !== "environment")
      expect(Object.keys(yml.outputs)).toEqual(expect.arrayContaining(["active-color", "standby-color", "active-version"]));
  });

  it("declares exactly the inputs the code reads, with the code's defaults", async () => {
    const required = Object.fromEntries(Object.entries(REQUIRED).filter(([name]) => name in yml.inputs));
    const defaults = Object.fromEntries(
      Object.entries(yml.inputs).flatMap(([name, input]) => {
        const fallback = defaultOf(input);
        return fallback === undefined ? [] : [[name, fallback]];
      }),
    );
    // Each router reads its own inputs: together they read every declared one.
    const asked = new Set<string>();
    for (const [router, own] of Object.entries(ROUTER_REQUIRED)) {
      const bare = await readWith(step, { ...required, ...own, router });
      for (const name of bare.asked) asked.add(name);
      const withDefaults = await readWith(step, { ...defaults, ...required, ...own, router });
      // Functions and patterns (status rules, regexes) compare by their source.
      const plain = (value: unknown) =>
        JSON.stringify(value, (_, v) => (typeof v === "function" || v instanceof RegExp ? String(v) : v));
      expect(plain(withDefaults.value), router).toEqual(plain(bare.value));
    }
    expect([...asked].sort()).toEqual(Object.keys(yml.inputs).sort());
  });

  it("lets the environment file set every input but a run's own, and declares no default for them", () => {
    for (const [name, input] of Object.entries(yml.inputs)) {
      if ((PER_RUN_INPUTS as readonly string[]).includes(name)) continue;
      const setting = step === "cutover" ? name : (SETTING_NAMES[step as StepName]?.[name] ?? name);
      expect(SETTINGS, `${name} is setting ${setting}`).toHaveProperty([setting]);
      // The runner passes a declared default as if it were given, and the file's setting would never apply.
      expect(input.default, `${name}: the default belongs in the description ("Default: \`...\`.")`).toBeUndefined();
      expect(input.required, name).not.toBe(true);
    }
  });
});

it("names no setting that no step reads", () => {
  const read = new Set(["router"]);
  for (const step of STEP_NAMES) {
    const yml = parse(readFileSync(path.join(ROOT, actionDir(step), "action.yml"), "utf8")) as ActionYml;
    for (const name of Object.keys(yml.inputs))
      read.add(step === "cutover" ? name : (SETTING_NAMES[step as StepName]?.[name] ?? name));
  }
  expect(Object.keys(SETTINGS).filter((setting) => !read.has(setting))).toEqual([]);
});

it.each(Object.entries(ROUTER_REQUIRED))(
  "%s: the warning for a missing test route names inputs the router reads",
  (router, own) => {
    const { environment: _none, ...inputs } = REQUIRED;
    const env: Record<string, string> = { ...originalEnv } as Record<string, string>;
    for (const [k, v] of Object.entries({ ...inputs, ...own, router })) env[`INPUT_${k.toUpperCase()}`] = v;
    process.env = env;
    useFallback(undefined);
    const kind = routerKind(router);
    const config = kind.readConfig();
    expect(config.testRouteInputs.length).toBeGreaterThan(0);
    expect(config.testRouteInputs.filter((name) => !kind.inputs.some((input) => input.name === name))).toEqual([]);
  },
);
