// Every example that schema/cutover.schema.json advertises is a value the product accepts. Each
// `examples` value goes into a valid router block of each kind that reads the setting (every kind
// for the settings of no one router, save those some kinds refuse: register-targets, a stepped
// strategy), and is accepted by the environment file's own check
// (parseAll, what the environment step and every step run first), alone and in an entry of
// routers:; then by each step that reads it, as runStep reads its inputs, with what the product
// needs beside it (BESIDE). A failure names the key, the example, the router and the step.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseAll } from "../../src/environment/parse.ts";
import { SETTING_NAMES } from "../../src/environment/settings.ts";
import type { RouterConfig } from "../../src/routers/port.ts";
import { routerKind, routerKindNames } from "../../src/routers/registry.ts";
import { actionDir, STEP_NAMES, type StepName } from "../../src/step-names.ts";
import { ROOT } from "../sandbox/run-action.ts";
import { readStep } from "../support/read-step.ts";
import { ROUTER_BLOCKS } from "../support/router-blocks.ts";

type Settings = Record<string, unknown>;
interface Property {
  examples?: unknown[];
}

const schema = JSON.parse(readFileSync(path.join(ROOT, "schema/cutover.schema.json"), "utf8")) as {
  $defs: { environment: { properties: Record<string, Property> }; router: { properties: Record<string, Property> } };
};
const KINDS = routerKindNames();
const block = (kind: string): Settings =>
  (parse(`production:\n${ROUTER_BLOCKS[kind as keyof typeof ROUTER_BLOCKS]}`) as { production: Settings }).production;

/** The kinds a setting belongs in: its own router's, the kinds whose pools take targets, or all. */
function kindsOf(key: string, example: unknown): string[] {
  if (key === "router") return [example as string];
  if (key === "register-targets") return KINDS.filter((kind) => routerKind(kind).readTargets);
  const owners = KINDS.filter((kind) => routerKind(kind).inputs.some((input) => input.name === key));
  return owners.length ? owners : KINDS;
}

/** The environment: the kind's block with the example in it (`router`'s example names the block). */
function withExample(kind: string, key: string, example: unknown): Settings {
  return key === "router" ? block(kind) : { ...block(kind), [key]: example };
}

/** Each example of each setting, as the schema lists them. */
const examples = Object.entries(schema.$defs.environment.properties).flatMap(([key, property]) =>
  (property.examples ?? []).map((example) => ({ key, example, shown: JSON.stringify(example) })),
);

/** The product's one error line, or "" when it accepts the file. */
function refusal(environment: Settings): string {
  try {
    parseAll(stringify({ production: environment }), ".github/cutover.yml");
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

it("every setting the schema declares has an example", () => {
  const missing = Object.entries(schema.$defs.environment.properties).filter(
    ([key, p]) => key !== "routers" && !p.examples?.length,
  );
  expect(missing.map(([key]) => key)).toEqual([]);
  expect(schema.$defs.router.properties.router?.examples).toEqual(schema.$defs.environment.properties.router?.examples);
});

const ROUTER_OWN = new Set(Object.keys(schema.$defs.router.properties));

describe("the environment file's check (parseAll) accepts every example of the schema", () => {
  it.each(examples)("$key: $shown", ({ key, example, shown }) => {
    const refused: string[] = [];
    for (const kind of kindsOf(key, example)) {
      const alone = refusal(withExample(kind, key, example));
      if (alone) refused.push(`router ${kind}: ${alone}`);
      // In an entry of routers: beside another router; a setting of no router beside routers:.
      const other = block(kind === "kubernetes" ? "nginx" : "kubernetes");
      const own = ROUTER_OWN.has(key);
      const entry = own ? withExample(kind, key, example) : block(kind);
      const several = refusal({ routers: [entry, other], ...(own ? {} : { [key]: example }) });
      if (several) refused.push(`routers: [router ${kind}, ...]: ${several}`);
    }
    expect(refused.join("\n"), `${key}: ${shown}`).toBe("");
  });
});

const STEP_INTERVAL = { "step-interval": "2m" };
const PROMETHEUS = { "prometheus-url": "http://prometheus.monitoring:9090" };
const MIGRATE = { "migrate-command": "npx prisma migrate deploy", "active-url": "https://shop.example.com" };

/**
 * What the product needs beside a setting for a step to read it: the setting it refines, the
 * colors named one way rather than the other. The example itself stays the schema's.
 */
const BESIDE: Record<string, (settings: Settings) => Settings> = {
  steps: (s) => ({ ...s, strategy: "steps", ...STEP_INTERVAL }),
  "linear-percent": (s) => ({ ...s, strategy: "linear", ...STEP_INTERVAL }),
  "prometheus-error-query": (s) => ({ ...s, ...PROMETHEUS }),
  "prometheus-requests-query": (s) => ({ ...s, ...PROMETHEUS }),
  "prometheus-latency-query": (s) => ({ ...s, ...PROMETHEUS }),
  "migrate-command": (s) => ({ ...MIGRATE, ...s }),
  "migrate-rollback-command": (s) => ({ ...MIGRATE, ...s }),
  "contract-command": (s) => ({ ...MIGRATE, ...s }),
  // istio names the colors as subsets of host, or as a host each (src/routers/istio/config.ts).
  "blue-host": ({ "blue-subset": _, "green-subset": __, ...s }) => ({ "green-host": "shop-green", ...s }),
  "green-host": ({ "blue-subset": _, "green-subset": __, ...s }) => ({ "blue-host": "shop-blue", ...s }),
};
/** Settings for a router that splits traffic by weight (src/flip/strategy.ts): the others refuse a stepped strategy. */
const WEIGHTED_ONLY = new Set(["steps", "linear-percent"]);

/** Settings a step needs to be read at all (a soak needs a signal, a purge its distribution). */
const BASE: Settings = {
  "standby-url": "https://test.shop.example.com:8443",
  "probe-url": "https://shop.example.com/health",
  "distribution-id": "E2QWRUHAPOMQZL",
  migrations: "db/migrations/*.sql",
};
/** Each run's own inputs, never in the file. */
const RUN: Record<string, string> = {
  environment: "production",
  version: "v1.4.2",
  reason: "a reason",
  "github-token": "ghs_example",
  "database-url": "postgres://cutover:secret@db.internal:5432/shop",
};
/** Files the examples name in the caller's repository, which a step opens as it reads the setting. */
const WORKSPACE_FILES: Record<string, string> = {
  "db/migrations/0001_create_orders.sql": "CREATE TABLE orders (id bigint PRIMARY KEY);\n",
  ".github/warm-paths.txt": "/\n/products\n",
  ".squawk.toml": 'excluded_rules = ["prefer-robust-stmts"]\n',
};
/**
 * Examples that name a file on GitHub's runner (/home/runner/.kube/config, /usr/local/bin/squawk),
 * absent here: their values are checked by parseAll above, and the files by their steps' own tests.
 */
const ON_THE_RUNNER = new Set(["kubeconfig", "squawk"]);

/** The steps that read each setting, from their action.yml, under the setting's name. */
function readers(): Map<string, StepName[]> {
  const found = new Map<string, StepName[]>();
  for (const step of STEP_NAMES.filter((s) => s !== "cutover")) {
    const yml = parse(readFileSync(path.join(ROOT, actionDir(step), "action.yml"), "utf8")) as { inputs: Settings };
    for (const input of Object.keys(yml.inputs)) {
      const setting = SETTING_NAMES[step]?.[input] ?? input;
      found.set(setting, [...(found.get(setting) ?? []), step]);
    }
  }
  return found;
}

/** What `step` reads from the environment `production`, with each run's own inputs. */
const readAs = (workspace: string, step: StepName, environment: Settings): Promise<unknown> =>
  readStep(workspace, step, stringify({ production: environment }), RUN);

/** The kinds among `kinds` whose router splits traffic by weight, as the product reads it. */
async function weightedOnes(workspace: string, kinds: string[]): Promise<string[]> {
  const weighted: string[] = [];
  for (const kind of kinds) {
    const { router } = (await readAs(workspace, "status", { ...BASE, ...block(kind) })) as { router: RouterConfig };
    if (router.capabilities.weighted) weighted.push(kind);
  }
  return weighted;
}

describe("each step that reads a setting accepts its example", () => {
  const workspace = mkdtempSync(path.join(tmpdir(), "cutover-examples-"));
  for (const [file, text] of Object.entries(WORKSPACE_FILES)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), text);
  }
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  const byStep = readers();

  it.each(examples.filter(({ key }) => !ON_THE_RUNNER.has(key)))("$key: $shown", async ({ key, example, shown }) => {
    // A router's settings are read alike by every step: the environment step reads them all.
    const steps = ROUTER_OWN.has(key) ? (["environment"] as const) : (byStep.get(key) ?? []);
    let kinds = kindsOf(key, example);
    // One read at a time: each writes the workspace's file and the process's environment.
    if (WEIGHTED_ONLY.has(key)) kinds = await weightedOnes(workspace, kinds);
    const refused: string[] = [];
    for (const kind of kinds)
      for (const step of steps) {
        const environment = (BESIDE[key] ?? ((s) => s))({ ...BASE, ...withExample(kind, key, example) });
        await readAs(workspace, step, environment).catch((error: Error) =>
          refused.push(`${step}, router ${kind}: ${error.message}`),
        );
      }
    expect(steps.length, `${key}: no step reads it`).toBeGreaterThan(0);
    expect(refused.join("\n"), `${key}: ${shown}`).toBe("");
  });
});
