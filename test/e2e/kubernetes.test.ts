// The kubernetes router end to end: the committed bundles against the Kubernetes imitation, with
// real traffic through the Service's kube-proxy port. A switch is one patch of the selector.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS, untilLogged } from "../sandbox/cancel.ts";
import type { Cluster } from "../sandbox/kubernetes/cluster.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { expectNoAlbWords } from "../support/alb-words.ts";

let cluster: Cluster;
let dir: string;
let inputs: Record<string, string>;

beforeEach(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-e2e-"));
  inputs = {
    router: "kubernetes",
    namespace: "shop",
    ...SEEDED_ROUTES.kubernetes,
    kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
  };
});

afterEach(async () => {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
});

function serviceWrites() {
  return cluster.api.writes().filter((c) => c.resource === "services");
}

function selectors() {
  return { shop: cluster.selectorOf("shop"), preview: cluster.selectorOf("shop-preview") };
}

describe("the kubernetes router", () => {
  it("switches every new connection to green at 120 requests/s with none failed, then rolls back", async () => {
    const load = new LoadGenerator(`${cluster.urls.prod}/version`, 120, {}, { keepAlive: false }).start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const run = await runAction("switch", { ...inputs, "verify-url": `${cluster.urls.prod}/version`, "expected-version": "v2" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const switchedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    // One key moved; every other key of the selector stayed.
    expect(selectors()).toEqual({ shop: { app: "shop", version: "green" }, preview: { app: "shop", version: "blue" } });
    expect(run.stdout).toContain("Patch selector of Service shop/shop: blue 100 only → green 100 only");
    expect(run.stdout).toContain("Read back: the EndpointSlices of Service shop/shop list only green's pods (2 ready).");
    expect(run.stdout).toMatch(/verify-url served v2 10 times in a row/);
    expect(run.outputs).toMatchObject({ "active-color": "green", switched: "true" });
    expectNoAlbWords(run, "switch");
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.length).toBeGreaterThan(150);
    const after = records.filter((r) => r.at >= switchedAt);
    expect(after.length).toBeGreaterThan(50);
    expect(after.every((r) => r.version === "v2")).toBe(true);
    // The ledger: annotations on the Deployments.
    const green = cluster.store.get("deployments", "shop", "shop-green");
    expect(green?.metadata.annotations?.["cutover/live-since"]).toMatch(/^\d{4}-\d\d-\d\dT/);

    const back = await runAction("rollback", { ...inputs, reason: "e2e" });
    expect(back.code, back.stdout).toBe(0);
    expectNoAlbWords(back, "rollback");
    expect(selectors()).toEqual({ shop: { app: "shop", version: "blue" }, preview: { app: "shop", version: "green" } });
  });

  it("rolls back inline when green breaks during the soak", async () => {
    expect((await runAction("switch", inputs)).code).toBe(0);
    const { child, result } = startAction("soak-monitor", {
      ...inputs,
      "probe-url": `${cluster.urls.prod}/version`,
      duration: "60s",
    });
    await untilLogged(child, /Soak/i);
    cluster.setApps("green", { errorRate: 1 });
    const run = await result;
    expect(run.outputs, run.stdout).toMatchObject({ result: "rolled-back", "active-color": "blue" });
    expect(selectors()).toEqual({ shop: { app: "shop", version: "blue" }, preview: { app: "shop", version: "green" } });
    expect(
      cluster.store.get("deployments", "shop", "shop-green")?.metadata.annotations?.["cutover/rollback-reason"],
    ).toBeTruthy();
  });

  it("writes nothing on a dry run", async () => {
    const run = await runAction("switch", { ...inputs, "dry-run": "true" });
    expect(run.code, run.stdout).toBe(0);
    expect(cluster.api.writes()).toEqual([]);
    expect(selectors().shop.version).toBe("blue");
  });

  it("puts the selector back when the runner cancels the switch", async () => {
    const { child, result } = startAction("switch", {
      ...inputs,
      "verify-url": `${cluster.urls.prod}/version`,
      "expected-version": "v9",
    });
    await untilLogged(child, /Patch selector of Service shop\/shop/);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    expect((await cancel.exited) - cancel.at).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The run was cancelled.*Every route was put back/);
    expect(selectors()).toEqual({ shop: { app: "shop", version: "blue" }, preview: { app: "shop", version: "green" } });
  });

  it("stops without writing over a selector someone else changed during the switch", async () => {
    cluster.api.faults.push({
      verb: "patch",
      resource: "services",
      name: "shop",
      mode: "race",
      count: 1,
      // A person runs `kubectl patch` on the Service between cutover's read and its write.
      before: () => {
        const service = cluster.store.get("services", "shop", "shop");
        if (!service) return;
        (service.spec as { selector: Record<string, string> }).selector.tier = "web";
        cluster.store.update("services", service);
      },
    });
    const run = await runAction("switch", inputs);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*Another writer changed Service shop\/shop after this run read it/);
    expect(selectors().shop).toEqual({ app: "shop", version: "blue", tier: "web" });
    expect(selectors().preview).toEqual({ app: "shop", version: "green" });
  });

  it("refuses a switch when the standby has fewer ready pods than the active color", async () => {
    const green = cluster.store.get("deployments", "shop", "shop-green");
    (green?.spec as { replicas: number }).replicas = 1;
    cluster.store.update("deployments", green as NonNullable<typeof green>);
    await cluster.waitRolledOut();
    const run = await runAction("switch", inputs);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Capacity parity: green (Deployment shop-green) has 1 ready pod(s), fewer than 2");
    expect(serviceWrites()).toEqual([]);
    const half = await runAction("switch", { ...inputs, "min-capacity-percent": "50%" });
    expect(half.code, half.stdout).toBe(0);
  });

  it("rolls the standby onto a new image and waits for the rollout", async () => {
    const run = await runAction("deploy-standby", { ...inputs, version: "v3", image: "sandbox/shop:v3" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("Patched Deployment shop-green: container app sandbox/shop:v2 → sandbox/shop:v3");
    const answer = await fetch(`${cluster.urls.test}/version`);
    expect(await answer.text()).toBe("v3\n");
    expect(cluster.store.get("deployments", "shop", "shop-green")?.metadata.annotations?.["cutover/version"]).toBe("v3");
    expect(cluster.store.get("deployments", "shop", "shop-blue")?.metadata.annotations?.["cutover/version"]).toBeUndefined();
  });

  it("runs deploy-command with the standby's Deployment and namespace in its environment", async () => {
    const run = await runAction("deploy-standby", {
      ...inputs,
      version: "v2",
      "deploy-command":
        'echo "deploying $CUTOVER_VERSION to $CUTOVER_NAMESPACE/$CUTOVER_STANDBY_DEPLOYMENT, not $CUTOVER_ACTIVE_DEPLOYMENT"',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("deploying v2 to shop/shop-green, not shop-blue");
  });

  it("reports pods that never become ready with their reasons", async () => {
    const run = await runAction("deploy-standby", {
      ...inputs,
      version: "v3",
      image: "registry.example.com/missing/shop:v3",
      "health-timeout": "3s",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::green is not healthy after .*ImagePullBackOff/);
    // A failed health wait lists each pod: in Kubernetes' words, not ALB's.
    expectNoAlbWords(run, "deploy-standby that fails its health wait");
    expect(run.stdout).toContain('Back-off pulling image \\"registry.example.com/missing/shop:v3\\"'.replaceAll("\\", ""));
    // The old pods keep serving the preview: maxUnavailable 25% of 2 is 0.
    expect(await (await fetch(`${cluster.urls.test}/version`)).text()).toBe("v2\n");
  });

  it("tears down only the retired color, by scaling it to 0", async () => {
    expect((await runAction("switch", inputs)).code).toBe(0);
    const run = await runAction("teardown", { ...inputs, ttl: "0s", "drain-timeout": "20s" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("Scale to 0 on blue");
    expectNoAlbWords(run, "teardown");
    const status = await runAction("status", inputs);
    expect(status.code, status.stdout).toBe(0);
    expectNoAlbWords(status, "status after teardown");
    expect(cluster.replicasOf("shop-blue")).toBe(0);
    expect(cluster.replicasOf("shop-green")).toBe(2);
    expect(await (await fetch(`${cluster.urls.prod}/version`)).text()).toBe("v2\n");
  });
});

describe("bad kubernetes inputs", () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ["no service", { service: "" }, /Input 'service' is required/],
    ["a service name with capitals", { service: "Shop" }, /Input 'service' must be a Kubernetes name/],
    ["a namespace with a space", { namespace: "my shop" }, /Input 'namespace' must be a Kubernetes name/],
    ["the test service the same as production", { "test-service": "shop" }, /Input 'test-service' must differ from service/],
    ["a color label that is no label key", { "color-label": "color label" }, /Input 'color-label' must be a label key/],
    [
      "a deployment name with an underscore",
      { "blue-deployment": "shop_blue" },
      /Input 'blue-deployment' must be a Kubernetes name/,
    ],
    [
      "both colors on one Deployment",
      { "blue-deployment": "shop", "green-deployment": "shop" },
      /Input 'green-deployment' must differ/,
    ],
    ["a kubeconfig that is not there", { kubeconfig: "/nonexistent/kubeconfig" }, /Input 'kubeconfig' names no file/],
    ["a context with a space", { "kube-context": "prod eu" }, /Input 'kube-context' must be a context name/],
    ["an image with a space", { image: "shop: v3" }, /Input 'image' must be an image or container=image/],
    ["a capacity over 100%", { "min-capacity-percent": "150%" }, /Input 'min-capacity-percent' must be a percentage/],
    [
      "a linear strategy",
      { strategy: "linear" },
      /Input 'strategy' is linear, but the kubernetes router moves traffic all at once.*gateway-api, istio/,
    ],
  ];
  it.each(cases)("refuses %s with one error line and no write", async (_, bad, message) => {
    const run = await runAction("switch", { ...inputs, ...bad });
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(cluster.api.calls).toEqual([]);
  });
});
