// /openapi/v3, as the API server publishes it ("Kubernetes API Concepts" and the API reference,
// OpenAPI V3: KEP-2896): the root lists one document per group-version, each at a serverRelativeURL
// with a hash; a document has the group-version's paths and its kinds' schemas under
// components.schemas, each kind marked by x-kubernetes-group-version-kind. kubectl reads it to
// validate before a write (a PATCH whose operation takes the fieldValidation parameter means the
// server validates: QueryParamVerifierV3 in cli-runtime) and for `kubectl explain`.
// The custom kinds' schemas are their CRDs' (crd-schemas.ts). The built-in kinds publish their
// paths but no schema: kubectl then builds strategic merge patches from its own Go types, as it
// does for a server without OpenAPI, and `kubectl explain` serves only the Gateway API and Istio kinds.
import { createHash } from "node:crypto";
import { crdSchema, registeredSchemas } from "./crd-schemas.ts";
import { CLUSTER_SCOPED, RESOURCES, type ResourceType } from "./resources.ts";
import type { Any } from "./store.ts";

/** `api/v1`, `apis/apps/v1`: how the root names a group-version's document. */
const docPath = (group: string, version: string): string => (group ? `apis/${group}/${version}` : `api/${version}`);

/** A CRD kind's component name: the group reversed, as the apiextensions server names it. */
const componentOf = (type: ResourceType): string => `${type.group.split(".").reverse().join(".")}.${type.version}.${type.kind}`;

const REF = "#/components/schemas/";

/** The models' JSON Schema as OpenAPI: `$ref`s into components, and `oneOf [$ref, null]` as the `allOf [$ref]` the server writes. */
function asOpenApi(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(asOpenApi);
  if (typeof schema !== "object" || schema === null) return schema;
  const s = schema as Any;
  const oneOf = s.oneOf as Any[] | undefined;
  if (oneOf?.length === 2 && oneOf[1]?.type === "null" && oneOf[0]?.$ref) {
    const { oneOf: _, ...rest } = s;
    return { ...(asOpenApi(rest) as Any), allOf: [asOpenApi(oneOf[0])] };
  }
  const out: Any = {};
  for (const [k, v] of Object.entries(s)) out[k] = k === "$ref" ? `${REF}${String(v).replace(/#$/, "")}` : asOpenApi(v);
  return out;
}

const TYPE_META = {
  apiVersion: {
    type: "string",
    description:
      "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.",
  },
  kind: {
    type: "string",
    description:
      "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase.",
  },
};

function kindSchema(type: ResourceType, schema: Any): Any {
  const converted = asOpenApi(schema) as Any;
  return {
    ...converted,
    type: "object",
    properties: { ...converted.properties, ...TYPE_META },
    "x-kubernetes-group-version-kind": [{ group: type.group, version: type.version, kind: type.kind }],
  };
}

const param = (name: string, where = "query") => ({ name, in: where, schema: { type: "string", uniqueItems: true } });
const WRITE_PARAMS = [param("dryRun"), param("fieldManager"), param("fieldValidation")];

function operations(type: ResourceType, ref: unknown): Record<string, Any> {
  const gvk = { group: type.group, version: type.version, kind: type.kind };
  const op = (action: string, params: Any[] = [], body?: string[]) => ({
    operationId: `${action}${type.kind}`,
    "x-kubernetes-action": action,
    "x-kubernetes-group-version-kind": gvk,
    parameters: params,
    ...(body ? { requestBody: { content: Object.fromEntries(body.map((m) => [m, { schema: ref }])), required: true } } : {}),
    responses: { "200": { description: "OK", content: { "application/json": { schema: ref } } } },
  });
  const base = `/${docPath(type.group, type.version)}${CLUSTER_SCOPED.includes(type.plural) ? "" : "/namespaces/{namespace}"}/${type.plural}`;
  const patches = [
    "application/json-patch+json",
    "application/merge-patch+json",
    ...(type.group === "" || type.group === "apps" ? ["application/strategic-merge-patch+json"] : []),
  ];
  return {
    [base]: { get: op("list"), post: op("post", WRITE_PARAMS, ["application/json"]) },
    [`${base}/{name}`]: {
      get: op("get"),
      put: op("put", WRITE_PARAMS, ["application/json"]),
      patch: op("patch", [...WRITE_PARAMS, param("force")], patches),
      delete: op("delete", [param("dryRun")]),
    },
  };
}

/** The document of one group-version, or undefined when none is served. */
export function openapiDocument(group: string, version: string): Any | undefined {
  const types = RESOURCES.filter((r) => r.group === group && r.version === version);
  if (types.length === 0) return undefined;
  const schemas: Any = {};
  const paths: Any = {};
  for (const type of types) {
    const schema = crdSchema(type.kind);
    if (schema) schemas[componentOf(type)] = kindSchema(type, schema);
    Object.assign(paths, operations(type, schema ? { $ref: `${REF}${componentOf(type)}` } : { type: "object" }));
  }
  if (Object.keys(schemas).length > 0) {
    for (const [id, s] of registeredSchemas()) if (id.startsWith("io.k8s.apimachinery.")) schemas[id] = asOpenApi(s);
  }
  return {
    openapi: "3.0.0",
    info: { title: "Kubernetes", version: "v1.33.0" },
    paths,
    components: { schemas },
  };
}

const hashes = new Map<string, string>();
const hashOf = (group: string, version: string): string => {
  const key = docPath(group, version);
  let hash = hashes.get(key);
  if (!hash) {
    hash = createHash("sha512")
      .update(JSON.stringify(openapiDocument(group, version)))
      .digest("hex")
      .toUpperCase();
    hashes.set(key, hash);
  }
  return hash;
};

/** GET /openapi/v3: each group-version's document, at a URL that changes with its content. */
export function openapiRoot(): Any {
  const gvs = [...new Map(RESOURCES.map((r) => [docPath(r.group, r.version), r])).values()];
  return {
    paths: Object.fromEntries(
      gvs.map((r) => {
        const path = docPath(r.group, r.version);
        return [path, { serverRelativeURL: `/openapi/v3/${path}?hash=${hashOf(r.group, r.version)}` }];
      }),
    ),
  };
}

/** `/openapi/v3/apis/gateway.networking.k8s.io/v1` → its document; undefined for any other path. */
export function openapiAt(pathname: string): Any | undefined {
  const trimmed = pathname.replace(/\/$/, "");
  if (trimmed === "/openapi/v3") return openapiRoot();
  const m = /^\/openapi\/v3\/(?:api\/([^/]+)|apis\/([^/]+)\/([^/]+))$/.exec(trimmed);
  if (!m) return undefined;
  return m[1] ? openapiDocument("", m[1]) : openapiDocument(m[2] as string, m[3] as string);
}
