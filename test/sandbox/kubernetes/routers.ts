// The three Kubernetes routers as tests drive them against one Cluster: their inputs, where their
// production and test traffic enter (kube-proxy, the gateway, the mesh), and which color each route
// object names as stored. Tests loop over ROUTERS so that every case runs on each of them.
import { get } from "node:http";
import type { SandboxColor } from "../world.ts";
import type { Cluster } from "./cluster.ts";
import { SEEDED_ROUTES } from "./route-inputs.ts";
import type { Any } from "./store.ts";

export type RouteColor = SandboxColor | "split";

export interface KubeRouter {
  router: "kubernetes" | "gateway-api" | "istio";
  /** The API resource that holds its routes, for faults and the write log. */
  resource: "services" | "httproutes" | "virtualservices";
  inputs: Record<string, string>;
  prod(cluster: Cluster): string;
  test(cluster: Cluster): string;
  /** The color a route (shop or shop-preview) sends all traffic to as stored, or split. */
  on(cluster: Cluster, name: string): RouteColor;
  /** The first rule's weights, for the weighted routers. */
  weights(cluster: Cluster, name: string): { blue: number; green: number };
}

const firstRule = (cluster: Cluster, resource: string, name: string, field: string): Any =>
  ((cluster.store.get(resource, "shop", name)?.spec as Any)?.[field] ?? [])[0];

function colorOf(weights: { blue: number; green: number }): RouteColor {
  if (weights.green === 0 && weights.blue > 0) return "blue";
  if (weights.blue === 0 && weights.green > 0) return "green";
  return "split";
}

const kubernetes: KubeRouter = {
  router: "kubernetes",
  resource: "services",
  inputs: { ...SEEDED_ROUTES.kubernetes },
  prod: (c) => c.urls.prod,
  test: (c) => c.urls.test,
  on: (c, name) => {
    const v = c.selectorOf(name).version;
    return v === "blue" || v === "green" ? v : "split";
  },
  weights: (c, name) => {
    const v = c.selectorOf(name).version;
    return { blue: v === "blue" ? 100 : 0, green: v === "green" ? 100 : 0 };
  },
};

const gatewayApi: KubeRouter = {
  router: "gateway-api",
  resource: "httproutes",
  inputs: { ...SEEDED_ROUTES["gateway-api"] },
  prod: (c) => c.urls.gateway,
  test: (c) => c.urls.gatewayTest,
  on: (c, name) => colorOf(gatewayApi.weights(c, name)),
  weights: (c, name) => {
    const refs = (firstRule(c, "httproutes", name, "rules")?.backendRefs ?? []) as Any[];
    const of = (color: string) =>
      refs.filter((r) => r.name === `shop-${color}`).reduce((n, r) => n + (r.weight ?? 1), 0) as number;
    return { blue: of("blue"), green: of("green") };
  },
};

const istio: KubeRouter = {
  router: "istio",
  resource: "virtualservices",
  inputs: { ...SEEDED_ROUTES.istio },
  prod: (c) => c.urls.mesh,
  test: (c) => c.urls.meshTest,
  on: (c, name) => colorOf(istio.weights(c, name)),
  weights: (c, name) => {
    const route = (firstRule(c, "virtualservices", name, "http")?.route ?? []) as Any[];
    const of = (color: string) =>
      route
        .filter((d) => d.destination?.subset === color)
        .reduce((n, d) => n + (d.weight ?? (route.length === 1 ? 100 : 0)), 0) as number;
    return { blue: of("blue"), green: of("green") };
  },
};

export const ROUTERS: KubeRouter[] = [kubernetes, gatewayApi, istio];

/** One request on a connection of its own: kube-proxy keeps a kept-alive connection on the pod it chose. */
function versionOnce(url: string): Promise<string> {
  return new Promise((resolve) => {
    const req = get(`${url}/version`, { agent: false, timeout: 5_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve(res.statusCode === 200 ? body.trim() : `HTTP ${res.statusCode}`));
      res.on("error", () => resolve("no answer"));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve("no answer"));
  });
}

/** The version that answers on `url` now: a few requests on new connections, all of which must agree. */
export async function servedVersion(url: string): Promise<string> {
  const answers = await Promise.all(Array.from({ length: 6 }, () => versionOnce(url)));
  return [...new Set(answers)].sort().join(",");
}

/** The version expected on `url` once the planes follow the stored routes: a bounded wait, never a sleep. */
export async function untilServed(url: string, expected: string, withinMs = 5_000): Promise<string> {
  let seen = await servedVersion(url);
  for (const deadline = Date.now() + withinMs; seen !== expected && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await servedVersion(url);
  }
  return seen;
}

/** The color a sandbox version stands for. */
export const versionOf = (color: SandboxColor): string => (color === "blue" ? "v1" : "v2");
