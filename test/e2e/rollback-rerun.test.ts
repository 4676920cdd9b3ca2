// A rollback run a second time, as the Actions page's re-run does (same inputs, attempt 2), never
// moves production back to the color the first attempt left. The ALB case, where the first
// attempt failed on its CDN purge, is in purge.test.ts; here the same on nginx and Kubernetes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { nginxOrSkip, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { startNginxWorld } from "../sandbox/nginx/world.ts";
import { runAction } from "../sandbox/run-action.ts";

interface Sandbox {
  inputs: Record<string, string>;
  prod: string;
  /** The color all production traffic goes to, or "split". */
  live(): string;
  /** green's rollback reason in the router's ledger. */
  greenReason(): string | undefined;
  stop(): Promise<void>;
}

async function nginxSandbox(): Promise<Sandbox> {
  const world = await startNginxWorld();
  const managed = () => parseManagedFile(world.proxy.readFile(), world.proxy.file);
  return {
    inputs: world.inputs,
    prod: `${world.urls.prod}/version`,
    live: () => {
      const servers = managed().upstreams.find((u) => u.name === UPSTREAM)?.servers ?? [];
      const colors = new Set(servers.filter((s) => s.weight > 0).map((s) => s.color));
      return colors.size === 1 ? ([...colors][0] ?? "split") : "split";
    },
    greenReason: () => managed().ledger.green["cutover:rollback-reason"],
    stop: () => world.stop(),
  };
}

async function kubernetesSandbox(): Promise<Sandbox> {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-rerun-"));
  return {
    inputs: {
      router: "kubernetes",
      namespace: "shop",
      service: "shop",
      "test-service": "shop-preview",
      kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
    },
    prod: `${cluster.urls.prod}/version`,
    live: () => cluster.selectorOf("shop").version ?? "split",
    greenReason: () => cluster.store.get("deployments", "shop", "shop-green")?.metadata.annotations?.["cutover/rollback-reason"],
    stop: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const routers: { name: string; skip: boolean; start: () => Promise<Sandbox> }[] = [
  { name: "nginx", skip: nginxOrSkip().skip, start: nginxSandbox },
  { name: "kubernetes", skip: false, start: kubernetesSandbox },
];

describe.concurrent("a rollback run again", () => {
  for (const router of routers) {
    it.skipIf(router.skip)(`${router.name}: keeps production on the color it restored`, async () => {
      const sandbox = await router.start();
      try {
        expect((await runAction("switch", sandbox.inputs)).code).toBe(0);
        const inputs = { ...sandbox.inputs, reason: "green broke checkout" };
        const first = await runAction("rollback", inputs);
        expect(first.code, first.stdout).toBe(0);
        expect(sandbox.live()).toBe("blue");
        const load = new LoadGenerator(sandbox.prod, 40, {}, { keepAlive: false }).start();
        const again = await runAction("rollback", inputs, { GITHUB_RUN_ATTEMPT: "2" });
        const records = await load.stop();
        expect(again.code, again.stdout).toBe(0);
        expect(again.stdout).toMatch(/::warning::green was left by a rollback at \S+ .* to: previous means blue/);
        expect(again.outputs).toMatchObject({ "active-color": "blue", switched: "false" });
        expect(sandbox.live()).toBe("blue");
        expect(sandbox.greenReason()).toBe("green broke checkout");
        expect(records.length).toBeGreaterThan(0);
        expect(records.filter(isFailure)).toEqual([]);
        expect(records.every((r) => r.version === "v1")).toBe(true);
      } finally {
        await sandbox.stop();
      }
    });
  }
});
