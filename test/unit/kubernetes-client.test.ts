// The kubernetes router's client module against the Kubernetes imitation: what it reads, and how
// its guarded writes end when someone else wrote first.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.ts";
import { AnotherWriterError, KubeCallError, KubeClient, WRITE_KEY, writeToken } from "../../src/routers/kubernetes/client.ts";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";

let cluster: Cluster;
let dir: string;
let kube: KubeClient;

beforeAll(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-client-"));
  kube = new KubeClient({ kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")), context: "", namespace: "shop" });
});
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the kubernetes client", () => {
  it("reads a Service, a Deployment's rollout, its pods and the Service's endpoints", async () => {
    expect(await kube.readService("shop")).toMatchObject({ name: "shop", selector: { app: "shop", version: "blue" } });
    const d = await kube.readDeployment("shop-blue");
    expect(d).toMatchObject({
      desired: 2,
      replicas: 2,
      updated: 2,
      available: 2,
      ready: 2,
      selector: { app: "shop", version: "blue" },
    });
    expect(d.observedGeneration).toBe(d.generation);
    expect(d.containers).toEqual([
      { name: "app", image: "sandbox/shop:v1", ports: "8080/TCP", probe: "GET /health:8080 every 10s, 3 failures" },
    ]);
    const pods = await kube.listPods(d.selector);
    expect(pods.map((p) => p.ready)).toEqual([true, true]);
    const endpoints = await kube.endpoints("shop");
    expect(endpoints.map((e) => e.pod).sort()).toEqual(pods.map((p) => p.name).sort());
  });

  it("patches one selector key under a resourceVersion guard, and names another writer on a 409", async () => {
    const read = await kube.readService("shop-preview");
    const written = await kube.patchSelector("shop-preview", read.resourceVersion, { version: "blue" }, writeToken());
    expect(written.selector).toEqual({ app: "shop", version: "blue" });
    const stale = kube.patchSelector("shop-preview", read.resourceVersion, { version: "green" }, writeToken());
    await expect(stale).rejects.toBeInstanceOf(AnotherWriterError);
    await expect(stale).rejects.toThrow(
      /Another writer changed Service shop\/shop-preview after this run read it .*the object has been modified/,
    );
    expect((await kube.readService("shop-preview")).selector.version).toBe("blue");
    await kube.patchSelector("shop-preview", written.resourceVersion, { version: "green" }, writeToken());
  });

  it("annotates, scales, and reports a refused call with its status and the server's message", async () => {
    await kube.annotate("shop-green", { "cutover/version": "v2" }, []);
    expect((await kube.readDeployment("shop-green")).annotations["cutover/version"]).toBe("v2");
    await kube.annotate("shop-green", {}, ["cutover/version"]);
    expect((await kube.readDeployment("shop-green")).annotations["cutover/version"]).toBeUndefined();
    await kube.scale("shop-green", 3);
    expect((await kube.readDeployment("shop-green")).desired).toBe(3);
    await kube.scale("shop-green", 2);
    const missing = kube.readDeployment("shop-purple");
    await expect(missing).rejects.toBeInstanceOf(KubeCallError);
    await expect(missing).rejects.toThrow(
      'Kubernetes get deployment shop/shop-purple failed: 404 deployments.apps "shop-purple" not found.',
    );
    // A 500 that lasts longer than max-attempts is reported with the server's message.
    cluster.api.faults.push({ verb: "get", resource: "services", mode: "error", count: 5 });
    await expect(kube.readService("shop")).rejects.toThrow(/failed: 500 Internal error occurred/);
  });

  it("refuses a kubeconfig without the context asked for", () => {
    expect(() => new KubeClient({ kubeconfig: path.join(dir, "kubeconfig"), context: "prod-eu", namespace: "shop" })).toThrow(
      ConfigurationError,
    );
  });

  it("tries a 500, a 429 and a call past its timeout again, and a write whose selector reads so moves the resourceVersion", async () => {
    const quick = new KubeClient({
      kubeconfig: path.join(dir, "kubeconfig"),
      context: "",
      namespace: "shop",
      policy: { timeoutMs: 1_000, attempts: 3 },
    });
    const gets = () => cluster.api.calls.filter((c) => c.verb === "get" && c.resource === "services").length;
    for (const fault of [
      { mode: "error" as const, count: 2 },
      { mode: "throttle" as const, count: 1 },
      { mode: "latency" as const, count: 1, latencyMs: 1_500 },
    ]) {
      const before = gets();
      cluster.api.faults.push({ verb: "get", resource: "services", ...fault });
      expect((await quick.readService("shop")).selector.version).toBe("blue");
      // The call that ran past its timeout is logged when the server ends it; wait for it.
      await expect.poll(() => gets() - before).toBe(fault.count + 1);
    }
    const read = await quick.readService("shop");
    const again = await quick.patchSelector("shop", read.resourceVersion, { version: "blue" }, "t-1");
    expect(again.resourceVersion).not.toBe(read.resourceVersion);
    expect(again.written).toBe("t-1");
    expect(cluster.store.get("services", "shop", "shop")?.metadata.annotations?.[WRITE_KEY]).toBe("t-1");
  });

  it("gives up on a 404 at once, and a cancel ends a hung call without waiting for it", async () => {
    const before = cluster.api.calls.length;
    await expect(kube.readDeployment("shop-purple")).rejects.toThrow(/404/);
    expect(cluster.api.calls.length - before).toBe(1);
    cluster.api.faults.push({ verb: "get", resource: "services", mode: "latency", count: 1, latencyMs: 5_000 });
    const controller = new AbortController();
    const started = Date.now();
    const hung = kube.readService("shop", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("cancelled")), 100);
    await expect(hung).rejects.toThrow("cancelled");
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
