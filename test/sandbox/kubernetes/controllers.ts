// Over 300 lines: the Deployment and EndpointSlice controllers share one tick and one view of the pods.
// The control plane's loops, run on a short tick: the Deployment controller (a RollingUpdate over
// pods, "Deployments": Rolling Update Deployment, max surge and max unavailable, and the status it
// reports), the EndpointSlice controller ("EndpointSlices": conditions ready / serving /
// terminating); route-status.ts sets HTTPRoute and VirtualService status.
import { createHash, randomBytes } from "node:crypto";
import { gatewayClassStatus, gatewayStatus, httpRouteStatus } from "./gateway-status.ts";
import type { Kubelet } from "./pods.ts";
import { replicaSetFor, syncReplicaSets } from "./replicasets.ts";
import { virtualServiceStatus } from "./route-status.ts";
import { selects } from "./selectors.ts";
import type { Any, KubeObject, Store } from "./store.ts";

/** `25%` of 4 is 1; rounding up for surge and down for unavailable, as the controller does. */
function intOrPercent(value: unknown, of: number, up: boolean): number {
  if (typeof value === "number") return value;
  const percent = Number(String(value ?? "25%").replace("%", "")) / 100;
  return up ? Math.ceil(percent * of) : Math.floor(percent * of);
}

const empty = (v: unknown) =>
  v === null || v === undefined || (typeof v === "object" && !Array.isArray(v) && Object.keys(v as object).length === 0);

/**
 * JSON with every object's keys sorted and null or empty fields left out: the same template
 * however a client wrote it (kubectl sends Go's zero values, `creationTimestamp: null`, `resources: {}`).
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Any)
      .filter(([, v]) => !empty(v))
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The pod-template-hash: equal templates give equal hashes whatever the key order, so that a
 * rollback (`kubectl rollout undo`) finds the old ReplicaSet again, as the controller's
 * EqualIgnoreHash does.
 */
export function templateHash(deployment: KubeObject): string {
  return createHash("sha256")
    .update(canonical((deployment.spec as Any).template))
    .digest("hex")
    .slice(0, 10)
    .replace(/[0-9]/g, (d) => "bcdfghjklm"[Number(d)] as string);
}

const isReady = (pod: KubeObject) =>
  ((pod.status as Any)?.conditions ?? []).some((c: Any) => c.type === "Ready" && c.status === "True");

export class Controllers {
  readonly #store: Store;
  readonly #kubelet: Kubelet;
  readonly #tickMs: number;
  /** progressDeadlineSeconds, in real time per second. */
  readonly #timeScale: number;
  readonly #progress = new Map<string, { at: number; updated: number; available: number }>();
  /** Istio's analysis controller (PILOT_ENABLE_ANALYSIS): off by default, as in istiod. */
  readonly #analysis: boolean;
  #analysedAt = 0;
  #timer?: NodeJS.Timeout;
  #running = false;
  #held = false;
  /**
   * How long after a new generation is stored the Deployment controller syncs it. A real one
   * works through an informer and a work queue: milliseconds when idle, longer when busy.
   */
  observeLagMs = 0;
  readonly #seen = new Map<string, { generation: number; at: number }>();

  /**
   * ResourceQuotas by namespace: hard `pods`, as the quota admission plugin counts them (pods not
   * being deleted). A pod past it is refused with the plugin's message, and the controller reports
   * ReplicaFailure FailedCreate until it can create it (replica_set.go manageReplicas; the
   * Deployment copies the condition, deployment/progress.go).
   */
  readonly quotas = new Map<string, { name: string; pods: number }>();
  readonly #failures = new Map<string, string>();

  constructor(store: Store, kubelet: Kubelet, tickMs: number, timeScale: number, analysis = false) {
    this.#store = store;
    this.#kubelet = kubelet;
    this.#tickMs = tickMs;
    this.#timeScale = timeScale;
    this.#analysis = analysis;
  }

  start(): void {
    this.#timer = setInterval(() => void this.tick(), this.#tickMs);
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /**
   * A busy controller: Deployments are not reconciled (their status, observedGeneration included,
   * stays as it is) until `release`. A real controller works through a queue and can lag.
   */
  hold(): void {
    this.#held = true;
  }

  release(): void {
    this.#held = false;
  }

  async tick(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      if (!this.#held) for (const deployment of this.#store.list("deployments")) await this.#rollout(deployment);
      for (const service of this.#store.list("services")) this.#endpoints(service);
      for (const cls of this.#store.list("gatewayclasses")) gatewayClassStatus(this.#store, cls);
      for (const route of this.#store.list("httproutes")) httpRouteStatus(this.#store, route);
      for (const gateway of this.#store.list("gateways")) gatewayStatus(this.#store, gateway);
      // The analysis controller runs every 10 s (istiod's analysis interval), scaled.
      if (this.#analysis && Date.now() - this.#analysedAt >= 10_000 * this.#timeScale) {
        this.#analysedAt = Date.now();
        for (const vs of this.#store.list("virtualservices")) virtualServiceStatus(this.#store, vs);
      }
    } finally {
      this.#running = false;
    }
  }

  #podsOf(deployment: KubeObject): KubeObject[] {
    const matchLabels = (deployment.spec as Any).selector?.matchLabels as Record<string, string>;
    return this.#store
      .list("pods", deployment.metadata.namespace)
      .filter(
        (p) =>
          selects(matchLabels, p.metadata.labels) &&
          (p.metadata.ownerReferences as Any[] | undefined)?.[0]?.name?.startsWith(`${deployment.metadata.name}-`),
      );
  }

  /** The quota admission's refusal of one more pod in `namespace`, or undefined. */
  #overQuota(namespace: string, rs: string): string | undefined {
    const quota = this.quotas.get(namespace);
    if (!quota) return undefined;
    const used = this.#store.list("pods", namespace).filter((p) => !p.metadata.deletionTimestamp).length;
    if (used < quota.pods) return undefined;
    return `pods "${rs}-" is forbidden: exceeded quota: ${quota.name}, requested: pods=1, used: pods=${used}, limited: pods=${quota.pods}`;
  }

  #newPod(deployment: KubeObject, hash: string, uid: string | undefined): void {
    const template = (deployment.spec as Any).template as Any;
    const rs = `${deployment.metadata.name}-${hash}`;
    this.#kubelet.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name: `${rs}-${randomBytes(3).toString("hex").slice(0, 5)}`,
        namespace: deployment.metadata.namespace,
        labels: { ...template.metadata?.labels, "pod-template-hash": hash },
        ownerReferences: [
          { apiVersion: "apps/v1", kind: "ReplicaSet", name: rs, uid, controller: true, blockOwnerDeletion: true },
        ],
      },
      spec: { ...structuredClone(template.spec), nodeName: "sandbox-node" },
    });
  }

  #lagging(deployment: KubeObject): boolean {
    const key = `${deployment.metadata.namespace}/${deployment.metadata.name}`;
    const generation = deployment.metadata.generation ?? 1;
    const seen = this.#seen.get(key);
    if (!seen || seen.generation !== generation) this.#seen.set(key, { generation, at: Date.now() });
    return Date.now() - (this.#seen.get(key)?.at ?? 0) < this.observeLagMs;
  }

  /** One reconcile of a Deployment: scale the new pods up and the old ones down within the bounds, then report. */
  async #rollout(deployment: KubeObject): Promise<void> {
    if (this.#lagging(deployment)) return;
    const spec = deployment.spec as Any;
    const desired = (spec.replicas as number | undefined) ?? 1;
    const hash = templateHash(deployment);
    const pods = this.#podsOf(deployment).filter((p) => !p.metadata.deletionTimestamp);
    const fresh = pods.filter((p) => p.metadata.labels?.["pod-template-hash"] === hash);
    const old = pods.filter((p) => p.metadata.labels?.["pod-template-hash"] !== hash);
    const recreate = spec.strategy?.type === "Recreate";
    let surge = recreate ? 0 : intOrPercent(spec.strategy?.rollingUpdate?.maxSurge, desired, true);
    const unavailable = recreate ? desired : intOrPercent(spec.strategy?.rollingUpdate?.maxUnavailable, desired, false);
    if (surge === 0 && unavailable === 0) surge = 1;
    const kill: KubeObject[] = [];
    // Extra new pods go first, the unready ones before the ready.
    const byReadiness = (list: KubeObject[]) => [...list].sort((a, b) => Number(isReady(a)) - Number(isReady(b)));
    if (fresh.length > desired) kill.push(...byReadiness(fresh).slice(0, fresh.length - desired));
    // Old pods go only while enough are available (ready for minReadySeconds), as the controller counts.
    const isAvailable = (p: KubeObject) => this.#available(deployment, p);
    let available = pods.filter(isAvailable).length - kill.filter(isAvailable).length;
    const minAvailable = desired - unavailable;
    for (const pod of byReadiness(old)) {
      if (!isReady(pod)) kill.push(pod);
      else if (!isAvailable(pod) || available - 1 >= minAvailable || (fresh.length === 0 && desired === 0)) {
        kill.push(pod);
        if (isAvailable(pod)) available -= 1;
      }
    }
    const remaining = pods.length - kill.length;
    let creatable = Math.min(desired - fresh.length, desired + surge - remaining);
    if (recreate && old.length > kill.length) creatable = 0;
    // A paused Deployment starts no rollout: no pod of a new template, none of the old ones goes
    // (deployment_controller.go syncs a paused one with sync(), which never creates a new
    // ReplicaSet). Harsher than a real one, which still scales the old ReplicaSets.
    const paused = spec.paused === true && old.length > 0;
    if (!paused) {
      const rs = creatable > 0 || fresh.length > 0 ? replicaSetFor(this.#store, deployment, hash) : undefined;
      const key = `${deployment.metadata.namespace}/${deployment.metadata.name}`;
      this.#failures.delete(key);
      for (let i = 0; i < creatable; i++) {
        const refused = this.#overQuota(deployment.metadata.namespace as string, `${deployment.metadata.name}-${hash}`);
        if (refused) {
          this.#failures.set(key, refused);
          break;
        }
        this.#newPod(deployment, hash, rs?.metadata.uid);
      }
      for (const pod of kill) void this.#kubelet.terminate(pod);
    }
    this.#status(deployment, desired, hash, unavailable);
  }

  #status(deployment: KubeObject, desired: number, hash: string, maxUnavailable: number): void {
    const pods = this.#podsOf(deployment).filter((p) => !p.metadata.deletionTimestamp);
    syncReplicaSets(this.#store, deployment, pods);
    const updated = pods.filter((p) => p.metadata.labels?.["pod-template-hash"] === hash);
    const ready = pods.filter(isReady).length;
    const available = pods.filter((p) => this.#available(deployment, p)).length;
    const key = `${deployment.metadata.namespace}/${deployment.metadata.name}`;
    const complete = updated.length === desired && pods.length === desired && available === desired;
    const paused = (deployment.spec as Any).paused === true;
    // Progressing turns False once progressDeadlineSeconds pass without a new pod updated or available.
    const seen = this.#progress.get(key);
    // "Lack of progress shouldn't be estimated once a deployment is paused" (deployment_util.go).
    if (!seen || seen.updated !== updated.length || seen.available !== available || complete || paused) {
      this.#progress.set(key, { at: Date.now(), updated: updated.length, available });
    }
    const deadlineMs = ((deployment.spec as Any).progressDeadlineSeconds ?? 600) * 1000 * this.#timeScale;
    const stuck = !complete && Date.now() - (this.#progress.get(key)?.at ?? Date.now()) > deadlineMs;
    const rs = `${deployment.metadata.name}-${hash}`;
    const old = (deployment.status ?? {}) as Any;
    const condition = (type: string, status: string, reason: string, message: string) => {
      const before = (old.conditions ?? []).find((c: Any) => c.type === type);
      const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
      const same = before?.status === status;
      return {
        type,
        status,
        reason,
        message,
        lastUpdateTime: before?.reason === reason ? before.lastUpdateTime : now,
        lastTransitionTime: same ? before.lastTransitionTime : now,
      };
    };
    const status = {
      observedGeneration: deployment.metadata.generation,
      replicas: pods.length,
      updatedReplicas: updated.length,
      readyReplicas: ready,
      availableReplicas: available,
      ...(desired - available > 0 ? { unavailableReplicas: desired - available } : {}),
      conditions: [
        available >= desired - maxUnavailable
          ? condition("Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.")
          : condition("Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability."),
        // checkPausedConditions (pkg/controller/deployment/sync.go): Unknown, DeploymentPaused, unless the
        // deadline was already reported.
        paused && old.conditions?.find((c: Any) => c.type === "Progressing")?.reason !== "ProgressDeadlineExceeded"
          ? condition("Progressing", "Unknown", "DeploymentPaused", "Deployment is paused")
          : stuck
            ? condition("Progressing", "False", "ProgressDeadlineExceeded", `ReplicaSet "${rs}" has timed out progressing.`)
            : complete
              ? condition("Progressing", "True", "NewReplicaSetAvailable", `ReplicaSet "${rs}" has successfully progressed.`)
              : condition("Progressing", "True", "ReplicaSetUpdated", `ReplicaSet "${rs}" is progressing.`),
        ...(this.#failures.has(key)
          ? [condition("ReplicaFailure", "True", "FailedCreate", this.#failures.get(key) as string)]
          : []),
      ],
    };
    for (const key of ["readyReplicas", "availableReplicas", "updatedReplicas", "replicas"] as const)
      if (status[key] === 0) delete (status as Any)[key];
    const fresh = this.#store.get("deployments", deployment.metadata.namespace, deployment.metadata.name);
    if (!fresh || fresh.metadata.resourceVersion !== deployment.metadata.resourceVersion) return;
    fresh.status = status;
    this.#store.update("deployments", fresh);
  }

  /**
   * Available: ready for at least spec.minReadySeconds (scaled), counted from the Ready
   * condition's lastTransitionTime ("Deployments": Min Ready Seconds; podutil.IsPodAvailable).
   */
  #available(deployment: KubeObject, pod: KubeObject): boolean {
    if (!isReady(pod)) return false;
    const minReady = Number((deployment.spec as Any).minReadySeconds ?? 0) * 1000 * this.#timeScale;
    if (minReady <= 0) return true;
    const since = ((pod.status as Any).conditions as Any[]).find((c) => c.type === "Ready")?.lastTransitionTime;
    return Date.now() - Date.parse(since ?? "") >= minReady;
  }

  /** One slice per Service named `<service>-<suffix>`, listing every pod its selector selects. */
  #endpoints(service: KubeObject): void {
    const spec = service.spec as Any;
    const ns = service.metadata.namespace;
    const existing = this.#store
      .list("endpointslices", ns)
      .find((s) => s.metadata.labels?.["kubernetes.io/service-name"] === service.metadata.name);
    const pods = this.#store
      .list("pods", ns)
      .filter((p) => selects(spec.selector, p.metadata.labels) && (p.status as Any)?.podIP);
    const endpoints = pods.map((p) => {
      const terminating = Boolean(p.metadata.deletionTimestamp);
      return {
        addresses: [(p.status as Any).podIP],
        conditions: { ready: isReady(p) && !terminating, serving: isReady(p), terminating },
        nodeName: "sandbox-node",
        targetRef: { kind: "Pod", namespace: ns, name: p.metadata.name, uid: p.metadata.uid },
      };
    });
    const ports = ((spec.ports ?? []) as Any[]).map((p) => ({
      name: p.name ?? "",
      port: typeof p.targetPort === "number" ? p.targetPort : p.port,
      protocol: p.protocol ?? "TCP",
    }));
    const slice: KubeObject = existing ?? {
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice",
      metadata: {
        name: `${service.metadata.name}-${randomBytes(3).toString("hex").slice(0, 5)}`,
        namespace: ns,
        labels: {
          "kubernetes.io/service-name": service.metadata.name,
          "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
        },
        ownerReferences: [
          {
            apiVersion: "v1",
            kind: "Service",
            name: service.metadata.name,
            uid: service.metadata.uid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      addressType: "IPv4",
    };
    const next = { ...slice, endpoints, ports };
    if (!existing) this.#store.create("endpointslices", next);
    else if (
      JSON.stringify(existing.endpoints) !== JSON.stringify(endpoints) ||
      JSON.stringify(existing.ports) !== JSON.stringify(ports)
    )
      this.#store.update("endpointslices", next);
  }
}
