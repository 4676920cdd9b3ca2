// Traffic planes over real ports. A Service port is kube-proxy: it picks a ready endpoint from the
// Service's EndpointSlices for each NEW TCP connection, and a kept-alive connection stays on the
// pod it reached ("Virtual IPs and Service Proxies"). A gateway port routes each request by the
// HTTPRoutes attached to its Gateway and their backendRef weights ("HTTPRoute": weight is
// proportional, all-zero answers 500), and a mesh port by a VirtualService's weighted destinations
// and DestinationRule subsets, as Envoy does. Each applies a change some time after it is stored,
// as propagation.ts draws it per plane.
import { Agent, createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import { connect, createServer as createTcpServer, type Socket, type Server as TcpServer } from "node:net";
import { closeServer, listenLocal } from "../serve.ts";
import { attached } from "./gateway-status.ts";
import { type PlaneDelay, Syncer } from "./propagation.ts";
import { selects } from "./selectors.ts";
import type { Any, KubeObject, Store } from "./store.ts";

export interface Endpoint {
  ip: string;
  port: number;
  pod: string;
}

/** Ready endpoints of a Service; when none is ready, the serving terminating ones (kube-proxy's fallback). */
export function endpointsOf(store: Store, namespace: string, service: string, subsetLabels?: Record<string, string>): Endpoint[] {
  const slices = store
    .list("endpointslices", namespace)
    .filter((s) => s.metadata.labels?.["kubernetes.io/service-name"] === service);
  const all = slices.flatMap((s) =>
    ((s.endpoints ?? []) as Any[]).map((e) => ({
      ip: e.addresses[0] as string,
      port: ((s.ports ?? []) as Any[])[0]?.port as number,
      pod: e.targetRef?.name as string,
      ready: e.conditions?.ready === true,
      serving: e.conditions?.serving === true,
    })),
  );
  const wanted = subsetLabels
    ? all.filter((e) =>
        selects(subsetLabels, store.list("pods", namespace).find((p) => p.metadata.name === e.pod)?.metadata.labels),
      )
    : all;
  const ready = wanted.filter((e) => e.ready);
  return (ready.length ? ready : wanted.filter((e) => e.serving)).map(({ ip, port, pod }) => ({ ip, port, pod }));
}

/** How a plane follows the store: its delay, and the run's seeded random source for jitter. */
export interface Sync {
  delay: PlaneDelay;
  random: () => number;
}

/** Re-reads what a plane routes by at its next sync after any change it cares about. */
class Follower<T> {
  value: T;
  readonly #stop: () => void;
  readonly #syncer: Syncer;
  constructor(store: Store, resources: string[], sync: Sync, read: () => T) {
    this.value = read();
    this.#syncer = new Syncer(sync.delay, sync.random, () => {
      this.value = read();
    });
    this.#stop = store.onChange((event) => {
      if (resources.includes(event.resource)) this.#syncer.changed();
    });
  }
  stop(): void {
    this.#stop();
    this.#syncer.stop();
  }
}

/** kube-proxy for one Service: per connection, a random ready endpoint. */
export class ServicePlane {
  readonly name: string;
  readonly connections = new Map<string, number>();
  readonly #server: TcpServer;
  readonly #sockets = new Set<Socket>();
  readonly #endpoints: Follower<Endpoint[]>;

  constructor(store: Store, namespace: string, service: string, sync: Sync) {
    this.name = service;
    this.#endpoints = new Follower(store, ["endpointslices"], sync, () => endpointsOf(store, namespace, service));
    this.#server = createTcpServer((client) => this.#connect(client));
  }

  /** The pods kube-proxy's rules send new connections to now. */
  get endpoints(): string[] {
    return this.#endpoints.value.map((e) => e.pod);
  }

  /** Whether kube-proxy's rules list an endpoint yet: until then it rejects every connection. */
  get ready(): boolean {
    return this.#endpoints.value.length > 0;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    const address = this.#server.address() as { port: number };
    return `http://127.0.0.1:${address.port}`;
  }

  #connect(client: Socket): void {
    const endpoints = this.#endpoints.value;
    const chosen = endpoints[Math.floor(Math.random() * endpoints.length)];
    // No endpoint: kube-proxy rejects the connection.
    if (!chosen) {
      client.destroy();
      return;
    }
    this.connections.set(chosen.pod, (this.connections.get(chosen.pod) ?? 0) + 1);
    const upstream = connect(chosen.port, chosen.ip);
    for (const socket of [client, upstream]) {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  }

  close(): Promise<void> {
    this.#endpoints.stop();
    for (const socket of this.#sockets) socket.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

interface Backend {
  weight: number;
  endpoints: () => Endpoint[];
  missing?: string;
}

function pathMatches(match: Any | undefined, path: string): boolean {
  if (!match) return true;
  const value = String(match.value ?? match.prefix ?? match.exact ?? "/");
  const type = match.type ?? (match.exact !== undefined ? "Exact" : "PathPrefix");
  if (type === "Exact") return path === value;
  return value === "/" || path === value || path.startsWith(value.endsWith("/") ? value : `${value}/`);
}

function headersMatch(list: Any[] | Record<string, Any> | undefined, req: IncomingMessage): boolean {
  if (!list) return true;
  if (Array.isArray(list)) return list.every((h) => req.headers[String(h.name).toLowerCase()] === h.value);
  return Object.entries(list).every(([name, m]) => req.headers[name.toLowerCase()] === (m as Any).exact);
}

function pick(backends: Backend[]): Backend | undefined {
  const total = backends.reduce((sum, b) => sum + b.weight, 0);
  let roll = Math.random() * total;
  for (const backend of backends) {
    roll -= backend.weight;
    if (roll < 0) return backend;
  }
  return undefined;
}

/** An L7 proxy: the subclass says which backends a request may go to. */
/** Well within the sandbox apps' keep-alive timeout (apps/app.ts, 30 s), whatever a stalled loop does. */
const IDLE_UPSTREAM_MS = 10_000;

abstract class HttpPlane {
  readonly #server: Server;
  /**
   * Idle connections to pods are closed by the plane, after IDLE_UPSTREAM_MS, before the app closes
   * them (its keep-alive timeout is 30 s). A real proxy reads the app's close of an idle connection
   * as it happens (Envoy drops it from its pool); here the app and the plane share one event loop,
   * and a loop stalled on a busy machine ran the app's keep-alive timer and then handed the closed
   * connection to the next request: socket hang up, a 503 no real cluster gives.
   */
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: IDLE_UPSTREAM_MS });
  readonly #follower: Follower<KubeObject[]>;
  readonly store: Store;
  readonly namespace: string;

  constructor(store: Store, namespace: string, resources: string[], sync: Sync, read: () => KubeObject[]) {
    this.store = store;
    this.namespace = namespace;
    this.#follower = new Follower(store, resources, sync, read);
    this.#server = createServer((req, res) => this.#route(req, res));
    this.#server.keepAliveTimeout = 30_000;
  }

  listen(): Promise<string> {
    return listenLocal(this.#server);
  }

  close(): Promise<void> {
    this.#follower.stop();
    this.#agent.destroy();
    return closeServer(this.#server);
  }

  protected abstract backends(config: KubeObject[], req: IncomingMessage, path: string): Backend[] | undefined;

  #route(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? "/", "http://plane").pathname;
    const backends = this.backends(this.#follower.value, req, path);
    if (!backends) return void res.writeHead(404, { "content-type": "text/plain" }).end("route not found\n");
    const backend = pick(backends);
    if (!backend || backend.missing) return void res.writeHead(500, { "content-type": "text/plain" }).end("no backend\n");
    const endpoints = backend.endpoints();
    const endpoint = endpoints[Math.floor(Math.random() * endpoints.length)];
    if (!endpoint) return void res.writeHead(503, { "content-type": "text/plain" }).end("no healthy upstream\n");
    const upstream = request(
      { host: endpoint.ip, port: endpoint.port, method: req.method, path: req.url, headers: req.headers, agent: this.#agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(503, { "content-type": "text/plain" });
      res.end("upstream connect error or disconnect/reset before headers\n");
    });
    req.pipe(upstream);
  }
}

/** A Gateway's data plane: the rules of the HTTPRoutes attached to it (accepted by its controller). */
export class GatewayPlane extends HttpPlane {
  readonly gateway: string;
  constructor(store: Store, namespace: string, gateway: string, sync: Sync) {
    super(store, namespace, ["httproutes", "endpointslices", "services", "gateways", "gatewayclasses"], sync, () =>
      store.list("httproutes").filter((r) => attached(store, r, namespace, gateway)),
    );
    this.gateway = gateway;
  }

  protected backends(routes: KubeObject[], req: IncomingMessage, path: string): Backend[] | undefined {
    // Precedence, simplified from the spec: the longest matching path value wins.
    let best: { rule: Any; route: KubeObject; length: number } | undefined;
    for (const route of routes) {
      for (const rule of ((route.spec as Any).rules ?? []) as Any[]) {
        const matches = (rule.matches ?? [{ path: { type: "PathPrefix", value: "/" } }]) as Any[];
        for (const m of matches) {
          if (!pathMatches(m.path, path) || !headersMatch(m.headers, req)) continue;
          const length = String(m.path?.value ?? "/").length + (m.headers?.length ?? 0) * 1000;
          if (!best || length > best.length) best = { rule, route, length };
        }
      }
    }
    if (!best) return undefined;
    const ns = best.route.metadata.namespace as string;
    return ((best.rule.backendRefs ?? []) as Any[]).map((ref) => ({
      weight: ref.weight ?? 1,
      missing: this.store.get("services", ref.namespace ?? ns, ref.name) ? undefined : ref.name,
      endpoints: () => endpointsOf(this.store, ref.namespace ?? ns, ref.name),
    }));
  }
}

/** A sidecar calling `host`: the VirtualService for it, or the Service itself when there is none. */
export class MeshPlane extends HttpPlane {
  readonly host: string;
  constructor(store: Store, namespace: string, host: string, sync: Sync) {
    super(store, namespace, ["virtualservices", "destinationrules", "endpointslices"], sync, () =>
      store
        .list("virtualservices", namespace)
        .filter((vs) => ((vs.spec as Any).hosts ?? []).some((h: string) => h.split(".")[0] === host)),
    );
    this.host = host;
  }

  protected backends(services: KubeObject[], req: IncomingMessage, path: string): Backend[] | undefined {
    const vs = services[0];
    if (!vs) return [{ weight: 1, endpoints: () => endpointsOf(this.store, this.namespace, this.host) }];
    for (const route of ((vs.spec as Any).http ?? []) as Any[]) {
      const matches = (route.match ?? [{}]) as Any[];
      if (!matches.some((m) => pathMatches(m.uri, path) && headersMatch(m.headers, req))) continue;
      const destinations = (route.route ?? []) as Any[];
      return destinations.map((d) => {
        const host = String(d.destination.host).split(".")[0] as string;
        const labels = d.destination.subset ? this.#subset(host, d.destination.subset) : undefined;
        return {
          // One destination takes everything whatever its weight; unset weights are 0 otherwise.
          weight: destinations.length === 1 ? 100 : (d.weight ?? 0),
          missing: this.store.get("services", this.namespace, host) && (!d.destination.subset || labels) ? undefined : host,
          endpoints: () => endpointsOf(this.store, this.namespace, host, labels),
        };
      });
    }
    return undefined;
  }

  #subset(host: string, subset: string): Record<string, string> | undefined {
    const rule = this.store
      .list("destinationrules", this.namespace)
      .find((r) => String((r.spec as Any).host).split(".")[0] === host);
    return ((rule?.spec as Any)?.subsets ?? []).find((s: Any) => s.name === subset)?.labels;
  }
}
