// The three patch types the API server accepts, picked by Content-Type ("Kubernetes API
// Concepts": Patch; "Update API Objects in Place Using kubectl patch"): JSON Patch (RFC 6902),
// JSON Merge Patch (RFC 7386) and strategic merge patch, which merges the lists whose OpenAPI
// schema names a patch merge key (x-kubernetes-patch-merge-key) by that key instead of replacing them.
import { badRequest } from "./store.ts";

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** RFC 7386: objects merge, null removes, anything else replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/**
 * The merge keys of the lists the imitation's kinds carry, from the core/v1 and apps/v1 OpenAPI
 * (`containers`, `env`, `volumes` by name; Service `ports` by port; `conditions` by type).
 * Lists without a key (HTTPRoute backendRefs, CRDs in general) are replaced, as for a merge patch.
 */
const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  ports: "port",
  conditions: "type",
};

/** Strategic merge patch for built-in kinds: maps merge, keyed lists merge by key, `$patch` directives. */
export function strategicMergePatch(target: Json, patch: Json): Json {
  return strategic(target, patch, "");
}

function strategic(target: Json, patch: Json, field: string): Json {
  if (!isObject(patch)) {
    const key = MERGE_KEYS[field];
    if (Array.isArray(patch) && key && Array.isArray(target)) return mergeList(target, patch, key);
    return patch;
  }
  if (patch.$patch === "replace") {
    const { $patch: _, ...rest } = patch;
    return rest;
  }
  if (patch.$patch === "delete") return undefined;
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith("$")) continue;
    if (value === null) delete out[key];
    else {
      const merged = strategic(out[key], value, key);
      if (merged === undefined) delete out[key];
      else out[key] = merged;
    }
  }
  return out;
}

function mergeList(target: Json[], patch: Json[], key: string): Json[] {
  const out = [...target];
  for (const item of patch) {
    if (!isObject(item) || !(key in item))
      throw badRequest(`map: ${JSON.stringify(item)} does not contain declared merge key: ${key}`);
    const at = out.findIndex((o) => isObject(o) && o[key] === item[key]);
    if (item.$patch === "delete") {
      if (at >= 0) out.splice(at, 1);
    } else if (at >= 0) out[at] = strategic(out[at], item, "");
    else out.push(item);
  }
  return out;
}

interface Operation {
  op: string;
  path: string;
  from?: string;
  value?: Json;
}

/** RFC 6901 pointer tokens: `~1` is `/`, `~0` is `~`. */
function tokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/"))
    throw badRequest(`the server rejected our request due to an error in our request: invalid path ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function parentOf(doc: Json, path: string): { parent: JsonObject | Json[]; last: string } {
  const parts = tokens(path);
  const last = parts.pop();
  if (last === undefined) throw badRequest("the root cannot be patched");
  let at: Json = doc;
  for (const part of parts) {
    at = Array.isArray(at) ? at[Number(part)] : isObject(at) ? at[part] : undefined;
    if (at === undefined) throw badRequest(`jsonpatch: missing value at ${path}`);
  }
  if (!isObject(at) && !Array.isArray(at)) throw badRequest(`jsonpatch: missing value at ${path}`);
  return { parent: at, last };
}

function read(doc: Json, path: string): Json {
  let at: Json = doc;
  for (const part of tokens(path)) at = Array.isArray(at) ? at[Number(part)] : isObject(at) ? at[part] : undefined;
  return at;
}

function put(doc: Json, path: string, value: Json, replace: boolean): void {
  const { parent, last } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length)
      throw badRequest(`jsonpatch: index out of range at ${path}`);
    parent.splice(index, replace ? 1 : 0, value);
  } else {
    if (replace && !(last in parent)) throw badRequest(`jsonpatch replace operation does not apply: doc is missing key: ${path}`);
    parent[last] = value;
  }
}

function remove(doc: Json, path: string): void {
  const { parent, last } = parentOf(doc, path);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (last in parent) delete parent[last];
  else throw badRequest(`jsonpatch remove operation does not apply: doc is missing path: ${path}`);
}

/** RFC 6902: add, remove, replace, move, copy, test; a failed `test` fails the whole patch. */
export function jsonPatch(target: Json, operations: Json): Json {
  if (!Array.isArray(operations))
    throw badRequest("the server rejected our request due to an error in our request: a JSON patch is a list of operations");
  const doc = structuredClone(target);
  for (const op of operations as Operation[]) {
    if (op.op === "add") put(doc, op.path, op.value, false);
    else if (op.op === "replace") put(doc, op.path, op.value, true);
    else if (op.op === "remove") remove(doc, op.path);
    else if (op.op === "move" || op.op === "copy") {
      const value = structuredClone(read(doc, op.from ?? ""));
      if (op.op === "move") remove(doc, op.from ?? "");
      put(doc, op.path, value, false);
    } else if (op.op === "test") {
      if (JSON.stringify(read(doc, op.path)) !== JSON.stringify(op.value))
        throw badRequest(`the server rejected our request due to an error in our request: testing value ${op.path} failed`);
    } else throw badRequest(`Unexpected kind: ${op.op}`);
  }
  return doc;
}
