// npm run demo -- --router kubernetes: the main job on the Kubernetes sandbox. A release rolls the
// standby Deployment onto a new image, checks it through the preview Service, and flips the
// production Service's selector, while a client opens a new connection per request; then a person
// rolls back, a bad image is caught before it gets traffic, and teardown scales the retired color to 0.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Scenario, ScenarioReport, Stage } from "../demo.ts";
import { lastNotFrom } from "../load.ts";
import { type Cluster, startCluster } from "./cluster.ts";

function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function release(s: Scenario, cluster: Cluster): Promise<ScenarioReport> {
  await settle(300);
  await s.step("status");
  await s.step("deploy-standby", { version: "v3", image: "sandbox/shop:v3" });
  await s.step("smoke-test", {
    url: cluster.urls.test,
    checks: "- name: home\n  path: /\n  expect: { status: 200, body-contains: v3 }",
  });
  const switched = await s.step("switch", { "expected-active-color": "blue", "verify-url": `${cluster.urls.prod}/version` });
  await settle(500);
  const after = await s.step("status");
  const moved = lastNotFrom(s.load.records, "v3", switched.startedAt);
  return s.finish("kubernetes-release", {
    ok: after.outputs["active-color"] === "green",
    switchMs: moved - switched.startedAt,
    rtoMs: null,
  });
}

async function rollback(s: Scenario): Promise<ScenarioReport> {
  const run = await s.step("rollback", { reason: "manual: product asked to hold the release" });
  await settle(500);
  const restored = lastNotFrom(s.load.records, "v1", run.startedAt);
  return s.finish("kubernetes-rollback", {
    ok: run.outputs["active-color"] === "blue",
    switchMs: null,
    rtoMs: restored - run.startedAt,
  });
}

async function badImage(s: Scenario): Promise<ScenarioReport> {
  const run = await s.step(
    "deploy-standby",
    { version: "v4", image: "registry.example.com/shop:v4", "health-timeout": "3s" },
    { fails: true },
  );
  const reported = /ImagePullBackOff/.test(run.stdout);
  console.log(`  the failed deploy ${reported ? "names" : "does NOT name"} ImagePullBackOff; blue keeps the traffic`);
  return s.finish("kubernetes-bad-image", { ok: reported, switchMs: null, rtoMs: null });
}

async function teardown(s: Scenario, cluster: Cluster): Promise<ScenarioReport> {
  // On a schedule in real life, with a ttl of hours; 0s here so that the demo shows it.
  await s.step("teardown", { ttl: "0s" });
  const replicas = cluster.replicasOf("shop-green");
  console.log(`  shop-green has ${replicas} replicas; shop-blue keeps serving`);
  return s.finish("kubernetes-teardown", { ok: replicas === 0, switchMs: null, rtoMs: null });
}

export async function kubernetesDemo(scenario: (stage: Stage) => Scenario, rate: number): Promise<ScenarioReport[]> {
  console.log(`cutover demo on the Kubernetes sandbox, ${rate} requests/s on the production Service, a new connection each.`);
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-demo-"));
  const stage: Stage = {
    urls: { prod: cluster.urls.prod },
    inputs: {
      router: "kubernetes",
      namespace: cluster.namespace,
      service: "shop",
      "test-service": "shop-preview",
      kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
    },
    env: {},
    keepAlive: false,
  };
  const reports: ScenarioReport[] = [];
  try {
    console.log("\nScenario kubernetes-release: blue (v1) live; green is rolled onto v3, checked, and selected");
    reports.push(await release(scenario(stage), cluster));
    console.log("\nScenario kubernetes-rollback: a person presses the rollback button");
    reports.push(await rollback(scenario(stage)));
    console.log("\nScenario kubernetes-bad-image: the next release names an image the registry does not have");
    reports.push(await badImage(scenario(stage)));
    console.log("\nScenario kubernetes-teardown: the retired green Deployment is scaled to 0");
    reports.push(await teardown(scenario(stage), cluster));
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return reports;
}
