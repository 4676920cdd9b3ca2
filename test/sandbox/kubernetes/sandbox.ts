// The Kubernetes sandbox as `npm run sandbox -- --router kubernetes|gateway-api|istio` runs it:
// the cluster, its control endpoint, and a kubeconfig next to the env file.
import { startCluster } from "./cluster.ts";
import { KubeControl } from "./control.ts";

export async function startKubeSandbox(
  router: "kubernetes" | "gateway-api" | "istio",
  envFile: string,
): Promise<{ envFile: Record<string, string>; appTargets(): string[]; stop(): Promise<void> }> {
  const cluster = await startCluster();
  const control = new KubeControl(cluster);
  const kubeconfig = cluster.writeKubeconfig(`${envFile}.kubeconfig`);
  const env = cluster.envFile(router, kubeconfig, await control.listen());
  return {
    envFile: env,
    appTargets: () => cluster.kubelet.apps().map(({ app }) => `${app.host}:${app.port}`),
    async stop() {
      await control.close();
      await cluster.stop();
    },
  };
}
