// The nginx and Kubernetes sandboxes behind one face, for the cases that every router shares.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { nginxOrSkip, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { startNginxWorld } from "../sandbox/nginx/world.ts";

export interface Sandbox {
  inputs: Record<string, string>;
  prod: string;
  /** The color all production traffic goes to, or "split". */
  live(): string;
  /** green's rollback reason in the router's ledger. */
  greenReason(): string | undefined;
  stop(): Promise<void>;
}

export async function nginxSandbox(): Promise<Sandbox> {
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

export async function kubernetesSandbox(): Promise<Sandbox> {
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

export const routers: { name: string; skip: boolean; start: () => Promise<Sandbox> }[] = [
  { name: "nginx", skip: nginxOrSkip().skip, start: nginxSandbox },
  { name: "kubernetes", skip: false, start: kubernetesSandbox },
];
