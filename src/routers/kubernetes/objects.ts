// Route objects of other API groups (Gateway API HTTPRoutes, Istio VirtualServices) through the
// official client's CustomObjectsApi: read one, and merge-patch its spec guarded by the
// resourceVersion it was read at. Loaded with the client, on the first call to the cluster.
import * as k8s from "@kubernetes/client-node";
import { Cancelled } from "../../core/cancel.ts";
import { KubeCallError, type KubeClient, statusOf } from "./client.ts";

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
  readonly #api: k8s.CustomObjectsApi;

  constructor(client: KubeClient) {
    this.namespace = client.namespace;
    this.#api = client.kubeConfig.makeApiClient(k8s.CustomObjectsApi);
  }

  async read(type: ObjectType, name: string): Promise<RouteObject> {
    try {
      const o = await this.#api.getNamespacedCustomObject({ ...this.#where(type), name });
      return viewOf(name, o);
    } catch (error) {
      throw this.#failure(`get ${type.kind} ${this.namespace}/${name}`, error);
    }
  }

  /**
   * Replaces one field of the spec (`rules`, `http`) with a merge patch carrying the resourceVersion
   * it was read at: the API server answers 409 Conflict when anyone wrote the object since
   * ("Kubernetes API Concepts": Resource versions), its controller's status included. The rest of
   * the spec stays as it is. "conflict" for a 409.
   */
  async patchSpec(type: ObjectType, name: string, resourceVersion: string, spec: Json): Promise<RouteObject | "conflict"> {
    const what = `${type.kind} ${this.namespace}/${name}`;
    try {
      const o = await this.#api.patchNamespacedCustomObject(
        { ...this.#where(type), name, body: { metadata: { resourceVersion }, spec } },
        k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch),
      );
      return viewOf(name, o);
    } catch (error) {
      if (statusOf(error).code === 409) return "conflict";
      throw this.#failure(`patch ${what}`, error);
    }
  }

  /**
   * Any object of another kind, for checks before a write: a parent Gateway, its GatewayClass
   * (cluster-scoped: namespace null), a DestinationRule. Undefined when the API server has none (404).
   */
  async find(type: ObjectType, name: string, namespace: string | null = this.namespace): Promise<Json | undefined> {
    const where = namespace === null ? `${type.kind} ${name}` : `${type.kind} ${namespace}/${name}`;
    try {
      if (namespace === null)
        return await this.#api.getClusterCustomObject({ group: type.group, version: type.version, plural: type.plural, name });
      return await this.#api.getNamespacedCustomObject({ ...this.#where(type), namespace, name });
    } catch (error) {
      if (statusOf(error).code === 404) return undefined;
      throw this.#failure(`get ${where}`, error);
    }
  }

  /** Every object of a kind in the route's namespace: the DestinationRules whose host a route names. */
  async list(type: ObjectType): Promise<Json[]> {
    try {
      const list = (await this.#api.listNamespacedCustomObject(this.#where(type))) as { items?: Json[] };
      return list.items ?? [];
    } catch (error) {
      throw this.#failure(`list ${type.kind} in ${this.namespace}`, error);
    }
  }

  #where(type: ObjectType) {
    return { group: type.group, version: type.version, namespace: this.namespace, plural: type.plural };
  }

  #failure(what: string, error: unknown): Error {
    if (error instanceof Cancelled) return error;
    const { code, message } = statusOf(error);
    return new KubeCallError(what, code, message, error);
  }
}
