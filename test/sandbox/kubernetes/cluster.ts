// A Kubernetes cluster for cutover's tests and demo: the API imitation, its controllers and
// kubelet, and the traffic planes, over the objects seed.ts stores. Blue starts live everywhere.
import { writeFileSync } from "node:fs";
import { stringify } from "yaml";
import { type AppBehaviour, SessionStore } from "../apps/app.ts";
import { DEFAULT_BEHAVIOUR, type SandboxColor } from "../world.ts";
import { KubeApi } from "./api.ts";
import { Controllers } from "./controllers.ts";
import { admitCustom } from "./crd-schemas.ts";
import { GatewayPlane, MeshPlane, ServicePlane } from "./planes.ts";
import { Kubelet } from "./pods.ts";
import { defaultPropagation, type PlaneDelay, type Propagation, seededRandom } from "./propagation.ts";
import { RESOURCES } from "./resources.ts";
import { APP, seed } from "./seed.ts";
import { Store } from "./store.ts";
import { type ServingCert, servingCert } from "./tls.ts";

export interface ClusterOptions {
  namespace?: string;
  replicas?: number;
  /** Real time per cluster second: progress deadlines and grace periods shrink by it. */
  timeScale?: number;
  /** How long kube-proxy, the gateway and the mesh take to apply a change (propagation.ts's defaults, scaled). */
  propagation?: Partial<Propagation>;
  /** Istio's analysis controller (PILOT_ENABLE_ANALYSIS): writes VirtualService status every 10 s, scaled. */
  analysis?: boolean;
}

export class Cluster {
  readonly options: Required<Omit<ClusterOptions, "propagation">> & { propagation: Propagation };
  readonly store = new Store();
  readonly api: KubeApi;
  readonly tls: ServingCert = servingCert();
  readonly kubelet: Kubelet;
  readonly controllers: Controllers;
  readonly sessions = new SessionStore();
  readonly #own: Record<string, SessionStore> = { blue: new SessionStore(), green: new SessionStore() };
  readonly behaviour: Record<string, AppBehaviour> = structuredClone(DEFAULT_BEHAVIOUR);
  readonly planes: { services: ServicePlane[]; gateways: GatewayPlane[]; mesh: MeshPlane[] } = {
    services: [],
    gateways: [],
    mesh: [],
  };
  urls = { api: "", prod: "", test: "", gateway: "", gatewayTest: "", mesh: "", meshTest: "" };

  constructor(options: ClusterOptions = {}) {
    const scale = options.timeScale ?? 0.02;
    const propagation = { ...defaultPropagation(scale), ...options.propagation };
    this.options = { namespace: "shop", replicas: 2, timeScale: scale, analysis: false, ...options, propagation };
    const p = propagation;
    const range = (d: PlaneDelay) =>
      `${Math.round(d.minMs)}-${Math.round(d.maxMs)} ms${d.capMs ? ` after a ${Math.round(d.quietMs ?? 0)} ms quiet (at most ${Math.round(d.capMs)} ms)` : ""}`;
    console.log(
      `Kubernetes sandbox propagation, seed ${p.seed} (CUTOVER_SANDBOX_SEED=${p.seed} replays it): kube-proxy ${range(p.service)}, gateway ${range(p.gateway)}, mesh ${range(p.mesh)}.`,
    );
    this.api = new KubeApi(this.store, `sandbox-${Math.random().toString(36).slice(2)}`, this.tls);
    this.kubelet = new Kubelet(
      this.store,
      // startMs: pull and start; probes every 10 s and a grace of 30 s, scaled.
      { startMs: 2000 * scale, probeMs: 10_000 * scale, graceMs: 30_000 * scale },
      "version",
      this.sessions,
      (color) => this.#own[color] ?? new SessionStore(),
      (color) => ({ ...(this.behaviour[color] ?? DEFAULT_BEHAVIOUR.blue) }),
    );
    this.controllers = new Controllers(this.store, this.kubelet, 20, scale, this.options.analysis);
    this.api.podLogs = (pod) => this.kubelet.logs(pod);
    seed(this.store, this.options.namespace, this.options.replicas);
  }

  get namespace(): string {
    return this.options.namespace;
  }

  async start(): Promise<this> {
    const ns = this.options.namespace;
    const random = seededRandom(this.options.propagation.seed);
    const sync = (plane: "service" | "gateway" | "mesh") => ({ delay: this.options.propagation[plane], random });
    // The CRDs' validators compile here, before any traffic: the first write would stall the server a second.
    for (const type of RESOURCES) for (const o of this.store.list(type.plural, ns).slice(0, 1)) admitCustom(type, o, "Ignore");
    this.controllers.start();
    this.urls.api = await this.api.listen();
    for (const name of [APP, `${APP}-preview`])
      this.planes.services.push(new ServicePlane(this.store, ns, name, sync("service")));
    for (const name of [`${APP}-gateway`, `${APP}-preview-gateway`])
      this.planes.gateways.push(new GatewayPlane(this.store, ns, name, sync("gateway")));
    for (const host of [APP, `${APP}-preview`]) this.planes.mesh.push(new MeshPlane(this.store, ns, host, sync("mesh")));
    const [prod, test] = this.planes.services;
    const [gateway, gatewayTest] = this.planes.gateways;
    const [mesh, meshTest] = this.planes.mesh;
    Object.assign(this.urls, {
      prod: await prod?.listen(),
      test: await test?.listen(),
      gateway: await gateway?.listen(),
      gatewayTest: await gatewayTest?.listen(),
      mesh: await mesh?.listen(),
      meshTest: await meshTest?.listen(),
    });
    await this.waitRolledOut();
    await this.#waitProxied();
    return this;
  }

  /**
   * kube-proxy follows the EndpointSlices a sync later: the sandbox is up once every Service's
   * port routes, so that no test's first request meets a port with no endpoint yet.
   */
  async #waitProxied(timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.planes.services.every((p) => p.ready)) {
      if (Date.now() > deadline) throw new Error("a Service port still has no endpoint");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Waits until the Service's proxy routes new connections only to pods running `image`. Rolled out
   * is the Deployment's status; the old pods stop taking connections at once (SIGTERM) while
   * kube-proxy still lists them until it syncs the EndpointSlices, so a client waits for this.
   */
  async waitServing(service: string, image: string, timeoutMs = 10_000): Promise<void> {
    const plane = this.planes.services.find((p) => p.name === service);
    const imageOf = (pod: string) =>
      (this.store.get("pods", this.namespace, pod)?.spec as { containers: { image: string }[] } | undefined)?.containers[0]
        ?.image;
    const deadline = Date.now() + timeoutMs;
    while (!((plane?.endpoints ?? []).length > 0 && (plane?.endpoints ?? []).every((pod) => imageOf(pod) === image))) {
      if (Date.now() > deadline) throw new Error(`Service ${service} still routes to pods not running ${image}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits until every Deployment reports a finished rollout and every Service lists its pods. */
  async waitRolledOut(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const pending = this.store.list("deployments").filter((d) => {
        const spec = d.spec as { replicas?: number };
        const status = (d.status ?? {}) as {
          observedGeneration?: number;
          availableReplicas?: number;
          updatedReplicas?: number;
          replicas?: number;
        };
        const want = spec.replicas ?? 1;
        return (
          status.observedGeneration !== d.metadata.generation ||
          (status.availableReplicas ?? 0) !== want ||
          (status.updatedReplicas ?? 0) !== want ||
          (status.replicas ?? 0) !== want
        );
      });
      if (pending.length === 0) return;
      if (Date.now() > deadline) throw new Error(`deployments not rolled out: ${pending.map((d) => d.metadata.name).join(", ")}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Changes the app servers of a color now and the pods it starts later. */
  setApps(color: SandboxColor, behaviour: Partial<AppBehaviour>): void {
    Object.assign(this.behaviour[color] as AppBehaviour, behaviour);
    this.kubelet.setApps(color, behaviour);
  }

  /** Writes a kubeconfig that reaches the API with the cluster's token (or `token`), in the cluster's namespace. */
  writeKubeconfig(file: string, context = "sandbox", token = this.api.token): string {
    const config = {
      apiVersion: "v1",
      kind: "Config",
      clusters: [
        {
          name: "sandbox",
          cluster: { server: this.urls.api, "certificate-authority-data": Buffer.from(this.tls.cert).toString("base64") },
        },
      ],
      users: [{ name: "cutover", user: { token } }],
      contexts: [{ name: context, context: { cluster: "sandbox", user: "cutover", namespace: this.options.namespace } }],
      "current-context": context,
      preferences: {},
    };
    writeFileSync(file, stringify(config), { mode: 0o600 });
    return file;
  }

  /** Selectors, route weights and rollouts as stored now, for the control endpoint. */
  describe(): unknown {
    const ns = this.options.namespace;
    const spec = (resource: string, name: string) => this.store.get(resource, ns, name)?.spec;
    return {
      selectors: Object.fromEntries(
        this.store.list("services", ns).map((s) => [s.metadata.name, (s.spec as { selector?: unknown }).selector]),
      ),
      deployments: Object.fromEntries(this.store.list("deployments", ns).map((d) => [d.metadata.name, d.status])),
      httproutes: { shop: spec("httproutes", APP), "shop-preview": spec("httproutes", `${APP}-preview`) },
      virtualservices: { shop: spec("virtualservices", APP), "shop-preview": spec("virtualservices", `${APP}-preview`) },
      urls: this.urls,
    };
  }

  /**
   * The KEY=VALUE lines `npm run sandbox -- --router <kind>` writes: the kubeconfig, the router's
   * inputs as one JSON object, and where production and the test route answer.
   */
  envFile(router: "kubernetes" | "gateway-api" | "istio", kubeconfig: string, control: string): Record<string, string> {
    const ns = this.options.namespace;
    const inputs = {
      kubernetes: { namespace: ns, service: APP, "test-service": `${APP}-preview`, kubeconfig },
      "gateway-api": {
        namespace: ns,
        httproute: APP,
        "test-httproute": `${APP}-preview`,
        "blue-service": `${APP}-blue`,
        "green-service": `${APP}-green`,
        kubeconfig,
      },
      istio: {
        namespace: ns,
        virtualservice: APP,
        "test-virtualservice": `${APP}-preview`,
        host: `${APP}-all`,
        "blue-subset": "blue",
        "green-subset": "green",
        kubeconfig,
      },
    }[router];
    const urls = {
      kubernetes: [this.urls.prod, this.urls.test],
      "gateway-api": [this.urls.gateway, this.urls.gatewayTest],
      istio: [this.urls.mesh, this.urls.meshTest],
    }[router];
    return {
      KUBECONFIG: kubeconfig,
      CUTOVER_ROUTER: router,
      CUTOVER_ROUTER_INPUTS: JSON.stringify(inputs),
      CUTOVER_PROD_URL: urls[0] as string,
      CUTOVER_TEST_URL: urls[1] as string,
      CUTOVER_SANDBOX_CONTROL_URL: control,
    };
  }

  /** A Deployment's spec.replicas as stored now. */
  replicasOf(deployment: string): number | undefined {
    return (this.store.get("deployments", this.options.namespace, deployment)?.spec as { replicas?: number } | undefined)
      ?.replicas;
  }

  /** A Service's selector as stored now. */
  selectorOf(service: string): Record<string, string> {
    return (
      ((this.store.get("services", this.options.namespace, service)?.spec ?? {}) as { selector?: Record<string, string> })
        .selector ?? {}
    );
  }

  async stop(): Promise<void> {
    this.controllers.stop();
    await Promise.all([...this.planes.services, ...this.planes.gateways, ...this.planes.mesh].map((p) => p.close()));
    await this.api.close();
    await this.kubelet.stop();
  }
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  return new Cluster(options).start();
}
