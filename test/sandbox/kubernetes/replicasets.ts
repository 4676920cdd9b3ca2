// The ReplicaSets a Deployment's rollout goes through, and the Events the Deployment controller
// records, kept by controllers.ts after each reconcile. Sources: "Deployments" (a new ReplicaSet
// per pod template, pod-template-hash, revisionHistoryLimit, the revision annotation that
// `kubectl rollout history` reads) and the Event API reference (involvedObject, reason, count).
// Pods stay the unit the controller acts on: each ReplicaSet here reports the pods of its hash.
import { randomBytes } from "node:crypto";
import type { Any, KubeObject, Store } from "./store.ts";

export const REVISION = "deployment.kubernetes.io/revision";

const isReady = (pod: KubeObject) =>
  ((pod.status as Any)?.conditions ?? []).some((c: Any) => c.type === "Ready" && c.status === "True");

const now = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

function replicaSetsOf(store: Store, deployment: KubeObject): KubeObject[] {
  return store
    .list("replicasets", deployment.metadata.namespace)
    .filter((rs) => (rs.metadata.ownerReferences as Any[] | undefined)?.[0]?.uid === deployment.metadata.uid);
}

/** The ReplicaSet of `hash`, made with the next revision when the template is new (or reused, as a rollback does). */
export function replicaSetFor(store: Store, deployment: KubeObject, hash: string): KubeObject {
  const all = replicaSetsOf(store, deployment);
  const revision = Math.max(0, ...all.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0)));
  const name = `${deployment.metadata.name}-${hash}`;
  const found = all.find((rs) => rs.metadata.name === name);
  const spec = deployment.spec as Any;
  if (found) {
    if (Number(found.metadata.annotations?.[REVISION]) === revision) return found;
    found.metadata.annotations = { ...found.metadata.annotations, [REVISION]: String(revision + 1) };
    return store.update("replicasets", found);
  }
  const cause = deployment.metadata.annotations?.["kubernetes.io/change-cause"];
  return store.create("replicasets", {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name,
      namespace: deployment.metadata.namespace,
      labels: { ...spec.template?.metadata?.labels, "pod-template-hash": hash },
      annotations: { [REVISION]: String(revision + 1), ...(cause ? { "kubernetes.io/change-cause": cause } : {}) },
      ownerReferences: [
        {
          apiVersion: "apps/v1",
          kind: "Deployment",
          name: deployment.metadata.name,
          uid: deployment.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      replicas: 0,
      selector: { matchLabels: { ...spec.selector?.matchLabels, "pod-template-hash": hash } },
      template: {
        ...structuredClone(spec.template),
        metadata: { ...spec.template?.metadata, labels: { ...spec.template?.metadata?.labels, "pod-template-hash": hash } },
      },
    },
  });
}

/**
 * Each ReplicaSet's replicas and status from the pods of its hash; a change of replicas is a
 * ScalingReplicaSet Event on the Deployment. Old ReplicaSets at 0 beyond revisionHistoryLimit go.
 */
export function syncReplicaSets(store: Store, deployment: KubeObject, pods: KubeObject[]): void {
  const limit = Number((deployment.spec as Any).revisionHistoryLimit ?? 10);
  const all = replicaSetsOf(store, deployment);
  for (const rs of all) {
    const hash = rs.metadata.labels?.["pod-template-hash"];
    const mine = pods.filter((p) => p.metadata.labels?.["pod-template-hash"] === hash);
    const before = Number((rs.spec as Any).replicas ?? 0);
    const ready = mine.filter(isReady).length;
    const status = {
      replicas: mine.length,
      fullyLabeledReplicas: mine.length,
      readyReplicas: ready,
      availableReplicas: ready,
      // The update below bumps the generation when the replicas change; the status reports that one.
      observedGeneration: (rs.metadata.generation ?? 1) + (before === mine.length ? 0 : 1),
    };
    if (before === mine.length && JSON.stringify(rs.status) === JSON.stringify(status)) continue;
    store.update("replicasets", { ...rs, spec: { ...(rs.spec as Any), replicas: mine.length }, status });
    if (before !== mine.length) {
      const way = mine.length > before ? "up" : "down";
      event(
        store,
        deployment,
        "ScalingReplicaSet",
        `Scaled ${way} replica set ${rs.metadata.name} from ${before} to ${mine.length}`,
      );
    }
  }
  const idle = all
    .filter((rs) => pods.every((p) => p.metadata.labels?.["pod-template-hash"] !== rs.metadata.labels?.["pod-template-hash"]))
    .sort((a, b) => Number(a.metadata.annotations?.[REVISION]) - Number(b.metadata.annotations?.[REVISION]));
  const current = all.reduce(
    (a, b) => (Number(b.metadata.annotations?.[REVISION]) > Number(a.metadata.annotations?.[REVISION]) ? b : a),
    all[0] as KubeObject,
  );
  for (const rs of idle.filter((r) => r !== current).slice(0, Math.max(0, idle.length - limit))) store.delete("replicasets", rs);
}

/** A core/v1 Event about `object`, from the deployment controller. */
export function event(store: Store, object: KubeObject, reason: string, message: string): void {
  const at = now();
  store.create("events", {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name: `${object.metadata.name}.${randomBytes(8).toString("hex")}`, namespace: object.metadata.namespace },
    involvedObject: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name,
      namespace: object.metadata.namespace,
      uid: object.metadata.uid,
    },
    reason,
    message,
    type: "Normal",
    source: { component: "deployment-controller" },
    reportingComponent: "deployment-controller",
    firstTimestamp: at,
    lastTimestamp: at,
    count: 1,
  });
}
