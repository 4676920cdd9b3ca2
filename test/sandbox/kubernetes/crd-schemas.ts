// What the API server does with a custom resource before storing it, from the CRDs' own OpenAPI
// schemas as @kubernetes-models publishes them (Gateway API v1.0.0's CRDs; Istio 1.18's, whose
// v1beta1 schema Istio also serves as v1). The order is the apiserver's ("Extend the Kubernetes
// API with CustomResourceDefinitions": pruning, defaulting, validation):
// - unknown fields are pruned (none is kept: these CRDs set no x-kubernetes-preserve-unknown-fields
//   in spec), and fieldValidation=Strict refuses them instead, Warn (the default) names them in a
//   Warning header ("Kubernetes API Concepts": Field validation);
// - `default:` values fill absent fields of objects that are there;
// - the schema's types, bounds, patterns, enums and required fields answer 422 Invalid.
// CEL rules (x-kubernetes-validations) are not in these models. The one cutover's writes can
// break is checked here by hand, as the CRD states it: a backendRef to a Service needs a port
// ("Must have port for Service reference"). Every other CEL rule of the CRDs is not checked.
import { createRequire } from "node:module";
import type { ResourceType } from "./resources.ts";
import { type Any, badRequest, type Cause, invalid, type KubeObject } from "./store.ts";

type Schema = Any;
interface ModelClass {
  apiVersion: string;
  new (data: unknown): { validate(): void };
}

const require = createRequire(import.meta.url);

/** The models register their schema with the validate package on first use: it is read there. */
const registered = new Map<string, Schema>();

function loadModels(): Map<string, { model: ModelClass; schema: Schema }> {
  const registry = require("@kubernetes-models/validate") as { register: (id: string, schema: Schema) => void };
  const seen = registered;
  const register = registry.register;
  registry.register = (id, schema) => {
    seen.set(id, schema);
    register(id, schema);
  };
  const gateway = require("@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1") as Record<string, ModelClass>;
  const istio = require("@kubernetes-models/istio/networking.istio.io/v1beta1") as Record<string, ModelClass>;
  const models: Record<string, ModelClass | undefined> = {
    GatewayClass: gateway.GatewayClass,
    Gateway: gateway.Gateway,
    HTTPRoute: gateway.HTTPRoute,
    VirtualService: istio.VirtualService,
    DestinationRule: istio.DestinationRule,
  };
  const out = new Map<string, { model: ModelClass; schema: Schema }>();
  try {
    for (const [kind, model] of Object.entries(models)) {
      if (!model) throw new Error(`@kubernetes-models has no ${kind}`);
      try {
        new model({}).validate();
      } catch {
        // An empty object is invalid: the point was to register the schema.
      }
      const schema = [...seen.entries()].find(([id]) => id.endsWith(`.${kind}`))?.[1];
      if (!schema) throw new Error(`no schema registered for ${kind}`);
      out.set(kind, { model, schema });
    }
  } finally {
    registry.register = register;
  }
  return out;
}

let loaded: ReturnType<typeof loadModels> | undefined;
function models(): ReturnType<typeof loadModels> {
  loaded ??= loadModels();
  return loaded;
}

/** The CRD schema of `kind`, or undefined for a built-in kind. */
export function crdSchema(kind: string): Schema | undefined {
  return models().get(kind)?.schema;
}

/** Every schema the models registered, by id: the kinds' and what they refer to (ObjectMeta and its parts). */
export function registeredSchemas(): Map<string, Schema> {
  models();
  return registered;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const join = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * An object schema that names no field keeps what it is given: the models leave out
 * x-kubernetes-preserve-unknown-fields, which is what such a schema carries in the CRDs (Istio's
 * status is one), and a structural schema without it would prune the object empty.
 */
const keepsUnknown = (s: Schema): boolean =>
  s["x-kubernetes-preserve-unknown-fields"] === true ||
  s.additionalProperties === true ||
  (s.items === undefined && Object.keys((s.properties ?? {}) as object).length === 0 && s.additionalProperties === undefined);

/** Drops what the schema does not name, in place; returns the paths dropped. Nulls go too, unless nullable. */
function prune(value: unknown, schema: Schema | undefined, path: string, dropped: string[]): void {
  if (!schema || keepsUnknown(schema)) return;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) prune(v, schema.items, join(path, i), dropped);
    return;
  }
  if (!isObject(value)) return;
  const properties = schema.properties as Record<string, Schema> | undefined;
  for (const key of Object.keys(value)) {
    // Not in JSON at all: what the server receives has no such field.
    if (value[key] === undefined) {
      delete value[key];
      continue;
    }
    const sub = properties?.[key] ?? (isObject(schema.additionalProperties) ? schema.additionalProperties : undefined);
    if (!sub) {
      delete value[key];
      dropped.push(join(path, key));
    } else if (value[key] === null && !sub?.nullable) delete value[key];
    else prune(value[key], sub, join(path, key), dropped);
  }
}

/** Fills each absent field that has a `default:`, in objects that are there, in place. */
function applyDefaults(value: unknown, schema: Schema | undefined): void {
  if (!schema) return;
  if (Array.isArray(value)) {
    for (const v of value) applyDefaults(v, schema.items);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    if (value[key] === undefined && sub.default !== undefined) value[key] = structuredClone(sub.default);
    applyDefaults(value[key], sub);
  }
}

/** `/spec/rules/0/weight` as the API server names it: `spec.rules[0].weight`. */
function fieldOf(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<string>((path, p) => join(path, /^\d+$/.test(p) ? Number(p) : p), "");
}

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Any;
  data?: unknown;
}

const shown = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : isObject(v) ? '"object"' : String(v));

/** One ajv error as the apiserver's schema validation words it (k8s.io/kube-openapi validate errors). */
function causeOf(e: AjvError): Cause {
  const field = fieldOf(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return { field: join(field, p.missingProperty), reason: "FieldValueRequired", message: "Required value" };
    case "type":
      return {
        field,
        reason: "FieldValueTypeInvalid",
        message: `Invalid value: "${typeof e.data}": ${field} in body must be of type ${p.type}: "${typeof e.data}"`,
      };
    case "maximum":
      return {
        field,
        reason: "FieldValueInvalid",
        message: `Invalid value: ${shown(e.data)}: ${field} in body should be less than or equal to ${p.limit}`,
      };
    case "minimum":
      return {
        field,
        reason: "FieldValueInvalid",
        message: `Invalid value: ${shown(e.data)}: ${field} in body should be greater than or equal to ${p.limit}`,
      };
    case "maxItems":
      return {
        field,
        reason: "FieldValueTooMany",
        message: `Too many: ${(e.data as unknown[]).length}: must have at most ${p.limit} items`,
      };
    case "minItems":
      return {
        field,
        reason: "FieldValueInvalid",
        message: `Invalid value: ${(e.data as unknown[]).length}: ${field} in body should have at least ${p.limit} items`,
      };
    case "maxLength":
      return { field, reason: "FieldValueTooLong", message: `Too long: may not be more than ${p.limit} bytes` };
    case "minLength":
      return {
        field,
        reason: "FieldValueInvalid",
        message: `Invalid value: ${shown(e.data)}: ${field} in body should be at least ${p.limit} chars long`,
      };
    case "pattern":
      return {
        field,
        reason: "FieldValueInvalid",
        message: `Invalid value: ${shown(e.data)}: ${field} in body should match '${p.pattern}'`,
      };
    case "enum":
      return {
        field,
        reason: "FieldValueNotSupported",
        message: `Unsupported value: ${shown(e.data)}: supported values: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    default:
      return {
        field,
        reason: "FieldValueInvalid",
        message: `Invalid value: ${shown(e.data)}: ${field} in body ${e.keyword === "oneOf" ? "must validate one and only one schema (oneOf)" : `fails ${e.keyword}`}`,
      };
  }
}

/** The schema's verdict: errors inside a failed oneOf/anyOf branch are that one error, as the apiserver reports it. */
function schemaCauses(kind: string, object: KubeObject): Cause[] {
  const entry = models().get(kind);
  if (!entry) return [];
  try {
    new entry.model({ ...object, apiVersion: entry.model.apiVersion }).validate();
    return [];
  } catch (error) {
    const errors = ((error as { errors?: AjvError[] }).errors ?? []).filter((e) => !e.instancePath.startsWith("/metadata"));
    const branches = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "not");
    return errors
      .filter(
        (e) => !branches.some((b) => b !== e && e.schemaPath.startsWith(`${b.schemaPath.replace(/\/(oneOf|anyOf|not)$/, "")}/`)),
      )
      .map(causeOf);
  }
}

/** The CRD's CEL rule on BackendObjectReference, by hand: "Must have port for Service reference". */
function celCauses(kind: string, object: KubeObject): Cause[] {
  if (kind !== "HTTPRoute") return [];
  const causes: Cause[] = [];
  ((object.spec as Any)?.rules ?? []).forEach((rule: Any, r: number) => {
    ((rule?.backendRefs ?? []) as Any[]).forEach((ref, b) => {
      if ((ref.group ?? "") === "" && (ref.kind ?? "Service") === "Service" && ref.port === undefined)
        causes.push({
          field: `spec.rules[${r}].backendRefs[${b}]`,
          reason: "FieldValueInvalid",
          message: 'Invalid value: "object": Must have port for Service reference',
        });
    });
  });
  return causes;
}

export type FieldValidation = "Strict" | "Warn" | "Ignore";

/**
 * Prunes, defaults and validates a custom resource's spec and status as its CRD says: returns the
 * object to store and the Warning header values, or throws the 400 (Strict) or 422 the server gives.
 */
export function admitCustom(
  type: ResourceType,
  input: KubeObject,
  directive: FieldValidation,
): { object: KubeObject; warnings: string[] } {
  const schema = crdSchema(type.kind);
  if (!schema) return { object: input, warnings: [] };
  const object = structuredClone(input);
  const dropped: string[] = [];
  for (const part of ["spec", "status"] as const) {
    const sub = (schema.properties as Record<string, Schema>)[part];
    if (object[part] === undefined && sub?.default !== undefined) object[part] = structuredClone(sub.default);
    if (object[part] === undefined) continue;
    if (!sub) {
      delete object[part];
      dropped.push(part);
      continue;
    }
    prune(object[part], sub, part, dropped);
    applyDefaults(object[part], sub);
  }
  const unknown = dropped.map((d) => `unknown field "${d}"`);
  if (directive === "Strict" && unknown.length > 0) throw badRequest(`strict decoding error: ${unknown.join(", ")}`);
  const causes = [...schemaCauses(type.kind, object), ...celCauses(type.kind, object)];
  if (causes.length > 0) throw invalid(type, object.metadata.name, causes);
  return { object, warnings: directive === "Warn" ? unknown : [] };
}

/** `?fieldValidation=`: Strict, Warn (the default) or Ignore; anything else is a 400. */
export function fieldValidationOf(url: URL): FieldValidation {
  const value = url.searchParams.get("fieldValidation") ?? "Warn";
  if (value === "Strict" || value === "Warn" || value === "Ignore") return value;
  throw badRequest(`fieldValidation must be one of "Ignore", "Warn", or "Strict", but was ${JSON.stringify(value)}`);
}
