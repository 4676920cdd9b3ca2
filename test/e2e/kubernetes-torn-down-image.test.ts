// deploy-standby with an image onto a color the teardown scaled to 0: the replicas come back and
// the image rolls out in one run, though the Deployment controller writes the status of the
// scaled-up Deployment (a new resourceVersion) between this run's read and its image patch.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";

let cluster: Cluster;
let dir: string;
let inputs: Record<string, string>;

beforeAll(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-torn-down-"));
  inputs = {
    router: "kubernetes",
    namespace: "shop",
    ...SEEDED_ROUTES.kubernetes,
    kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
  };
});

afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("deploy-standby onto a torn-down color", () => {
  it("scales green back to the count teardown saved and rolls it onto the new image", async () => {
    // Green goes live and is rolled back: retired, it is what teardown scales to 0.
    expect((await runAction("switch", inputs)).code).toBe(0);
    expect((await runAction("rollback", { ...inputs, reason: "e2e" })).code).toBe(0);
    const load = new LoadGenerator(`${cluster.urls.prod}/version`, 30, {}, { keepAlive: false }).start();
    const teardown = await runAction("teardown", { ...inputs, ttl: "0s", "drain-timeout": "20s" });
    expect(teardown.code, teardown.stdout).toBe(0);
    expect(cluster.replicasOf("shop-green")).toBe(0);

    const run = await runAction("deploy-standby", { ...inputs, version: "v3", image: "sandbox/shop:v3" });
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("Scaled Deployment shop-green back to 2 replica(s)");
    expect(run.stdout).toContain("Patched Deployment shop-green: container app sandbox/shop:v2 → sandbox/shop:v3");
    expect(cluster.replicasOf("shop-green")).toBe(2);
    expect(await (await fetch(`${cluster.urls.test}/version`)).text()).toBe("v3\n");
    // Blue keeps production whole throughout.
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.every((r) => r.version === "v1")).toBe(true);
  });
});
