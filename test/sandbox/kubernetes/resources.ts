// Over 300 lines: one table of every served kind with its printer columns, beside the discovery built from it.
// The resource types the imitation serves, and the discovery documents that list them. Shapes:
// "Kubernetes API Concepts" (API discovery), APIGroupList / APIResourceList in the API reference
// (Common Definitions), and the CRDs' names as the Gateway API and Istio install them.
import type { Any, KubeObject } from "./store.ts";

export interface ResourceType {
  group: string;
  version: string;
  plural: string;
  kind: string;
  singular: string;
  shortNames?: string[];
  categories?: string[];
  /** What `kubectl get` shows: the server's Table columns (printers in the API server). */
  columns: [name: string, type: string, cell: (o: KubeObject) => string | number][];
}

const VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

const spec = (o: KubeObject): Any => (o.spec ?? {}) as Any;
const status = (o: KubeObject): Any => (o.status ?? {}) as Any;

/** `5m`, `3h`, as kubectl's AGE column: the server sends the duration already formatted. */
export function age(o: KubeObject): string {
  const s = Math.max(0, Math.round((Date.now() - Date.parse(o.metadata.creationTimestamp ?? "")) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m`;
  return `${Math.floor(s / 3600)}h`;
}

const selector = (map: Record<string, string> | undefined): string =>
  map && Object.keys(map).length
    ? Object.entries(map)
        .map(([k, v]) => `${k}=${v}`)
        .join(",")
    : "<none>";

export const RESOURCES: ResourceType[] = [
  {
    group: "",
    version: "v1",
    plural: "services",
    kind: "Service",
    singular: "service",
    shortNames: ["svc"],
    categories: ["all"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Type", "string", (o) => spec(o).type ?? "ClusterIP"],
      ["Cluster-IP", "string", (o) => spec(o).clusterIP ?? "<none>"],
      ["External-IP", "string", () => "<none>"],
      ["Port(s)", "string", (o) => ((spec(o).ports ?? []) as Any[]).map((p) => `${p.port}/${p.protocol ?? "TCP"}`).join(",")],
      ["Age", "string", age],
      ["Selector", "string", (o) => selector(spec(o).selector)],
    ],
  },
  {
    group: "",
    version: "v1",
    plural: "pods",
    kind: "Pod",
    singular: "pod",
    shortNames: ["po"],
    categories: ["all"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      [
        "Ready",
        "string",
        (o) => {
          const all = (status(o).containerStatuses ?? []) as Any[];
          return `${all.filter((c) => c.ready).length}/${all.length || 1}`;
        },
      ],
      ["Status", "string", (o) => (status(o).containerStatuses?.[0]?.state?.waiting?.reason as string) ?? status(o).phase],
      ["Restarts", "integer", (o) => status(o).containerStatuses?.[0]?.restartCount ?? 0],
      ["Age", "string", age],
    ],
  },
  {
    group: "",
    version: "v1",
    plural: "namespaces",
    kind: "Namespace",
    singular: "namespace",
    shortNames: ["ns"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Status", "string", () => "Active"],
      ["Age", "string", age],
    ],
  },
  {
    group: "apps",
    version: "v1",
    plural: "deployments",
    kind: "Deployment",
    singular: "deployment",
    shortNames: ["deploy"],
    categories: ["all"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Ready", "string", (o) => `${status(o).readyReplicas ?? 0}/${spec(o).replicas ?? 1}`],
      ["Up-to-date", "integer", (o) => status(o).updatedReplicas ?? 0],
      ["Available", "integer", (o) => status(o).availableReplicas ?? 0],
      ["Age", "string", age],
    ],
  },
  {
    group: "discovery.k8s.io",
    version: "v1",
    plural: "endpointslices",
    kind: "EndpointSlice",
    singular: "endpointslice",
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["AddressType", "string", (o) => o.addressType as string],
      ["Ports", "string", (o) => ((o.ports ?? []) as Any[]).map((p) => p.port).join(",") || "<unset>"],
      [
        "Endpoints",
        "string",
        (o) =>
          ((o.endpoints ?? []) as Any[])
            .flatMap((e) => e.addresses)
            .slice(0, 3)
            .join(",") || "<unset>",
      ],
      ["Age", "string", age],
    ],
  },
  {
    group: "gateway.networking.k8s.io",
    version: "v1",
    plural: "gatewayclasses",
    kind: "GatewayClass",
    singular: "gatewayclass",
    shortNames: ["gc"],
    categories: ["gateway-api"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Controller", "string", (o) => spec(o).controllerName],
      ["Accepted", "string", (o) => (status(o).conditions ?? []).find((c: Any) => c.type === "Accepted")?.status ?? "Unknown"],
      ["Age", "string", age],
    ],
  },
  {
    group: "gateway.networking.k8s.io",
    version: "v1",
    plural: "gateways",
    kind: "Gateway",
    singular: "gateway",
    shortNames: ["gtw"],
    categories: ["gateway-api"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Class", "string", (o) => spec(o).gatewayClassName],
      ["Address", "string", (o) => status(o).addresses?.[0]?.value ?? ""],
      ["Age", "string", age],
    ],
  },
  {
    group: "gateway.networking.k8s.io",
    version: "v1",
    plural: "httproutes",
    kind: "HTTPRoute",
    singular: "httproute",
    categories: ["gateway-api"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Hostnames", "string", (o) => JSON.stringify(spec(o).hostnames ?? [])],
      ["Age", "string", age],
    ],
  },
  {
    group: "networking.istio.io",
    version: "v1",
    plural: "virtualservices",
    kind: "VirtualService",
    singular: "virtualservice",
    shortNames: ["vs"],
    categories: ["istio-io", "networking-istio-io"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Gateways", "string", (o) => JSON.stringify(spec(o).gateways ?? [])],
      ["Hosts", "string", (o) => JSON.stringify(spec(o).hosts ?? [])],
      ["Age", "string", age],
    ],
  },
  {
    group: "networking.istio.io",
    version: "v1",
    plural: "destinationrules",
    kind: "DestinationRule",
    singular: "destinationrule",
    shortNames: ["dr"],
    categories: ["istio-io", "networking-istio-io"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Host", "string", (o) => spec(o).host],
      ["Age", "string", age],
    ],
  },
  {
    group: "apps",
    version: "v1",
    plural: "replicasets",
    kind: "ReplicaSet",
    singular: "replicaset",
    shortNames: ["rs"],
    categories: ["all"],
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Desired", "integer", (o) => spec(o).replicas ?? 1],
      ["Current", "integer", (o) => status(o).replicas ?? 0],
      ["Ready", "integer", (o) => status(o).readyReplicas ?? 0],
      ["Age", "string", age],
    ],
  },
  {
    group: "",
    version: "v1",
    plural: "events",
    kind: "Event",
    singular: "event",
    shortNames: ["ev"],
    columns: [
      ["Last Seen", "string", (o) => age({ ...o, metadata: { ...o.metadata, creationTimestamp: o.lastTimestamp as string } })],
      ["Type", "string", (o) => o.type as string],
      ["Reason", "string", (o) => o.reason as string],
      ["Object", "string", (o) => `${String((o.involvedObject as Any)?.kind).toLowerCase()}/${(o.involvedObject as Any)?.name}`],
      ["Message", "string", (o) => o.message as string],
    ],
  },
  // "Using RBAC Authorization": the namespaced Role and RoleBinding the authorizer reads (rbac.ts).
  {
    group: "rbac.authorization.k8s.io",
    version: "v1",
    plural: "roles",
    kind: "Role",
    singular: "role",
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Created At", "string", (o) => o.metadata.creationTimestamp ?? ""],
    ],
  },
  {
    group: "rbac.authorization.k8s.io",
    version: "v1",
    plural: "rolebindings",
    kind: "RoleBinding",
    singular: "rolebinding",
    columns: [
      ["Name", "string", (o) => o.metadata.name],
      ["Role", "string", (o) => `${(o.roleRef as Any)?.kind}/${(o.roleRef as Any)?.name}`],
      ["Age", "string", age],
    ],
  },
];

/** Kinds that live outside namespaces (GatewayClass is cluster-scoped, gatewayclass_types.go). */
export const CLUSTER_SCOPED = ["namespaces", "gatewayclasses"];

/** Served, never stored: the reviews rbac.ts answers. */
const REVIEWS = { group: "authorization.k8s.io", version: "v1" };

export function groupVersion(type: ResourceType): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

export function findType(group: string, version: string, plural: string): ResourceType | undefined {
  return RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural);
}

export function typeOf(kind: string): ResourceType {
  const type = RESOURCES.find((r) => r.kind === kind);
  if (!type) throw new Error(`no resource of kind ${kind}`);
  return type;
}

/** Whether a resource has a status subresource: every type here but namespaces and slices. */
export function hasStatus(type: ResourceType): boolean {
  return !["namespaces", "endpointslices", "roles", "rolebindings", "events"].includes(type.plural);
}

/** GET /api: the legacy group's versions (APIVersions). */
export function apiVersions(): unknown {
  return {
    kind: "APIVersions",
    versions: ["v1"],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: "127.0.0.1" }],
  };
}

/** GET /apis: every named group with its versions (APIGroupList). */
export function apiGroupList(): unknown {
  const groups = [...new Set([...RESOURCES.filter((r) => r.group).map((r) => r.group), REVIEWS.group])];
  return { kind: "APIGroupList", apiVersion: "v1", groups: groups.map((g) => apiGroup(g)) };
}

export function apiGroup(group: string): unknown {
  const version = RESOURCES.find((r) => r.group === group)?.version ?? REVIEWS.version;
  const gv = { groupVersion: `${group}/${version}`, version };
  return { kind: "APIGroup", apiVersion: "v1", name: group, versions: [gv], preferredVersion: gv };
}

/** GET /api/v1, /apis/<group>/<version>: the resources and their verbs (APIResourceList). */
export function apiResourceList(group: string, version: string): unknown | undefined {
  if (group === REVIEWS.group && version === REVIEWS.version) {
    const review = { name: "selfsubjectaccessreviews", singularName: "", namespaced: false, kind: "SelfSubjectAccessReview" };
    return {
      kind: "APIResourceList",
      apiVersion: "v1",
      groupVersion: `${group}/${version}`,
      resources: [{ ...review, verbs: ["create"] }],
    };
  }
  const types = RESOURCES.filter((r) => r.group === group && r.version === version);
  if (types.length === 0) return undefined;
  const resources = types.flatMap((r) => [
    {
      name: r.plural,
      singularName: r.singular,
      namespaced: !CLUSTER_SCOPED.includes(r.plural),
      kind: r.kind,
      verbs: VERBS,
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
      ...(r.categories ? { categories: r.categories } : {}),
    },
    ...(hasStatus(r)
      ? [
          {
            name: `${r.plural}/status`,
            singularName: "",
            namespaced: !CLUSTER_SCOPED.includes(r.plural),
            kind: r.kind,
            verbs: ["get", "patch", "update"],
          },
        ]
      : []),
    ...(r.plural === "deployments"
      ? [
          {
            name: "deployments/scale",
            singularName: "",
            namespaced: true,
            group: "autoscaling",
            version: "v1",
            kind: "Scale",
            verbs: ["get", "patch", "update"],
          },
        ]
      : []),
  ]);
  return { kind: "APIResourceList", apiVersion: "v1", groupVersion: group ? `${group}/${version}` : version, resources };
}

/** A `meta.k8s.io/v1` Table, what kubectl asks for with `Accept: application/json;as=Table`. */
export function table(type: ResourceType, objects: KubeObject[], resourceVersion: string, full: boolean): unknown {
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion },
    columnDefinitions: type.columns.map(([name, kind], i) => ({
      name,
      type: kind,
      format: name === "Name" ? "name" : "",
      description: name,
      // The Service's Selector column shows with -o wide only, as the real printer has it.
      priority: name === "Selector" || i > 5 ? 1 : 0,
    })),
    rows: objects.map((o) => ({
      cells: type.columns.map(([, , cell]) => cell(o)),
      object: full ? o : { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: o.metadata },
    })),
  };
}
