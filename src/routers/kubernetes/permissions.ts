// What a Kubernetes router may need to do, and the check that its credentials may do it, made
// before the router's first write: a missing verb stops the step before anything is written,
// instead of halfway. Each need is asked of the API server as a SelfSubjectAccessReview
// (authorization.k8s.io/v1, which every authenticated user may create), so that the answer is
// the cluster's own authorizer's, RBAC or any other.
import type { PerColor } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";

/** One verb on one resource (and subresource), limited to `names` when the Role can name them. */
export interface Permission {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  names?: string[];
}

/** The KubeClient methods that write: the first of them checks every permission first. */
export const KUBE_WRITES = ["patchSelector", "annotate", "scale", "setImage"];

/** Asks whether the credentials may do `verb` on the resource, by name when one is given. */
export type AccessReview = (p: Omit<Permission, "names"> & { name?: string }) => Promise<boolean>;

/** The Deployments behind the colors: read, annotated (the ledger), image set, and scaled by teardown. */
export function poolPermissions(deployments: PerColor<string>): Permission[] {
  const names = [deployments.blue, deployments.green];
  return [
    { verb: "get", group: "apps", resource: "deployments", names },
    { verb: "patch", group: "apps", resource: "deployments", names },
    { verb: "patch", group: "apps", resource: "deployments", subresource: "scale", names },
    { verb: "list", group: "", resource: "pods" },
    { verb: "list", group: "discovery.k8s.io", resource: "endpointslices" },
  ];
}

/** The kubernetes router: the Services whose selector it patches, and the pools. */
export function servicePermissions(services: string[], deployments: PerColor<string>): Permission[] {
  return [
    { verb: "get", group: "", resource: "services", names: services },
    { verb: "patch", group: "", resource: "services", names: services },
    ...poolPermissions(deployments),
  ];
}

/** The weighted routers: the route objects whose weights they patch, and the pools. */
export function routePermissions(
  type: { group: string; plural: string },
  routes: string[],
  deployments: PerColor<string>,
  reads: Permission[] = [],
): Permission[] {
  return [
    { verb: "get", group: type.group, resource: type.plural, names: routes },
    { verb: "patch", group: type.group, resource: type.plural, names: routes },
    ...reads,
    ...poolPermissions(deployments),
  ];
}

/** `patch deployments.apps/scale "shop-blue"`: the verb, the resource as kubectl names it, the object. */
export function describePermission(p: Permission, name?: string): string {
  const resource = `${p.resource}${p.group ? `.${p.group}` : ""}${p.subresource ? `/${p.subresource}` : ""}`;
  return `${p.verb} ${resource}${name ? ` "${name}"` : ""}`;
}

/** Every need, asked at once; the ones refused, named in one line. */
export async function checkPermissions(review: AccessReview, namespace: string, needs: Permission[]): Promise<void> {
  const asks = needs.flatMap((p): { p: Permission; name?: string }[] =>
    p.names?.length ? p.names.map((name) => ({ p, name })) : [{ p }],
  );
  const answers = await Promise.all(
    asks.map(async ({ p, name }) => ({
      what: describePermission(p, name),
      allowed: await review({ verb: p.verb, group: p.group, resource: p.resource, subresource: p.subresource, name }),
    })),
  );
  const refused = answers.filter((a) => !a.allowed).map((a) => a.what);
  if (refused.length === 0) return;
  throw new CutoverError(
    `The Kubernetes credentials may not ${refused.join("; ")} in namespace ${namespace} (SelfSubjectAccessReview), so nothing was written: grant ${refused.length > 1 ? "these" : "it"} in the Role bound to them (the router's docs list the Role, under RBAC).`,
  );
}

/**
 * `target` whose `writes` first run `check` (once, memoized by the caller): reads go straight
 * through, so a step that writes nothing (status) asks nothing.
 */
export function beforeFirstWrite<T extends object>(target: T, writes: string[], check: () => Promise<void>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (typeof property === "string" && writes.includes(property)) {
        return async (...args: unknown[]) => {
          await check();
          return value.apply(object, args);
        };
      }
      return value.bind(object);
    },
  });
}
