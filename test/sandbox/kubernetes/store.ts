// The API server's storage: objects by resource, namespace and name, one resourceVersion counter
// for every write (as etcd's revision is), and the change events that watches replay and follow.
// Sources: "Kubernetes API Concepts" (Resource versions; Efficient detection of changes) and the
// API conventions' "Concurrency Control and Consistency" and "Response Status Kind".
import { randomUUID } from "node:crypto";
import type { ResourceType } from "./resources.ts";

/** An API object's parts read by path, as the API server's unstructured handling does. */
// biome-ignore lint/suspicious/noExplicitAny: objects here are JSON from clients, checked by validate.ts, not typed
export type Any = Record<string, any>;

export type KubeObject = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
};

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export type EventType = "ADDED" | "MODIFIED" | "DELETED";
export interface WatchEvent {
  type: EventType;
  resource: string;
  object: KubeObject;
  rv: number;
}

/** A `Status` failure as the API server answers it: the HTTP code is `code`. */
export class StatusError extends Error {
  readonly body: Record<string, unknown>;
  constructor(code: number, reason: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.body = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, details, code };
  }
  get code(): number {
    return this.body.code as number;
  }
}

export function notFound(type: ResourceType, name: string): StatusError {
  return new StatusError(404, "NotFound", `${type.plural}${group(type)} "${name}" not found`, details(type, name));
}

/** The message client-go's retry helpers and kubectl show for a stale write. */
export function conflict(type: ResourceType, name: string): StatusError {
  return new StatusError(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${type.plural}${group(type)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    details(type, name),
  );
}

export function alreadyExists(type: ResourceType, name: string): StatusError {
  return new StatusError(409, "AlreadyExists", `${type.plural}${group(type)} "${name}" already exists`, details(type, name));
}

export interface Cause {
  field: string;
  /** FieldValueInvalid, FieldValueRequired, FieldValueForbidden, FieldValueNotSupported. */
  reason: string;
  message: string;
}

/** 422 Invalid: `Kind "name" is invalid: field: message`, each cause listed in details. */
export function invalid(type: ResourceType, name: string, causes: Cause[]): StatusError {
  const text = causes.map((c) => `${c.field}: ${c.message}`).join(", ");
  const message = `${type.kind}${group(type) ? `${group(type)}` : ""} "${name}" is invalid: ${causes.length > 1 ? `[${text}]` : text}`;
  return new StatusError(422, "Invalid", message, {
    name,
    ...(type.group ? { group: type.group } : {}),
    kind: type.kind,
    causes: causes.map((c) => ({ reason: c.reason, message: c.message, field: c.field })),
  });
}

/**
 * A custom resource takes no update without a resourceVersion: its strategy's
 * AllowUnconditionalUpdate is false (apiextensions-apiserver pkg/registry/customresource/
 * strategy.go), and the generic store answers 422 (apiserver pkg/registry/generic/registry/store.go).
 * A patch is not affected: it is applied to the stored object, resourceVersion included.
 */
export function unconditionalUpdate(type: ResourceType, name: string): StatusError {
  return invalid(type, name, [
    {
      field: "metadata.resourceVersion",
      reason: "FieldValueInvalid",
      message: "Invalid value: 0x0: must be specified for an update",
    },
  ]);
}

export function badRequest(message: string): StatusError {
  return new StatusError(400, "BadRequest", message);
}

function group(type: ResourceType): string {
  return type.group ? `.${type.group}` : "";
}

function details(type: ResourceType, name: string): Record<string, unknown> {
  return { name, ...(type.group ? { group: type.group } : {}), kind: type.plural };
}

/**
 * A Deployment's annotations are part of its desired state: the apps registry's PrepareForUpdate
 * bumps the generation when they change, "because annotations are copied from deployments to
 * their replica sets" (kubernetes pkg/registry/apps/deployment/strategy.go). Its status
 * strategy keeps the old metadata, so a status write moves nothing.
 */
function annotationsBump(resource: string, old: KubeObject, next: KubeObject): boolean {
  return (
    resource === "deployments" &&
    JSON.stringify(old.metadata.annotations ?? {}) !== JSON.stringify(next.metadata.annotations ?? {})
  );
}

const HISTORY = 5000;

export class Store {
  #rv = 1000;
  readonly #objects = new Map<string, KubeObject>();
  readonly #history: WatchEvent[] = [];
  readonly #watchers = new Set<(event: WatchEvent) => void>();

  get resourceVersion(): string {
    return String(this.#rv);
  }

  #key(resource: string, namespace: string | undefined, name: string): string {
    return `${resource}/${namespace ?? ""}/${name}`;
  }

  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const found = this.#objects.get(this.#key(resource, namespace, name));
    return found && structuredClone(found);
  }

  list(resource: string, namespace?: string): KubeObject[] {
    const prefix = `${resource}/`;
    return [...this.#objects.entries()]
      .filter(([key, object]) => key.startsWith(prefix) && (namespace === undefined || object.metadata.namespace === namespace))
      .map(([, object]) => structuredClone(object))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  /** Stores a new object: uid, creationTimestamp, generation 1 and the next resourceVersion. */
  create(resource: string, object: KubeObject, dryRun = false): KubeObject {
    const stored = structuredClone(object);
    stored.metadata = {
      ...stored.metadata,
      uid: randomUUID(),
      creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      generation: 1,
    };
    if (dryRun) return stored;
    return this.#write("ADDED", resource, stored);
  }

  /**
   * Stores a new state of an existing object. The caller has checked preconditions; the spec
   * decides the generation ("metadata.generation ... incremented by the system when the desired
   * state changes", ObjectMeta in the API reference). A write that changes nothing is not one.
   */
  update(resource: string, object: KubeObject, dryRun = false): KubeObject {
    const old = this.#objects.get(this.#key(resource, object.metadata.namespace, object.metadata.name));
    if (!old) throw new Error(`no ${resource} ${object.metadata.name}`);
    const next = structuredClone(object);
    next.metadata = { ...next.metadata, uid: old.metadata.uid, creationTimestamp: old.metadata.creationTimestamp };
    next.metadata.generation = old.metadata.generation ?? 1;
    if (JSON.stringify(old.spec) !== JSON.stringify(next.spec) || annotationsBump(resource, old, next))
      next.metadata.generation += 1;
    next.metadata.resourceVersion = old.metadata.resourceVersion;
    if (JSON.stringify(old) === JSON.stringify(next)) return structuredClone(old);
    // A dry run answers with what would be stored, at the stored resourceVersion.
    if (dryRun) return next;
    return this.#write("MODIFIED", resource, next);
  }

  delete(resource: string, object: KubeObject): void {
    const key = this.#key(resource, object.metadata.namespace, object.metadata.name);
    const old = this.#objects.get(key);
    if (!old) return;
    this.#objects.delete(key);
    this.#rv += 1;
    this.#emit({
      type: "DELETED",
      resource,
      object: { ...old, metadata: { ...old.metadata, resourceVersion: String(this.#rv) } },
      rv: this.#rv,
    });
  }

  #write(type: EventType, resource: string, object: KubeObject): KubeObject {
    this.#rv += 1;
    object.metadata.resourceVersion = String(this.#rv);
    this.#objects.set(this.#key(resource, object.metadata.namespace, object.metadata.name), object);
    this.#emit({ type, resource, object: structuredClone(object), rv: this.#rv });
    return structuredClone(object);
  }

  #emit(event: WatchEvent): void {
    this.#history.push(event);
    if (this.#history.length > HISTORY) this.#history.shift();
    for (const watcher of this.#watchers) watcher(event);
  }

  /**
   * Follows changes after `sinceRv`: the ones kept are replayed first. A version older than the
   * history is `410 Gone` ("Kubernetes API Concepts": Efficient detection of changes).
   */
  watch(sinceRv: number, listener: (event: WatchEvent) => void): () => void {
    const oldest = this.#history[0]?.rv ?? this.#rv + 1;
    if (sinceRv > 0 && sinceRv < oldest - 1 && this.#history.length >= HISTORY) {
      throw new StatusError(410, "Expired", `too old resource version: ${sinceRv} (${oldest - 1})`);
    }
    for (const event of this.#history) if (event.rv > sinceRv) listener(event);
    this.#watchers.add(listener);
    return () => this.#watchers.delete(listener);
  }

  /** Objects changed by anyone: controllers subscribe here. */
  onChange(listener: (event: WatchEvent) => void): () => void {
    this.#watchers.add(listener);
    return () => this.#watchers.delete(listener);
  }
}
