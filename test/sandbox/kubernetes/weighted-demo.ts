// npm run demo -- --router gateway-api|istio: the main job on the Kubernetes sandbox with a
// weighted route. A release rolls the standby Deployment onto a new image, checks it through the
// test route, and moves the production route's weights in steps of 10, 50 and 100% under load;
// then a person rolls back. The inputs are the ones `npm run sandbox -- --router <kind>` prints.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Scenario, ScenarioReport, Stage } from "../demo.ts";
import { type LoadRecord, lastNotFrom } from "../load.ts";
import { type Cluster, startCluster } from "./cluster.ts";

type Weighted = "gateway-api" | "istio";

function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The share of v3 among the answers sent in [from, to), in percent. */
function share(records: LoadRecord[], from: number, to: number): string {
  const window = records.filter((r) => r.at >= from && r.at < to);
  const v3 = window.filter((r) => r.version === "v3").length;
  return `${Math.round((v3 / Math.max(1, window.length)) * 100)}% of ${window.length}`;
}

async function release(
  s: Scenario,
  cluster: Cluster,
  router: Weighted,
  urls: { prod: string; test: string },
): Promise<ScenarioReport> {
  await settle(300);
  await s.step("status");
  await s.step("deploy-standby", { version: "v3", image: "sandbox/shop:v3" });
  await s.step("smoke-test", {
    url: urls.test,
    checks: "- name: home\n  path: /\n  expect: { status: 200, body-contains: v3 }",
  });
  const switched = await s.step("switch", {
    "expected-active-color": "blue",
    strategy: "steps",
    steps: "10,50",
    "step-interval": "5s",
    // The sandbox's planes carry a change within a few hundred ms (propagation.ts, scaled).
    "settle-time": "500ms",
    "verify-url": `${urls.prod}/version`,
  });
  await settle(3_000);
  const after = await s.step("status");
  const patches = cluster.api
    .writes()
    .filter((c) => c.resource === (router === "istio" ? "virtualservices" : "httproutes") && c.name === "shop")
    .map((c) => c.at);
  for (const [i, percent] of [10, 50, 100].entries()) {
    const from = (patches[i] ?? 0) + 300;
    console.log(`  at ${percent}%: v3 answered ${share(s.load.records, from, patches[i + 1] ?? Date.now())}`);
  }
  const moved = lastNotFrom(s.load.records, "v3", switched.startedAt);
  return s.finish(`${router}-release`, {
    ok: after.outputs["active-color"] === "green",
    switchMs: moved - switched.startedAt,
    rtoMs: null,
  });
}

async function rollback(s: Scenario, router: Weighted): Promise<ScenarioReport> {
  const run = await s.step("rollback", { reason: "manual: product asked to hold the release" });
  await settle(500);
  const restored = lastNotFrom(s.load.records, "v1", run.startedAt);
  return s.finish(`${router}-rollback`, {
    ok: run.outputs["active-color"] === "blue",
    switchMs: null,
    rtoMs: restored - run.startedAt,
  });
}

export async function weightedDemo(
  router: Weighted,
  scenario: (stage: Stage) => Scenario,
  rate: number,
): Promise<ScenarioReport[]> {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), `cutover-${router}-demo-`));
  const env = cluster.envFile(router, cluster.writeKubeconfig(path.join(dir, "kubeconfig")), "");
  const stage: Stage = {
    urls: { prod: env.CUTOVER_PROD_URL as string },
    inputs: { router, ...(JSON.parse(env.CUTOVER_ROUTER_INPUTS as string) as Record<string, string>) },
    env: {},
    keepAlive: true,
  };
  console.log(`cutover demo on the Kubernetes sandbox, router ${router}: ${rate} requests/s on the production route.`);
  const reports: ScenarioReport[] = [];
  try {
    console.log(`\nScenario ${router}-release: blue (v1) live; green is rolled onto v3, checked, and weighted in`);
    reports.push(
      await release(scenario(stage), cluster, router, { prod: stage.urls.prod, test: env.CUTOVER_TEST_URL as string }),
    );
    console.log(`\nScenario ${router}-rollback: a person presses the rollback button`);
    reports.push(await rollback(scenario(stage), router));
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return reports;
}
