// Over 300 lines: one client for every object the Kubernetes routers read and write, kept together.
// The Kubernetes API as this router uses it, through the official client (@kubernetes/client-node):
// read Services, Deployments, pods and EndpointSlices, patch them with a resourceVersion guard,
// scale, and annotate. Loaded only when a step first talks to the cluster.
import * as k8s from "@kubernetes/client-node";
import { Cancelled } from "../../core/cancel.ts";
import { ConfigurationError, CutoverError } from "../../core/errors.ts";
import { kubeconfigProblem, maskCredentials } from "./credentials.ts";

export interface KubeTarget {
  /** A kubeconfig file; empty: KUBECONFIG, ~/.kube/config or the in-cluster ServiceAccount, as kubectl. */
  kubeconfig: string;
  context: string;
  namespace: string;
}

export interface ServiceView {
  name: string;
  resourceVersion: string;
  selector: Record<string, string>;
}

export interface DeploymentView {
  name: string;
  resourceVersion: string;
  generation: number;
  desired: number;
  observedGeneration: number;
  replicas: number;
  updated: number;
  ready: number;
  available: number;
  /** spec.paused: the controller starts no rollout while it is set. */
  paused: boolean;
  /** The Progressing condition's reason: ProgressDeadlineExceeded when the rollout stalled. */
  progressing?: { status: string; reason: string; message: string };
  selector: Record<string, string>;
  podLabels: Record<string, string>;
  annotations: Record<string, string>;
  containers: { name: string; image: string; ports: string; probe: string }[];
  strategy: string;
}

export interface PodView {
  name: string;
  ip: string;
  ready: boolean;
  terminating: boolean;
  phase: string;
  /** Why a container is not running or not ready: ImagePullBackOff, CrashLoopBackOff, ... */
  reason?: string;
  message?: string;
  labels: Record<string, string>;
}

export interface EndpointView {
  pod: string;
  ip: string;
  ready: boolean;
}

/** The API refused a write because the object changed since it was read: someone else wrote it. */
export class AnotherWriterError extends CutoverError {
  override name = "AnotherWriterError";
}

/** A Kubernetes API call that failed, with the HTTP status and the API server's message. */
export class KubeCallError extends CutoverError {
  override name = "KubeCallError";
  readonly status: number;
  constructor(what: string, status: number, message: string, cause: unknown) {
    const hint =
      status === 403
        ? " The credentials need RBAC permission for this verb on this resource (see the router's README for the Role)."
        : "";
    super(`Kubernetes ${what} failed: ${status ? `${status} ` : ""}${message.replace(/\.$/, "")}.${hint}`, { cause });
    this.status = status;
  }
}

/** The API server's Status message, from the client's ApiException (its body is the JSON text). */
export function statusOf(error: unknown): { code: number; message: string } {
  if (error instanceof k8s.ApiException) {
    let message = String(error.message).split("\n")[0] ?? "";
    try {
      const body = typeof error.body === "string" ? JSON.parse(error.body) : error.body;
      if (body?.message) message = String(body.message);
    } catch {
      // Not JSON: the first line of the client's message says enough.
    }
    return { code: error.code, message };
  }
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return { code: 0, message: `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ""}` };
}

async function call<T>(what: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    const { code, message } = statusOf(error);
    throw new KubeCallError(what, code, message, error);
  }
}

const merge = k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch);

function podReason(pod: k8s.V1Pod): { reason?: string; message?: string } {
  for (const c of pod.status?.containerStatuses ?? []) {
    const waiting = c.state?.waiting;
    if (waiting?.reason && waiting.reason !== "ContainerCreating") return { reason: waiting.reason, message: waiting.message };
    if (c.state?.running && !c.ready) return { reason: "NotReady", message: "readiness probe failing" };
  }
  const ready = pod.status?.conditions?.find((c) => c.type === "Ready");
  if (pod.status?.phase === "Pending") return { reason: "Pending", message: ready?.message };
  return ready?.status === "True" ? {} : { reason: ready?.reason, message: ready?.message };
}

function probeOf(c: k8s.V1Container): string {
  const p = c.readinessProbe;
  if (!p) return "";
  const how = p.httpGet ? `GET ${p.httpGet.path ?? "/"}:${p.httpGet.port}` : p.tcpSocket ? `tcp ${p.tcpSocket.port}` : "exec";
  return `${how} every ${p.periodSeconds ?? 10}s, ${p.failureThreshold ?? 3} failures`;
}

export class KubeClient {
  readonly namespace: string;
  /** The loaded kubeconfig, for clients of other API groups (the weighted routers' route objects). */
  readonly kubeConfig: k8s.KubeConfig;
  readonly #core: k8s.CoreV1Api;
  readonly #apps: k8s.AppsV1Api;
  readonly #discovery: k8s.DiscoveryV1Api;
  readonly #authorization: k8s.AuthorizationV1Api;

  constructor(target: KubeTarget) {
    const config = new k8s.KubeConfig();
    try {
      if (target.kubeconfig) config.loadFromFile(target.kubeconfig);
      else config.loadFromDefault();
      if (target.context) config.setCurrentContext(target.context);
    } catch (error) {
      throw new ConfigurationError(`Could not load the kubeconfig: ${kubeconfigProblem(error)}`);
    }
    maskCredentials(config);
    if (!config.getCurrentCluster()) {
      throw new ConfigurationError(
        "No Kubernetes cluster to talk to: give kubeconfig (a file), set KUBECONFIG, or run inside a cluster with a ServiceAccount.",
      );
    }
    this.namespace = target.namespace;
    this.kubeConfig = config;
    this.#core = config.makeApiClient(k8s.CoreV1Api);
    this.#apps = config.makeApiClient(k8s.AppsV1Api);
    this.#discovery = config.makeApiClient(k8s.DiscoveryV1Api);
    this.#authorization = config.makeApiClient(k8s.AuthorizationV1Api);
  }

  /** Whether these credentials may do a verb in the namespace: a SelfSubjectAccessReview. */
  async canI(a: { verb: string; group: string; resource: string; subresource?: string; name?: string }): Promise<boolean> {
    const review = await call(`review access to ${a.verb} ${a.resource}`, () =>
      this.#authorization.createSelfSubjectAccessReview({
        body: { spec: { resourceAttributes: { namespace: this.namespace, ...a } } },
      }),
    );
    return review.status?.allowed === true;
  }

  async readService(name: string): Promise<ServiceView> {
    const s = await call(`get service ${this.namespace}/${name}`, () =>
      this.#core.readNamespacedService({ name, namespace: this.namespace }),
    );
    return { name, resourceVersion: s.metadata?.resourceVersion ?? "", selector: { ...s.spec?.selector } };
  }

  /**
   * Writes a Service's selector as a merge patch that carries the resourceVersion it was read at:
   * the API server refuses it with 409 Conflict when anyone wrote the Service since ("Kubernetes
   * API Concepts": Resource versions). Keys not in `selector` stay as they are.
   */
  async patchSelector(name: string, resourceVersion: string, selector: Record<string, string>): Promise<ServiceView> {
    const what = `patch service ${this.namespace}/${name}`;
    try {
      const s = await this.#core.patchNamespacedService(
        { name, namespace: this.namespace, body: { metadata: { resourceVersion }, spec: { selector } } },
        merge,
      );
      return { name, resourceVersion: s.metadata?.resourceVersion ?? "", selector: { ...s.spec?.selector } };
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      const { code, message } = statusOf(error);
      if (code === 409) {
        throw new AnotherWriterError(
          `Another writer changed Service ${this.namespace}/${name} after this run read it (resourceVersion ${resourceVersion}): ${message.replace(/\.$/, "")}. This run stops without writing over it; read the Service's selector before running again.`,
          { cause: error },
        );
      }
      throw new KubeCallError(what, code, message, error);
    }
  }

  async readDeployment(name: string): Promise<DeploymentView> {
    const d = await call(`get deployment ${this.namespace}/${name}`, () =>
      this.#apps.readNamespacedDeployment({ name, namespace: this.namespace }),
    );
    const s = d.status ?? {};
    const progressing = s.conditions?.find((c) => c.type === "Progressing");
    return {
      name,
      resourceVersion: d.metadata?.resourceVersion ?? "",
      generation: d.metadata?.generation ?? 0,
      desired: d.spec?.replicas ?? 1,
      paused: d.spec?.paused === true,
      observedGeneration: s.observedGeneration ?? 0,
      replicas: s.replicas ?? 0,
      updated: s.updatedReplicas ?? 0,
      ready: s.readyReplicas ?? 0,
      available: s.availableReplicas ?? 0,
      progressing: progressing && {
        status: progressing.status,
        reason: progressing.reason ?? "",
        message: progressing.message ?? "",
      },
      selector: { ...d.spec?.selector?.matchLabels },
      podLabels: { ...d.spec?.template?.metadata?.labels },
      annotations: { ...d.metadata?.annotations },
      containers: (d.spec?.template?.spec?.containers ?? []).map((c) => ({
        name: c.name,
        image: c.image ?? "",
        ports: (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}`).join(","),
        probe: probeOf(c),
      })),
      strategy: d.spec?.strategy?.type ?? "RollingUpdate",
    };
  }

  /** The pods a label selector picks, with why each is not ready. */
  async listPods(selector: Record<string, string>): Promise<PodView[]> {
    const labelSelector = Object.entries(selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(",");
    const list = await call(`list pods in ${this.namespace}`, () =>
      this.#core.listNamespacedPod({ namespace: this.namespace, labelSelector }),
    );
    return list.items.map((p) => ({
      name: p.metadata?.name ?? "",
      ip: p.status?.podIP ?? "",
      ready: p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false,
      terminating: Boolean(p.metadata?.deletionTimestamp),
      phase: p.status?.phase ?? "",
      labels: { ...p.metadata?.labels },
      ...podReason(p),
    }));
  }

  /** The endpoints of a Service, from its EndpointSlices (label kubernetes.io/service-name). */
  async endpoints(service: string): Promise<EndpointView[]> {
    const list = await call(`list endpointslices of ${this.namespace}/${service}`, () =>
      this.#discovery.listNamespacedEndpointSlice({
        namespace: this.namespace,
        labelSelector: `kubernetes.io/service-name=${service}`,
      }),
    );
    return list.items.flatMap((slice) =>
      (slice.endpoints ?? []).map((e) => ({
        pod: e.targetRef?.name ?? "",
        ip: e.addresses[0] ?? "",
        ready: e.conditions?.ready === true,
      })),
    );
  }

  /** Sets and removes annotations with a merge patch; null removes a key (RFC 7386). */
  async annotate(deployment: string, set: Record<string, string>, remove: string[]): Promise<void> {
    const annotations: Record<string, string | null> = { ...set };
    for (const key of remove) annotations[key] = null;
    await call(`annotate deployment ${this.namespace}/${deployment}`, () =>
      this.#apps.patchNamespacedDeployment(
        { name: deployment, namespace: this.namespace, body: { metadata: { annotations } } },
        merge,
      ),
    );
  }

  /** Sets the replicas through the scale subresource, as `kubectl scale` does. */
  async scale(deployment: string, replicas: number): Promise<void> {
    await call(`scale deployment ${this.namespace}/${deployment}`, () =>
      this.#apps.patchNamespacedDeploymentScale(
        { name: deployment, namespace: this.namespace, body: { spec: { replicas } } },
        merge,
      ),
    );
  }

  /** Sets a container's image, guarded by the resourceVersion the Deployment was read at. */
  async setImage(deployment: string, resourceVersion: string, container: string, image: string): Promise<number> {
    const strategic = k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.StrategicMergePatch);
    try {
      const d = await this.#apps.patchNamespacedDeployment(
        {
          name: deployment,
          namespace: this.namespace,
          body: { metadata: { resourceVersion }, spec: { template: { spec: { containers: [{ name: container, image }] } } } },
        },
        strategic,
      );
      return d.metadata?.generation ?? 0;
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      const { code, message } = statusOf(error);
      if (code === 409) {
        throw new AnotherWriterError(
          `Another writer changed Deployment ${this.namespace}/${deployment} while this run was setting its image: ${message}. Nothing was overwritten; re-run deploy-standby.`,
          { cause: error },
        );
      }
      throw new KubeCallError(`patch deployment ${this.namespace}/${deployment}`, code, message, error);
    }
  }
}
