// npm run demo [-- --router alb|nginx|kubernetes|gateway-api|istio|route53] [--scenario migrate] [--report FILE]: the main job on
// the local sandbox. It runs the committed step bundles exactly as GitHub's runner does, through
// its scenarios while load flows, and prints a report a person can read. The ALB sandbox is the
// default and needs no nginx or cluster; --router nginx runs them through a real nginx, without a
// CDN; the Kubernetes routers run against the sandbox's Kubernetes API imitation.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { STEP_NAMES } from "../../src/step-names.ts";
import { LoadGenerator, type LoadRecord, lastNotFrom, summarize, versionTimeline } from "./load.ts";
import { startNginxWorld } from "./nginx/world.ts";
import { type ActionRun, startAction } from "./run-action.ts";
import { type SandboxColor, startWorld } from "./world.ts";

/** What the scenarios need of a sandbox, whichever router it has. */
interface DemoWorld {
  router: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  prodUrl: string;
  /** Where the standby answers, for routers that cannot look it up (nginx: its test port). */
  standby: Record<string, string>;
  cdn?: { distributionId: string; url: string };
  /** Load generators retry a request a graceful reload reset on a kept-alive connection, as browsers do. */
  retryReused: boolean;
  setApps(color: SandboxColor, behaviour: { errorRate: number }): void;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

async function startDemoWorld(router: string): Promise<DemoWorld> {
  if (router === "nginx") {
    const world = await startNginxWorld();
    return {
      router,
      inputs: world.inputs,
      env: {},
      prodUrl: world.urls.prod,
      standby: { url: world.urls.test },
      retryReused: true,
      setApps: (color, behaviour) => world.setApps(color, behaviour),
      reset: () => world.reset(),
      stop: () => world.stop(),
    };
  }
  const world = await startWorld();
  return {
    router: "alb",
    inputs: world.inputs,
    env: world.env,
    prodUrl: world.urls.prod,
    standby: {},
    cdn: { distributionId: world.distributionId, url: world.urls.cdn },
    retryReused: false,
    setApps: (color, behaviour) => world.setApps(color, behaviour),
    reset: () => world.reset(),
    stop: () => world.stop(),
  };
}

/** Where a scenario runs: the production URL its load goes to, and what every step is given. */
export interface Stage {
  urls: { prod: string };
  env: Record<string, string>;
  /** A workspace whose .github/cutover.yml defines the router as environment `sandbox`. */
  workspace?: string;
  /** Without a workspace: the router inputs every step is given. */
  inputs?: Record<string, string>;
  /** false: a connection per request, as kube-proxy routes only new connections anew. */
  keepAlive?: boolean;
  /** Load generators retry a request a graceful reload reset on a kept-alive connection, as browsers do. */
  retryReused?: boolean;
}

interface StepReport {
  name: string;
  ok: boolean;
  ms: number;
}

export interface ScenarioReport {
  name: string;
  ok: boolean;
  requests: number;
  failedRequests: number;
  /** 5xx the sandbox injected on purpose (a broken green): users saw them, though no request failed in transit. */
  injectedErrors?: number;
  /** From the switch step's start until every request is answered by the new color. */
  switchMs: number | null;
  /** From fault onset (or the rollback's start) until every request is answered by the old color. */
  rtoMs: number | null;
  steps: StepReport[];
}

const RATE = 100;
const BUCKET_MS = 250;

/**
 * A workspace whose .github/cutover.yml defines the sandbox's router once, as a user's repository
 * would: every step below names only the environment.
 */
function environmentWorkspace(world: DemoWorld): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-demo-"));
  const lines = ["sandbox:", `  router: ${world.router}`];
  for (const [name, value] of Object.entries(world.inputs)) {
    const items = value.split("\n").filter(Boolean);
    // Lists of ARNs as YAML lists; a value with spaces or lines (nginx's servers, its commands) quoted.
    const shown = name.endsWith("-arns") ? `[${items.join(", ")}]` : /[\s]/.test(value) ? JSON.stringify(value) : value;
    if (items.length && name !== "router") lines.push(`  ${name}: ${shown}`);
  }
  mkdirSync(path.join(dir, ".github"));
  writeFileSync(path.join(dir, ".github/cutover.yml"), `${lines.join("\n")}\n`);
  return dir;
}

export class Scenario {
  readonly steps: StepReport[] = [];
  readonly load: LoadGenerator;
  readonly #world: Stage;

  constructor(world: Stage) {
    this.#world = world;
    this.load = new LoadGenerator(
      `${world.urls.prod}/version`,
      RATE,
      {},
      {
        keepAlive: world.keepAlive ?? true,
        retryClosedConnections: world.retryReused,
      },
    ).start();
  }

  /**
   * Runs a step bundle; `during` runs while the step does (to break green mid-soak, say), and
   * `fails` marks a step whose failure is the point (a soak that rolls back fails on purpose).
   */
  async step(
    name: string,
    inputs: Record<string, string> = {},
    options: { during?: () => Promise<void>; fails?: boolean } = {},
  ): Promise<ActionRun & { startedAt: number }> {
    const startedAt = Date.now();
    const { workspace, env } = this.#world;
    const { result } = workspace
      ? startAction(name, { environment: "sandbox", ...inputs }, { ...env, GITHUB_WORKSPACE: workspace })
      : startAction(name, { ...this.#world.inputs, ...inputs }, env);
    await options.during?.();
    const run = await result;
    const ok = options.fails ? run.code !== 0 : run.code === 0;
    this.steps.push({ name, ok, ms: Math.round(run.ms) });
    const outputs = [
      "active-color",
      "previous-color",
      "deployed-version",
      "passed",
      "failed",
      "requests",
      "result",
      "torn-down-color",
    ]
      .filter((k) => run.outputs[k])
      .map((k) => `${k}=${run.outputs[k]}`)
      .join(" ");
    console.log(`  ${ok ? "ok  " : "FAIL"} ${name.padEnd(14)} ${String(Math.round(run.ms)).padStart(5)} ms  ${outputs}`);
    const notable =
      /^(::error::|::warning::|Plan|Already|Rollback requested|Invalidation \S+ on \S+ completed|verify-url served)/;
    for (const line of run.stdout.split("\n").filter((l) => notable.test(l))) {
      console.log(`         │ ${line}`);
    }
    return { ...run, startedAt };
  }

  async finish(name: string, extra: { ok: boolean; switchMs: number | null; rtoMs: number | null }): Promise<ScenarioReport> {
    const records = await this.load.stop();
    const figures = summarize(records);
    printTimeline(records);
    console.log(
      `  requests ${figures.requests}, failed ${figures.failedRequests}, injected errors ${figures.injectedErrors}, p95 ${figures.p95LatencyMs} ms`,
    );
    const ok = extra.ok && this.steps.every((s) => s.ok);
    return {
      name,
      ok,
      requests: figures.requests,
      failedRequests: figures.failedRequests,
      injectedErrors: figures.injectedErrors,
      switchMs: extra.switchMs,
      rtoMs: extra.rtoMs,
      steps: this.steps,
    };
  }
}

/**
 * One line per time bucket: █ the version blue serves (every sandbox starts with blue live, so the
 * first version answered), ░ the version green serves (whichever other version answered: v2, or v3
 * once deploy-standby rolled it out), × failed or 5xx.
 */
function printTimeline(records: LoadRecord[]): void {
  const versions = [...new Set(records.map((r) => r.version).filter((v) => v && !/^\d+$/.test(v)))];
  const blue = versions[0] ?? "v1";
  const green = versions.filter((v) => v !== blue).at(-1) ?? "v2";
  console.log(`  version mix per ${BUCKET_MS} ms (█ ${blue} on blue, ░ ${green} on green, × error):`);
  for (const { t, mix } of versionTimeline(records, BUCKET_MS)) {
    const total = Object.values(mix).reduce((a, b) => a + b, 0);
    const width = (n: number) => Math.round(((n ?? 0) / total) * 30);
    const others = versions.filter((v) => v !== blue).reduce((sum, v) => sum + (mix[v] ?? 0), 0);
    const errors = total - (mix[blue] ?? 0) - others;
    const bar = "█".repeat(width(mix[blue] ?? 0)) + "░".repeat(width(others)) + "×".repeat(width(errors));
    console.log(
      `  ${(t / 1000).toFixed(2).padStart(6)}s ${bar.padEnd(30)} ${Object.entries(mix)
        .map(([k, v]) => `${k}:${v}`)
        .join(" ")}`,
    );
  }
}

function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What the demo's smoke test checks on green before any user reaches it. */
const SMOKE_CHECKS = `
- name: home
  path: /
  expect: { status: 200, body-contains: <html }
- name: health
  path: /health
- name: assets
  kind: assets
  path: /
- name: session
  kind: session
  steps: [{ method: POST, path: /session }]
  verify: { path: /session }
  expect: { status: 200 }
`;

/** The purge inputs: the sandbox's distribution, checked through its edge; none without a CDN. */
function cdn(world: DemoWorld, expectedVersion: string): Record<string, string> {
  if (!world.cdn) return {};
  return { "distribution-id": world.cdn.distributionId, "verify-url": `${world.cdn.url}/`, "expected-version": expectedVersion };
}

async function cutover(world: DemoWorld): Promise<ScenarioReport> {
  console.log("\nScenario cutover: blue (v1) live; green (v2) is checked and warmed, then takes the traffic");
  const s = new Scenario(stageOf(world));
  await settle(300);
  await s.step("environment");
  await s.step("status");
  await s.step("deploy-standby", {
    version: "v2",
    "deploy-command": 'echo "deploying $CUTOVER_VERSION to $CUTOVER_STANDBY_COLOR"',
  });
  await s.step("smoke-test", { checks: SMOKE_CHECKS, "active-url": world.prodUrl, ...world.standby });
  await s.step("warm-caches", { paths: "/,/version,/api/info", "requests-per-path": "5", ...world.standby });
  const switched = await s.step("switch", { "expected-active-color": "blue" });
  if (world.cdn) await s.step("purge-cdn", cdn(world, "v2"));
  await settle(500);
  const after = await s.step("status");
  // On a schedule in real life, with a ttl of hours; 0s here so that the demo shows it.
  await s.step("teardown", { ttl: "0s" });
  const moved = lastNotFrom(s.load.records, "v2", switched.startedAt);
  return s.finish("cutover", {
    ok: after.outputs["active-color"] === "green",
    switchMs: moved - switched.startedAt,
    rtoMs: null,
  });
}

async function badGreenRollback(world: DemoWorld): Promise<ScenarioReport> {
  console.log("\nScenario bad-green-rollback: green goes bad during the soak; soak-monitor rolls back inline");
  const s = new Scenario(stageOf(world));
  await settle(300);
  const switched = await s.step("switch", { "expected-active-color": "blue" });
  let faultAt = 0;
  const soak = await s.step(
    "soak-monitor",
    { "probe-url": `${world.prodUrl}/version`, duration: "60s", ...cdn(world, "v1") },
    {
      fails: true,
      during: async () => {
        await settle(1_500);
        faultAt = Date.now();
        world.setApps("green", { errorRate: 1 });
        console.log(`  green answers 500 from ${new Date(faultAt).toISOString()}`);
      },
    },
  );
  await settle(500);
  const restored = lastNotFrom(s.load.records, "v1", faultAt);
  return s.finish("bad-green-rollback", {
    ok: soak.outputs.result === "rolled-back" && soak.outputs["active-color"] === "blue",
    switchMs: lastNotFrom(s.load.records, "v2", switched.startedAt, faultAt) - switched.startedAt,
    rtoMs: restored - faultAt,
  });
}

async function manualRollback(world: DemoWorld): Promise<ScenarioReport> {
  console.log("\nScenario manual-rollback: green live, a person presses the rollback button");
  const s = new Scenario(stageOf(world));
  const switched = await s.step("switch", { "expected-active-color": "blue" });
  await settle(500);
  const rollback = await s.step("rollback", {
    reason: "manual: product asked to hold the release",
    ...cdn(world, "v1"),
  });
  await settle(500);
  const restored = lastNotFrom(s.load.records, "v1", rollback.startedAt);
  return s.finish("manual-rollback", {
    ok: rollback.outputs["active-color"] === "blue",
    switchMs: lastNotFrom(s.load.records, "v2", switched.startedAt, rollback.startedAt) - switched.startedAt,
    rtoMs: restored - rollback.startedAt,
  });
}

async function oneStep(world: DemoWorld): Promise<ScenarioReport> {
  console.log("\nScenario one-step: the root action does the whole release in one step (uses: OWNER/cutover@v1)");
  const s = new Scenario(stageOf(world));
  await settle(300);
  const run = await s.step("cutover", {
    version: "v2",
    "deploy-command": 'echo "deploying $CUTOVER_VERSION to $CUTOVER_STANDBY_COLOR"',
    checks: SMOKE_CHECKS,
    "active-url": world.prodUrl,
    ...(world.standby.url ? { "standby-url": world.standby.url } : {}),
    "warm-paths": "/,/version,/api/info",
    "probe-url": `${world.prodUrl}/version`,
    "step-interval": "1s",
    ...(world.cdn ? { "distribution-id": world.cdn.distributionId, "cdn-verify-url": `${world.cdn.url}/` } : {}),
    "soak-duration": "3s",
  });
  // The switch is one phase inside the step: measured from the first answer by v2 until every answer is v2's.
  const firstNew = s.load.records.find((r) => r.version === "v2")?.at ?? run.startedAt;
  return s.finish("one-step", {
    ok: run.outputs.result === "passed" && run.outputs["active-color"] === "green",
    switchMs: lastNotFrom(s.load.records, "v2", firstNew) - firstNew,
    rtoMs: null,
  });
}

let workspace = "";

/** An ALB or nginx sandbox as the scenarios run it: the router defined once, in the workspace's environment file. */
function stageOf(world: DemoWorld): Stage {
  return { urls: { prod: world.prodUrl }, env: world.env, workspace, retryReused: world.retryReused };
}

async function demoOn(router: string): Promise<ScenarioReport[]> {
  console.log(
    `cutover demo on the local sandbox (router ${router}${router === "nginx" ? ": a real nginx" : ""}), ${RATE} requests/s on production.`,
  );
  console.log(`Every step runs from its committed bundle: ${STEP_NAMES.join(", ")}.`);
  const world = await startDemoWorld(router);
  workspace = environmentWorkspace(world);
  console.log(`The router is defined once, in ${path.join(workspace, ".github/cutover.yml")}; each step names the environment.`);
  const reports: ScenarioReport[] = [];
  try {
    for (const scenario of [cutover, badGreenRollback, manualRollback, oneStep]) {
      await world.reset();
      reports.push(await scenario(world));
    }
  } finally {
    await world.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
  return reports;
}

const ROUTERS = ["alb", "nginx", "kubernetes", "gateway-api", "istio", "route53"];
const reportAt = process.argv.indexOf("--report");
const routerAt = process.argv.indexOf("--router");
const router = routerAt > 0 ? (process.argv[routerAt + 1] ?? "") : "alb";
if (!ROUTERS.includes(router)) {
  console.error(`usage: npm run demo -- [--router ${ROUTERS.join("|")}] [--report FILE]`);
  process.exit(2);
}
const scenarioAt = process.argv.indexOf("--scenario");
const only = scenarioAt > 0 ? process.argv[scenarioAt + 1] : undefined;
if (only !== undefined && only !== "migrate") {
  console.error("usage: npm run demo -- --scenario migrate [--report FILE]");
  process.exit(2);
}
const scenarios = only
  ? await (await import("./postgres/demo.ts")).migrateDemo()
  : router === "kubernetes"
    ? await (await import("./kubernetes/demo.ts")).kubernetesDemo((stage) => new Scenario(stage), RATE)
    : router === "gateway-api" || router === "istio"
      ? await (await import("./kubernetes/weighted-demo.ts")).weightedDemo(router, (stage) => new Scenario(stage), RATE)
      : router === "route53"
        ? await (await import("./route53/demo.ts")).route53Demo(RATE)
        : await demoOn(router);
// The first scenario is the release: it must not fail a single request (migrate's too: the expand release).
const ok = scenarios.every((s) => s.ok) && (scenarios[0]?.failedRequests ?? 1) === 0;
// failed: requests that got no answer or a 5xx nobody injected; injected: the 5xx a broken green
// answered on purpose, which users saw. switch ms: until every request is answered by the new
// version; back on old ms: from the fault (or the rollback's start) until every request is answered
// by the old one (a soak's log line counts from the breach to the end of its rollback, purge included).
console.log("\nscenario             ok    requests  failed  injected  switch ms  back on old ms");
for (const s of scenarios) {
  console.log(
    `${s.name.padEnd(20)} ${s.ok ? "yes" : "NO "} ${String(s.requests).padStart(10)} ${String(s.failedRequests).padStart(7)} ${String(s.injectedErrors ?? 0).padStart(9)} ${String(s.switchMs ?? "no switch").padStart(10)} ${String(s.rtoMs ?? "no rollback").padStart(15)}`,
  );
}
console.log(ok ? "\nDemo passed." : "\nDemo FAILED.");
if (reportAt > 0 && process.argv[reportAt + 1])
  writeFileSync(process.argv[reportAt + 1] as string, `${JSON.stringify({ ok, scenarios }, null, 2)}\n`);
process.exitCode = ok ? 0 : 1;
