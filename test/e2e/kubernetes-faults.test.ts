// The Kubernetes routers (kubernetes, gateway-api, istio) when the API server misbehaves or the
// cluster is not what the switch assumes: a cancel during a hung write, one failed read between
// steps, a rollback onto a smaller color, a selector the new pods cannot match, and a deploy onto
// a color teardown scaled to 0. The committed bundles run against the imitation while real
// requests go through kube-proxy, the gateway and the mesh. Cases run concurrently, each on its
// own cluster.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS, untilLogged } from "../sandbox/cancel.ts";
import type { ApiFault } from "../sandbox/kubernetes/api.ts";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { type KubeRouter, ROUTERS, untilServed } from "../sandbox/kubernetes/routers.ts";
import type { Any } from "../sandbox/kubernetes/store.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";

/** A cluster of its own for one case, with the router's inputs; stopped whatever the case does. */
async function withCluster(r: KubeRouter, test: (cluster: Cluster, inputs: Record<string, string>) => Promise<void>) {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-faults-"));
  try {
    const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
    await test(cluster, { router: r.router, namespace: "shop", kubeconfig, ...r.inputs });
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Until the fault has been taken by a call (it leaves the list then): a bounded wait. */
async function untilHit(cluster: Cluster, fault: ApiFault, withinMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + withinMs; cluster.api.faults.includes(fault); ) {
    if (Date.now() > deadline) throw new Error(`the fault on ${fault.verb} ${fault.resource} was never hit`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Until the API server has answered a call that matches: the call log takes a call when it ends. */
async function untilAnswered(cluster: Cluster, match: (c: Cluster["api"]["calls"][number]) => boolean, withinMs = 15_000) {
  for (const deadline = Date.now() + withinMs; !cluster.api.calls.some(match); ) {
    if (Date.now() > deadline) throw new Error("the call was never answered");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Blue down to 1 replica, as an HPA would scale it in while it carries no traffic. */
async function shrinkBlue(cluster: Cluster): Promise<void> {
  const d = cluster.store.get("deployments", "shop", "shop-blue") as NonNullable<ReturnType<typeof cluster.store.get>>;
  (d.spec as Any).replicas = 1;
  cluster.store.update("deployments", d);
  await cluster.waitRolledOut();
}

// One at a time: a cancel's grace is measured in wall-clock time, so these run apart from the rest.
describe.each(ROUTERS.map((r) => [r.router, r] as const))("the %s router cancelled", (_, r) => {
  it("puts every route back within the cancel's grace when the runner cancels during a hung write, and the late write lands nowhere", async () => {
    await withCluster(r, async (cluster, inputs) => {
      // The test route's write hangs in the API server for 8 s, then lands ("Kubernetes API
      // Concepts": a request whose client went away may still be stored; the harsher case).
      const fault: ApiFault = {
        verb: "patch",
        resource: r.resource,
        name: "shop-preview",
        mode: "latency",
        count: 1,
        latencyMs: 8_000,
      };
      cluster.api.faults.push(fault);
      const { child, result } = startAction("switch", inputs);
      await untilHit(cluster, fault);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const cancel = cancelLikeRunner(child);
      const run = await result;
      expect((await cancel.exited) - cancel.at, run.stdout).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
      expect(cancel.sent).toEqual(["SIGINT"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::The run was cancelled.*Every route was put back/);
      // The hung write reaches storage after the put-back: it carries a resourceVersion from before it, so it is refused.
      await untilAnswered(cluster, (c) => c.verb === "patch" && c.name === "shop-preview" && c.status === 409);
      expect([r.on(cluster, "shop"), r.on(cluster, "shop-preview")]).toEqual(["blue", "green"]);
      expect(run.outputs["active-color"]).toBe("blue");
      expect(await untilServed(r.prod(cluster), "v1")).toBe("v1");
      expect(await untilServed(r.test(cluster), "v2")).toBe("v2");
    });
  }, 60_000);
});

describe.concurrent.each(ROUTERS.map((r) => [r.router, r] as const))("the %s router", (_, r) => {
  it("rolls back inline during the soak onto a color with fewer ready pods, with a warning about capacity", async () => {
    await withCluster(r, async (cluster, inputs) => {
      expect((await runAction("switch", inputs)).code).toBe(0);
      // Blue shrank while green was live (an HPA scaled it in); then green starts failing.
      await shrinkBlue(cluster);
      cluster.setApps("green", { errorRate: 1 });
      const { child, result } = startAction("soak-monitor", {
        ...inputs,
        "probe-url": `${r.prod(cluster)}/version`,
        duration: "60s",
      });
      await untilLogged(child, /Soak/i);
      const soak = await result;
      expect(soak.outputs, soak.stdout).toMatchObject({ result: "rolled-back", "active-color": "blue" });
      expect(soak.stdout).toMatch(/::warning::Capacity: blue \(Deployment shop-blue\) has 1 ready pod\(s\), fewer than 2/);
      expect(r.on(cluster, "shop")).toBe("blue");
      expect(await untilServed(r.prod(cluster), "v1")).toBe("v1");
    });
  }, 90_000);

  it("rolls back by hand, then forced, onto a color with fewer ready pods, with a warning about capacity", async () => {
    await withCluster(r, async (cluster, inputs) => {
      await shrinkBlue(cluster);
      for (const force of ["false", "true"]) {
        cluster.setApps("green", { errorRate: 0 });
        expect((await runAction("switch", inputs)).code).toBe(0);
        cluster.setApps("green", { errorRate: 1 });
        const back = await runAction("rollback", { ...inputs, reason: "green fails", force });
        expect(back.code, back.stdout).toBe(0);
        expect(back.stdout).toContain("::warning::Capacity: blue (Deployment shop-blue) has 1 ready pod(s)");
        expect([r.on(cluster, "shop"), back.outputs["active-color"]]).toEqual(["blue", "blue"]);
        expect(await untilServed(r.prod(cluster), "v1")).toBe("v1");
      }
    });
  }, 90_000);

  it("deploys again onto the color teardown scaled to 0: the saved replicas come back, then health", async () => {
    await withCluster(r, async (cluster, inputs) => {
      expect((await runAction("deploy-standby", { ...inputs, version: "v2" })).code).toBe(0);
      expect((await runAction("switch", inputs)).code).toBe(0);
      const teardown = await runAction("teardown", { ...inputs, ttl: "0s", "drain-timeout": "20s" });
      expect(teardown.code, teardown.stdout).toBe(0);
      expect(cluster.replicasOf("shop-blue")).toBe(0);
      const deploy = await runAction("deploy-standby", { ...inputs, version: "v3", "health-timeout": "30s" });
      expect(deploy.code, deploy.stdout).toBe(0);
      expect(deploy.stdout).toContain("Scaled Deployment shop-blue back to 2 replica(s), the count teardown saved");
      expect(deploy.stdout).toMatch(/blue is healthy after/);
      expect(cluster.replicasOf("shop-blue")).toBe(2);
      expect(cluster.store.get("deployments", "shop", "shop-blue")?.metadata.annotations?.["cutover/version"]).toBe("v3");
      expect(await untilServed(r.test(cluster), "v1")).toBe("v1");
      expect(await untilServed(r.prod(cluster), "v2")).toBe("v2");
    });
  }, 90_000);
});

describe.concurrent.each(ROUTERS.filter((r) => r.router !== "kubernetes").map((r) => [r.router, r] as const))(
  "the %s router between steps",
  (_, r) => {
    it("finishes a stepped switch through one 500 on list pods in the gate window and one on the re-read before step 2", async () => {
      await withCluster(r, async (cluster, inputs) => {
        const { child, result } = startAction("switch", { ...inputs, strategy: "steps", steps: "50", "step-interval": "2s" });
        await untilLogged(child, /\(50% on green\)/);
        cluster.api.faults.push(
          { verb: "list", resource: "pods", mode: "error", count: 1 },
          { verb: "get", resource: r.resource, name: "shop", mode: "error", count: 1 },
        );
        const run = await result;
        expect(run.code, run.stdout).toBe(0);
        expect(cluster.api.faults).toEqual([]);
        expect([r.on(cluster, "shop"), r.on(cluster, "shop-preview")]).toEqual(["green", "blue"]);
        expect(run.outputs).toMatchObject({ "active-color": "green", switched: "true" });
        expect(await untilServed(r.prod(cluster), "v2")).toBe("v2");
      });
    }, 60_000);
  },
);

describe.concurrent("the kubernetes router's selector", () => {
  const kube = ROUTERS[0] as KubeRouter;

  it("refuses, before any write, a selector with a label only the live color's pods carry, naming it", async () => {
    await withCluster(kube, async (cluster, inputs) => {
      // Blue's pods carry tier: web, and the production Service selects by it too.
      const blue = cluster.store.get("deployments", "shop", "shop-blue") as NonNullable<ReturnType<typeof cluster.store.get>>;
      (blue.spec as Any).template.metadata.labels.tier = "web";
      cluster.store.update("deployments", blue);
      await cluster.waitRolledOut();
      const service = cluster.store.get("services", "shop", "shop") as NonNullable<ReturnType<typeof cluster.store.get>>;
      (service.spec as Any).selector.tier = "web";
      cluster.store.update("services", service);
      expect(await untilServed(kube.prod(cluster), "v1")).toBe("v1");
      const writesBefore = cluster.api.writes().length;
      const run = await runAction("switch", inputs);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::Service shop\/shop selects app=shop,version=green,tier=web once it names green, and the pods of Deployment shop-green do not match tier=web \(green's pods have no tier label\)/,
      );
      expect(run.stdout).toContain("Nothing was written.");
      expect(cluster.api.writes().slice(writesBefore)).toEqual([]);
      expect(cluster.selectorOf("shop")).toEqual({ app: "shop", version: "blue", tier: "web" });
      expect(await untilServed(kube.prod(cluster), "v1")).toBe("v1");
    });
  }, 60_000);

  it("fails the read-back and puts the selector back when the new color has no ready endpoint", async () => {
    await withCluster(kube, async (cluster, inputs) => {
      // Green's readiness probe fails: its pods stay, none is ready.
      cluster.setApps("green", { healthy: false });
      for (const deadline = Date.now() + 10_000; ; ) {
        const pods = cluster.store.list("pods", "shop").filter((p) => p.metadata.labels?.version === "green");
        const ready = pods.filter((p) =>
          ((p.status as Any)?.conditions ?? []).some((c: Any) => c.type === "Ready" && c.status === "True"),
        );
        if (pods.length > 0 && ready.length === 0) break;
        if (Date.now() > deadline) throw new Error("green's pods stayed ready");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const run = await runAction("switch", {
        ...inputs,
        "require-healthy": "false",
        "min-capacity-percent": "0%",
        "verify-timeout": "3s",
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toMatch(/Read back failed: .* the EndpointSlices of Service shop\/shop list no ready pod of green/);
      expect(run.stdout).toMatch(/Every route was put back/);
      expect(cluster.selectorOf("shop").version).toBe("blue");
      expect(run.outputs["active-color"]).toBe("blue");
      expect(await untilServed(kube.prod(cluster), "v1")).toBe("v1");
    });
  }, 60_000);
});
