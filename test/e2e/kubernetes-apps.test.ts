// The kubernetes router against Deployments that behave as a real cluster's do: a ledger write
// bumps the generation (the apps registry's PrepareForUpdate) and the controller observes it
// later; a paused Deployment rolls nothing out. The committed bundles, as the runner runs them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KubeClient } from "../../src/routers/kubernetes/client.ts";
import type { KubernetesConfig } from "../../src/routers/kubernetes/config.ts";
import { KubernetesLedger } from "../../src/routers/kubernetes/ledger.ts";
import { KubernetesPool } from "../../src/routers/kubernetes/pool.ts";
import { serviceRouting } from "../../src/routers/kubernetes/traffic.ts";
import type { Cluster } from "../sandbox/kubernetes/cluster.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import { runAction } from "../sandbox/run-action.ts";

let cluster: Cluster;
let dir: string;
let inputs: Record<string, string>;

beforeEach(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-apps-e2e-"));
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

function annotate(name: string, annotations: Record<string, string>): void {
  const d = cluster.store.get("deployments", "shop", name);
  if (!d) throw new Error(`no deployment ${name}`);
  d.metadata.annotations = { ...d.metadata.annotations, ...annotations };
  cluster.store.update("deployments", d);
}

describe("the kubernetes router and the Deployment controller", () => {
  it("waits for the controller to observe a generation moved by an annotation before judging the rollout", async () => {
    // The router's own pool and client, so that the controller can be held at a known moment.
    const client = new KubeClient({ kubeconfig: inputs.kubeconfig as string, context: "", namespace: "shop" });
    const config = {
      namespace: "shop",
      service: "shop",
      testService: "shop-preview",
      colorLabel: "version",
      deployments: { blue: "shop-blue", green: "shop-green" },
    } as KubernetesConfig;
    const pool = new KubernetesPool(client, config, serviceRouting(client, config));
    cluster.controllers.hold();
    annotate("shop-green", { "cutover/deployed-at": "2026-01-01T00:00:00Z" });
    // The controller resumes once the pool has read the Deployment unobserved: a judgement made
    // on that read alone would see an unfinished rollout.
    const since = cluster.api.calls.length;
    const read = () => cluster.api.calls.slice(since).some((c) => c.verb === "get" && c.name === "shop-green");
    const released = setInterval(() => {
      if (read()) cluster.controllers.release();
    }, 10);
    try {
      const health = await pool.health("green");
      expect(read()).toBe(true);
      expect(health.filter((t) => t.id.startsWith("deployment/"))).toEqual([]);
      expect(health.map((t) => t.state)).toEqual(["healthy", "healthy"]);
    } finally {
      clearInterval(released);
      cluster.controllers.release();
    }
  });

  it("judges the rollout by the Deployment's status at once after its own ledger write, with the controller held", async () => {
    const client = new KubeClient({ kubeconfig: inputs.kubeconfig as string, context: "", namespace: "shop" });
    const config = {
      namespace: "shop",
      service: "shop",
      testService: "shop-preview",
      colorLabel: "version",
      deployments: { blue: "shop-blue", green: "shop-green" },
    } as KubernetesConfig;
    const pool = new KubernetesPool(client, config, serviceRouting(client, config));
    cluster.controllers.hold();
    try {
      await new KubernetesLedger(client, config).write("green", { "cutover:version": "v2" });
      const d = cluster.store.get("deployments", "shop", "shop-green");
      // The annotation moved the generation past what the held controller observed...
      const observedGeneration = (d?.status as { observedGeneration?: number } | undefined)?.observedGeneration ?? 0;
      expect(observedGeneration).toBeLessThan(d?.metadata.generation ?? 0);
      // ...but this client made that generation, and the spec is the one the status describes.
      const health = await pool.health("green");
      expect(health.map((t) => t.state)).toEqual(["healthy", "healthy"]);
    } finally {
      cluster.controllers.release();
    }
  });

  it("judges the standby rolled out once the controller observes the generation a ledger write moved", async () => {
    // The controller syncs a new generation 1.5 s after it is stored: a busy controller.
    cluster.controllers.observeLagMs = 1_500;
    annotate("shop-green", { "cutover/version": "v2" });
    const d = cluster.store.get("deployments", "shop", "shop-green");
    const observed = (d?.status as { observedGeneration: number } | undefined)?.observedGeneration ?? 0;
    expect(observed).toBeLessThan(d?.metadata.generation ?? 0);
    const run = await runAction("switch", inputs);
    expect(run.code, run.stdout).toBe(0);
    expect(cluster.selectorOf("shop")).toEqual({ app: "shop", version: "green" });
  });

  it("names a paused standby Deployment in one line, and writes nothing", async () => {
    const green = cluster.store.get("deployments", "shop", "shop-green");
    (green?.spec as { paused?: boolean }).paused = true;
    cluster.store.update("deployments", green as NonNullable<typeof green>);
    const ways: Record<string, string>[] = [{ image: "sandbox/shop:v3" }, { "deploy-command": "true" }];
    for (const extra of ways) {
      const run = await runAction("deploy-standby", { ...inputs, version: "v3", "health-timeout": "5s", ...extra });
      expect(run.code).toBe(1);
      const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
      expect(errors).toEqual([
        "::error::Deployment shop/shop-green is paused (spec.paused: true), so nothing rolls out: resume it with `kubectl rollout resume deployment/shop-green -n shop` and run deploy-standby again.",
      ]);
      expect(run.stdout).not.toContain("Waiting for green");
    }
    expect(cluster.api.writes()).toEqual([]);
  });

  it("names the quota that keeps the standby's new pods from being created (ReplicaFailure)", async () => {
    // A ResourceQuota of 4 pods: blue's 2 and green's 2 fill it, so the rollout's surge pod is refused.
    cluster.controllers.quotas.set("shop", { name: "pods", pods: 4 });
    const run = await runAction("deploy-standby", { ...inputs, version: "v3", image: "sandbox/shop:v3", "health-timeout": "3s" });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(
      /deployment\/shop-green unhealthy \(FailedCreate: pods "shop-green-[a-z0-9]+-" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=4, limited: pods=4/,
    );
    const status = cluster.store.get("deployments", "shop", "shop-green")?.status as {
      conditions?: { type: string; reason: string }[];
    };
    const conditions = status?.conditions ?? [];
    expect(conditions.find((c) => c.type === "ReplicaFailure")?.reason).toBe("FailedCreate");
  });
});
