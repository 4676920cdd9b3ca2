// Route objects of other API groups (Gateway API HTTPRoutes, Istio VirtualServices) through the
// official client's CustomObjectsApi: read one, and merge-patch its spec guarded by the
// resourceVersion it was read at. Loaded with the client, on the first call to the cluster.
import * as k8s from "@kubernetes/client-node";
import type { CallOptions } from "../port.ts";
import { ConflictError, KubeCallError, type KubeClient, WRITE_KEY, writeToken } from "./client.ts";

/** Where a kind of route object lives in the API: group, version, plural, and its Kind for messages. */
export interface ObjectType {
  group: string;
  version: string;
  plural: string;
  kind: string;
}

// biome-ignore lint/suspicious/noExplicitAny: a custom object's spec is whatever its CRD says.
export type Json = any;

export interface RouteObject {
  name: string;
  resourceVersion: string;
  generation: number;
  spec: Json;
  status: Json;
}

function viewOf(name: string, o: Json): RouteObject {
  return {
    name,
    resourceVersion: o?.metadata?.resourceVersion ?? "",
    generation: o?.metadata?.generation ?? 0,
    spec: o?.spec ?? {},
    status: o?.status ?? {},
  };
}

export class RouteObjects {
  readonly namespace: string;
  readonly #client: KubeClient;
  readonly #api: k8s.CustomObjectsApi;

  constructor(client: KubeClient) {
    this.namespace = client.namespace;
    this.#client = client;
    this.#api = client.kubeConfig.makeApiClient(k8s.CustomObjectsApi);
  }

  async read(type: ObjectType, name: string, options: CallOptions = {}): Promise<RouteObject> {
    const o = await this.#client.call(`get ${type.kind} ${this.namespace}/${name}`, options, (c) =>
      this.#api.getNamespacedCustomObject({ ...this.#where(type), name }, c),
    );
    return viewOf(name, o);
  }

  /**
   * Replaces one field of the spec (`rules`, `http`) with a merge patch carrying the resourceVersion
   * it was read at: the API server answers 409 Conflict when anyone wrote the object since
   * ("Kubernetes API Concepts": Resource versions), its controller's status included. The rest of
   * the spec stays as it is. "conflict" for a 409.
   */
  async patchSpec(
    type: ObjectType,
    name: string,
    resourceVersion: string,
    spec: Json,
    options: CallOptions = {},
  ): Promise<RouteObject | "conflict"> {
    // A new WRITE_KEY on every write moves the resourceVersion even when the spec already reads so:
    // a write of this run's that lands late after it is then a 409, never a silent overwrite.
    const body = { metadata: { resourceVersion, annotations: { [WRITE_KEY]: writeToken() } }, spec };
    try {
      const o = await this.#client.call(`patch ${type.kind} ${this.namespace}/${name}`, options, (c) =>
        this.#api.patchNamespacedCustomObject(
          { ...this.#where(type), name, body },
          k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch, c),
        ),
      );
      return viewOf(name, o);
    } catch (error) {
      if (error instanceof ConflictError) return "conflict";
      throw error;
    }
  }

  /**
   * Any object of another kind, for checks before a write: a parent Gateway, its GatewayClass
   * (cluster-scoped: namespace null), a DestinationRule. Undefined when the API server has none (404).
   */
  async find(
    type: ObjectType,
    name: string,
    namespace: string | null = this.namespace,
    options: CallOptions = {},
  ): Promise<Json | undefined> {
    const where = namespace === null ? `${type.kind} ${name}` : `${type.kind} ${namespace}/${name}`;
    try {
      return await this.#client.call(`get ${where}`, options, (c) =>
        namespace === null
          ? this.#api.getClusterCustomObject({ group: type.group, version: type.version, plural: type.plural, name }, c)
          : this.#api.getNamespacedCustomObject({ ...this.#where(type), namespace, name }, c),
      );
    } catch (error) {
      if (error instanceof KubeCallError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Every object of a kind in the route's namespace: the DestinationRules whose host a route names. */
  async list(type: ObjectType, options: CallOptions = {}): Promise<Json[]> {
    const list = (await this.#client.call(`list ${type.kind} in ${this.namespace}`, options, (c) =>
      this.#api.listNamespacedCustomObject(this.#where(type), c),
    )) as { items?: Json[] };
    return list.items ?? [];
  }

  #where(type: ObjectType) {
    return { group: type.group, version: type.version, namespace: this.namespace, plural: type.plural };
  }
}
