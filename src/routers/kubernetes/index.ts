// The kubernetes router: a Service's selector names the live color's Deployment; pods and
// EndpointSlices are the pools; annotations on the Deployments are the ledger.
import { loadedOnFirstCall } from "../../core/lazy.ts";
import { defineRouter } from "../define.ts";
import type { RouterPorts } from "../port.ts";
import type { KubeClient } from "./client.ts";
import { callPolicy, type KubernetesConfig, readKubernetesConfig } from "./config.ts";
import { KUBERNETES_INPUTS } from "./inputs.ts";
import { KubernetesLedger } from "./ledger.ts";
import { beforeFirstWrite, checkPermissions, KUBE_WRITES, servicePermissions } from "./permissions.ts";
import { KubernetesPool } from "./pool.ts";
import { KubernetesTraffic, serviceRouting } from "./traffic.ts";

/** What the kubernetes routers say of pods, and how they retire them. */
export const KUBERNETES_WORDS = {
  member: "pod",
  pool: "Deployment",
  retire: "scale to 0",
  restore: "scale back",
  retired: "scaled to 0",
  restored: "scaled back",
};

export const kubernetes = defineRouter<KubernetesConfig>({
  kind: "kubernetes",
  inputs: KUBERNETES_INPUTS,
  words: { ...KUBERNETES_WORDS, testRoute: "test Service" },
  readConfig: readKubernetesConfig,
  commandEnv: ({ namespace, deployments, service }, standby) => ({
    CUTOVER_NAMESPACE: namespace,
    CUTOVER_STANDBY_DEPLOYMENT: deployments[standby],
    CUTOVER_ACTIVE_DEPLOYMENT: deployments[standby === "blue" ? "green" : "blue"],
    CUTOVER_SERVICE: service,
  }),
  connect(k) {
    // The official client is large: it loads on the first call to the cluster, never for other routers.
    const client = loadedOnFirstCall<KubeClient>(() =>
      import("./client.ts").then((m) => {
        const kube = new m.KubeClient({
          kubeconfig: k.kubeconfig,
          context: k.context,
          namespace: k.namespace,
          policy: callPolicy(k),
        });
        const needs = servicePermissions([k.service, ...(k.testService ? [k.testService] : [])], k.deployments);
        let checked: Promise<void> | undefined;
        const check = () => (checked ??= checkPermissions((a) => kube.canI(a), k.namespace, needs));
        return beforeFirstWrite(kube, KUBE_WRITES, check);
      }),
    );
    return connectKubernetes(k, client);
  },
});

export function connectKubernetes(config: KubernetesConfig, client: KubeClient): RouterPorts {
  return {
    traffic: new KubernetesTraffic(client, config),
    pool: new KubernetesPool(client, config, serviceRouting(client, config)),
    ledger: new KubernetesLedger(client, config),
  };
}
