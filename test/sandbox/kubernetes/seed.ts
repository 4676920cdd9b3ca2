// The cluster the sandbox starts with, as the seeds describe blue-green on Kubernetes: namespace
// `shop`, two Deployments labelled version: blue / green, a Service on blue and a preview Service on
// green, per-color Services behind two Gateways' HTTPRoutes, and VirtualServices over a Service
// that selects both colors, told apart by a DestinationRule's subsets. Blue is live everywhere.

import type { SandboxColor } from "../world.ts";
import { GATEWAY_CONTROLLER } from "./gateway-status.ts";
import type { KubeObject, Store } from "./store.ts";

export const APP = "shop";
const COLORS = ["blue", "green"] as const;

function meta(name: string, namespace: string, labels?: Record<string, string>): KubeObject["metadata"] {
  return { name, namespace, ...(labels ? { labels } : {}) };
}

function deploymentOf(namespace: string, color: SandboxColor, image: string, replicas: number): KubeObject {
  const labels = { app: APP, version: color };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: meta(`${APP}-${color}`, namespace, labels),
    spec: {
      replicas,
      selector: { matchLabels: labels },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } },
      progressDeadlineSeconds: 600,
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: "app",
              image,
              ports: [{ containerPort: 8080, protocol: "TCP" }],
              readinessProbe: { httpGet: { path: "/health", port: 8080 }, periodSeconds: 10, failureThreshold: 3 },
            },
          ],
          terminationGracePeriodSeconds: 30,
        },
      },
    },
  };
}

function serviceOf(namespace: string, name: string, selector: Record<string, string>, clusterIp: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: meta(name, namespace, { app: APP }),
    spec: {
      type: "ClusterIP",
      clusterIP: clusterIp,
      clusterIPs: [clusterIp],
      selector,
      ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }],
    },
  };
}

function httpRouteOf(namespace: string, name: string, gateway: string, weights: Record<SandboxColor, number>): KubeObject {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: meta(name, namespace),
    spec: {
      parentRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: gateway }],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: "/" } }],
          backendRefs: COLORS.map((c) => ({ group: "", kind: "Service", name: `${APP}-${c}`, port: 80, weight: weights[c] })),
        },
      ],
    },
  };
}

function virtualServiceOf(namespace: string, name: string, weights: Record<SandboxColor, number>): KubeObject {
  return {
    apiVersion: "networking.istio.io/v1",
    kind: "VirtualService",
    metadata: meta(name, namespace),
    spec: {
      hosts: [name],
      http: [
        { name: "primary", route: COLORS.map((c) => ({ destination: { host: `${APP}-all`, subset: c }, weight: weights[c] })) },
      ],
    },
  };
}

/** Stores the seed objects in `ns`, each Deployment with `replicas`. */
export function seed(store: Store, ns: string, replicas: number): void {
  store.create("namespaces", { apiVersion: "v1", kind: "Namespace", metadata: { name: ns } });
  const images = { blue: "sandbox/shop:v1", green: "sandbox/shop:v2" };
  for (const color of COLORS) store.create("deployments", deploymentOf(ns, color, images[color], replicas));
  store.create("services", serviceOf(ns, APP, { app: APP, version: "blue" }, "10.96.0.10"));
  store.create("services", serviceOf(ns, `${APP}-preview`, { app: APP, version: "green" }, "10.96.0.11"));
  // The mesh's host selects both colors; the DestinationRule's subsets tell them apart.
  store.create("services", serviceOf(ns, `${APP}-all`, { app: APP }, "10.96.0.12"));
  for (const [i, color] of COLORS.entries())
    store.create("services", serviceOf(ns, `${APP}-${color}`, { app: APP, version: color }, `10.96.0.${20 + i}`));
  store.create("gatewayclasses", {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "GatewayClass",
    metadata: { name: "sandbox" },
    spec: { controllerName: GATEWAY_CONTROLLER },
  });
  for (const gateway of [`${APP}-gateway`, `${APP}-preview-gateway`]) {
    store.create("gateways", {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "Gateway",
      metadata: meta(gateway, ns),
      spec: { gatewayClassName: "sandbox", listeners: [{ name: "http", port: 80, protocol: "HTTP" }] },
    });
  }
  store.create("httproutes", httpRouteOf(ns, APP, `${APP}-gateway`, { blue: 100, green: 0 }));
  store.create("httproutes", httpRouteOf(ns, `${APP}-preview`, `${APP}-preview-gateway`, { blue: 0, green: 100 }));
  store.create("destinationrules", {
    apiVersion: "networking.istio.io/v1",
    kind: "DestinationRule",
    metadata: meta(`${APP}-all`, ns),
    spec: { host: `${APP}-all`, subsets: COLORS.map((c) => ({ name: c, labels: { version: c } })) },
  });
  store.create("virtualservices", virtualServiceOf(ns, APP, { blue: 100, green: 0 }));
  store.create("virtualservices", virtualServiceOf(ns, `${APP}-preview`, { blue: 0, green: 100 }));
}
