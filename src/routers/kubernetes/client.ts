// Over 300 lines: one client for every object the Kubernetes routers read and write, kept together.
// The Kubernetes API as this router uses it, through the official client (@kubernetes/client-node):
// read Services, Deployments, pods and EndpointSlices, patch them with a resourceVersion guard,
// scale, and annotate. Loaded only when a step first talks to the cluster.
import * as k8s from "@kubernetes/client-node";
import { Cancelled } from "../../core/cancel.ts";
import { ConfigurationError, CutoverError } from "../../core/errors.ts";
import type { CallOptions } from "../port.ts";
import { AttemptTimeout, type CallPolicy, type Options, withRetries } from "./calls.ts";
import { kubeconfigProblem, maskCredentials } from "./credentials.ts";

export interface KubeTarget {
  /** A kubeconfig file; empty: KUBECONFIG, ~/.kube/config or the in-cluster ServiceAccount, as kubectl. */
  kubeconfig: string;
  context: string;
  namespace: string;
  /** Each call's timeout and attempts; the defaults otherwise. */
  policy?: CallPolicy;
}

export interface ServiceView {
  name: string;
  resourceVersion: string;
  selector: Record<string, string>;
  /** The WRITE_KEY annotation: which write of cutover's the Service shows, if any. */
  written?: string;
}

export interface DeploymentView {
  name: string;
  resourceVersion: string;
  generation: number;
  desired: number;
  observedGeneration: number;
  /**
   * The controller has observed this spec: observedGeneration reaches generation, or every
   * generation past it came from this client's own annotation patches (the ledger), which bump
   * the generation (the apps registry's PrepareForUpdate) but leave the spec as it was.
   */
  specObserved: boolean;
  replicas: number;
  updated: number;
  ready: number;
  available: number;
  /** spec.paused: the controller starts no rollout while it is set. */
  paused: boolean;
  /** The Progressing condition's reason: ProgressDeadlineExceeded when the rollout stalled. */
  progressing?: { status: string; reason: string; message: string };
  /** A ReplicaFailure condition that is True: pods the controller could not create (quota, admission). */
  replicaFailure?: { reason: string; message: string };
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
/** Image patches sent again after a 409 that only the controller's status write caused. */
const STATUS_CONFLICT_TRIES = 5;

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

/** A 409 Conflict: the object changed since the resourceVersion a write carried. */
export class ConflictError extends KubeCallError {
  override name = "ConflictError";
  readonly serverMessage: string;
  constructor(what: string, message: string, cause: unknown) {
    super(what, 409, message, cause);
    this.serverMessage = message.replace(/\.$/, "");
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
  if (error instanceof AttemptTimeout) return { code: 0, message: error.message };
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return { code: 0, message: `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ""}` };
}

const merge = (o: Options) => k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch, o);
const strategic = (o: Options) => k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.StrategicMergePatch, o);

/** On the objects cutover writes: a new value on every write, so that each one moves the resourceVersion and a write that landed late after it is a 409. */
export const WRITE_KEY = "cutover/write";
let writes = 0;
/** A value for WRITE_KEY that no other write of any run shares. */
export function writeToken(): string {
  writes += 1;
  return `${process.env.GITHUB_RUN_ID ?? "local"}-${process.pid}-${Date.now().toString(36)}-${writes}`;
}

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

/** What a call needs when the step gives no policy: 10 s an attempt, 5 attempts (max-attempts' default). */
export const DEFAULT_POLICY: CallPolicy = { timeoutMs: 10_000, attempts: 5 };

function serviceView(name: string, s: k8s.V1Service): ServiceView {
  const written = s.metadata?.annotations?.[WRITE_KEY];
  return {
    name,
    resourceVersion: s.metadata?.resourceVersion ?? "",
    selector: { ...s.spec?.selector },
    ...(written ? { written } : {}),
  };
}

export class KubeClient {
  readonly namespace: string;
  /** The loaded kubeconfig, for clients of other API groups (the weighted routers' route objects). */
  readonly kubeConfig: k8s.KubeConfig;
  readonly policy: CallPolicy;
  readonly #core: k8s.CoreV1Api;
  readonly #apps: k8s.AppsV1Api;
  readonly #discovery: k8s.DiscoveryV1Api;
  readonly #authorization: k8s.AuthorizationV1Api;
  /** Per Deployment, the generations this client's annotation-only patches produced. */
  readonly #annotationBumps = new Map<string, Set<number>>();

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
    this.policy = target.policy ?? DEFAULT_POLICY;
    this.#core = config.makeApiClient(k8s.CoreV1Api);
    this.#apps = config.makeApiClient(k8s.AppsV1Api);
    this.#discovery = config.makeApiClient(k8s.DiscoveryV1Api);
    this.#authorization = config.makeApiClient(k8s.AuthorizationV1Api);
  }

  /** Whether these credentials may do a verb in the namespace: a SelfSubjectAccessReview. */
  async canI(a: { verb: string; group: string; resource: string; subresource?: string; name?: string }): Promise<boolean> {
    const review = await this.call(`review access to ${a.verb} ${a.resource}`, {}, (o) =>
      this.#authorization.createSelfSubjectAccessReview(
        { body: { spec: { resourceAttributes: { namespace: this.namespace, ...a } } } },
        o,
      ),
    );
    return review.status?.allowed === true;
  }

  /** One API call, with the step's signal, a timeout per attempt and retries of what is transient. */
  async call<T>(what: string, options: CallOptions, send: (o: Options) => Promise<T>): Promise<T> {
    try {
      return await withRetries(this.policy, options, send);
    } catch (error) {
      if (error instanceof Cancelled || options.signal?.aborted) throw error;
      const { code, message } = statusOf(error);
      if (code === 409) throw new ConflictError(what, message, error);
      throw new KubeCallError(what, code, message, error);
    }
  }

  async readService(name: string, options: CallOptions = {}): Promise<ServiceView> {
    const s = await this.call(`get service ${this.namespace}/${name}`, options, (o) =>
      this.#core.readNamespacedService({ name, namespace: this.namespace }, o),
    );
    return serviceView(name, s);
  }

  /**
   * Writes a Service's selector as a merge patch that carries the resourceVersion it was read at:
   * the API server refuses it with 409 Conflict when anyone wrote the Service since ("Kubernetes
   * API Concepts": Resource versions). Keys not in `selector` stay as they are. `token` goes in
   * the WRITE_KEY annotation, so that the write moves the resourceVersion even when the selector
   * already reads so (the API server stores no write that changes nothing).
   */
  async patchSelector(
    name: string,
    resourceVersion: string,
    selector: Record<string, string>,
    token: string,
    options: CallOptions = {},
  ): Promise<ServiceView> {
    const body = { metadata: { resourceVersion, annotations: { [WRITE_KEY]: token } }, spec: { selector } };
    try {
      const s = await this.call(`patch service ${this.namespace}/${name}`, options, (o) =>
        this.#core.patchNamespacedService({ name, namespace: this.namespace, body }, merge(o)),
      );
      return serviceView(name, s);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      throw new AnotherWriterError(
        `Another writer changed Service ${this.namespace}/${name} after this run read it (resourceVersion ${resourceVersion}): ${error.serverMessage}. This run stops without writing over it; read the Service's selector before running again.`,
        { cause: error },
      );
    }
  }

  async readDeployment(name: string, options: CallOptions = {}): Promise<DeploymentView> {
    const d = await this.call(`get deployment ${this.namespace}/${name}`, options, (o) =>
      this.#apps.readNamespacedDeployment({ name, namespace: this.namespace }, o),
    );
    const s = d.status ?? {};
    const progressing = s.conditions?.find((c) => c.type === "Progressing");
    const failure = s.conditions?.find((c) => c.type === "ReplicaFailure" && c.status === "True");
    const generation = d.metadata?.generation ?? 0;
    const observed = s.observedGeneration ?? 0;
    const bumps = this.#annotationBumps.get(name);
    const unseen = Array.from({ length: Math.max(0, generation - observed) }, (_, i) => observed + 1 + i);
    return {
      name,
      resourceVersion: d.metadata?.resourceVersion ?? "",
      generation: d.metadata?.generation ?? 0,
      desired: d.spec?.replicas ?? 1,
      paused: d.spec?.paused === true,
      observedGeneration: observed,
      specObserved: unseen.every((g) => bumps?.has(g)),
      replicas: s.replicas ?? 0,
      updated: s.updatedReplicas ?? 0,
      ready: s.readyReplicas ?? 0,
      available: s.availableReplicas ?? 0,
      progressing: progressing && {
        status: progressing.status,
        reason: progressing.reason ?? "",
        message: progressing.message ?? "",
      },
      ...(failure ? { replicaFailure: { reason: failure.reason ?? "", message: failure.message ?? "" } } : {}),
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
  async listPods(selector: Record<string, string>, options: CallOptions = {}): Promise<PodView[]> {
    const labelSelector = Object.entries(selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(",");
    const list = await this.call(`list pods in ${this.namespace}`, options, (o) =>
      this.#core.listNamespacedPod({ namespace: this.namespace, labelSelector }, o),
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
  async endpoints(service: string, options: CallOptions = {}): Promise<EndpointView[]> {
    const list = await this.call(`list endpointslices of ${this.namespace}/${service}`, options, (o) =>
      this.#discovery.listNamespacedEndpointSlice(
        { namespace: this.namespace, labelSelector: `kubernetes.io/service-name=${service}` },
        o,
      ),
    );
    return list.items.flatMap((slice) =>
      (slice.endpoints ?? []).map((e) => ({
        pod: e.targetRef?.name ?? "",
        ip: e.addresses[0] ?? "",
        ready: e.conditions?.ready === true,
      })),
    );
  }

  /** Sets and removes annotations with a merge patch; null removes a key (RFC 7386). Tried again as is: it sets the same values. */
  async annotate(deployment: string, set: Record<string, string>, remove: string[], options: CallOptions = {}): Promise<void> {
    const annotations: Record<string, string | null> = { ...set };
    for (const key of remove) annotations[key] = null;
    const patched = await this.call(`annotate deployment ${this.namespace}/${deployment}`, options, (o) =>
      this.#apps.patchNamespacedDeployment(
        { name: deployment, namespace: this.namespace, body: { metadata: { annotations } } },
        merge(o),
      ),
    );
    const generation = patched.metadata?.generation;
    if (generation) this.#annotationBumps.set(deployment, (this.#annotationBumps.get(deployment) ?? new Set()).add(generation));
  }

  /** Sets the replicas through the scale subresource, as `kubectl scale` does. */
  async scale(deployment: string, replicas: number, options: CallOptions = {}): Promise<void> {
    await this.call(`scale deployment ${this.namespace}/${deployment}`, options, (o) =>
      this.#apps.patchNamespacedDeploymentScale(
        { name: deployment, namespace: this.namespace, body: { spec: { replicas } } },
        merge(o),
      ),
    );
  }

  /**
   * Sets a container's image, guarded by the resourceVersion the Deployment was read at. A 409
   * after an attempt that got no answer is that attempt's own write when the image reads so now.
   * A 409 where the generation is still the one read is the controller's status write (a status
   * change moves the resourceVersion, never the generation, which counts spec and annotation
   * changes: "Deployment status", and the registry's PrepareForUpdate): the patch is sent again
   * at the new resourceVersion, a few times at most.
   */
  async setImage(
    deployment: string,
    read: { resourceVersion: string; generation: number },
    container: string,
    image: string,
    options: CallOptions = {},
  ): Promise<number> {
    let resourceVersion = read.resourceVersion;
    for (let tries = 1; ; tries++) {
      let attempts = 0;
      try {
        const body = {
          metadata: { resourceVersion },
          spec: { template: { spec: { containers: [{ name: container, image }] } } },
        };
        const d = await this.call(`patch deployment ${this.namespace}/${deployment}`, options, (o) => {
          attempts += 1;
          return this.#apps.patchNamespacedDeployment({ name: deployment, namespace: this.namespace, body }, strategic(o));
        });
        return d.metadata?.generation ?? 0;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const now = await this.readDeployment(deployment, options);
        if (attempts > 1 && now.containers.find((c) => c.name === container)?.image === image) return now.generation;
        if (now.generation !== read.generation || tries >= STATUS_CONFLICT_TRIES)
          throw new AnotherWriterError(
            `Another writer changed Deployment ${this.namespace}/${deployment} while this run was setting its image (generation ${read.generation} → ${now.generation}): ${error.serverMessage}. Nothing was overwritten; re-run deploy-standby.`,
            { cause: error },
          );
        resourceVersion = now.resourceVersion;
      }
    }
  }
}
