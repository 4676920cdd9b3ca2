// The route controllers' status: Gateway API's RouteParentStatus conditions on HTTPRoutes and
// Istio's config status on VirtualServices, as their controllers write them.
import type { Any, KubeObject, Store } from "./store.ts";

export const GATEWAY_CONTROLLER = "sandbox.cutover.dev/gateway-controller";

/**
 * Gateway API route status: per parent, Accepted (the Gateway exists: else NoMatchingParent) and
 * ResolvedRefs (every backendRef is a Service that exists: else BackendNotFound), with the
 * generation they describe ("HTTPRoute" API reference, RouteParentStatus; GEP-1364 conditions).
 */
export function httpRouteStatus(store: Store, route: KubeObject): void {
  const ns = route.metadata.namespace;
  const spec = route.spec as Any;
  const refs = ((spec.rules ?? []) as Any[]).flatMap((r) => (r.backendRefs ?? []) as Any[]);
  const missing = refs.filter(
    (ref) => (ref.kind ?? "Service") !== "Service" || !store.get("services", ref.namespace ?? ns, ref.name),
  );
  const parents = ((spec.parentRefs ?? []) as Any[]).map((parentRef) => {
    const gateway = store.get("gateways", parentRef.namespace ?? ns, parentRef.name);
    const before =
      ((route.status as Any)?.parents ?? []).find((p: Any) => p.parentRef?.name === parentRef.name)?.conditions ?? [];
    const cond = (type: string, ok: boolean, reason: string, message: string) => {
      const status = ok ? "True" : "False";
      const previous = before.find((c: Any) => c.type === type && c.status === status);
      const lastTransitionTime = previous?.lastTransitionTime ?? new Date().toISOString().replace(/\.\d+Z$/, "Z");
      return { type, status, reason, message, observedGeneration: route.metadata.generation, lastTransitionTime };
    };
    return {
      parentRef,
      controllerName: GATEWAY_CONTROLLER,
      conditions: [
        gateway
          ? cond("Accepted", true, "Accepted", "Route is accepted")
          : cond("Accepted", false, "NoMatchingParent", `Gateway "${parentRef.name}" not found`),
        missing.length === 0
          ? cond("ResolvedRefs", true, "ResolvedRefs", "Resolved all the Object references for the Route")
          : cond("ResolvedRefs", false, "BackendNotFound", `Service "${missing[0]?.name}" not found`),
      ],
    };
  });
  setStatus(store, "httproutes", route, { parents });
}

/**
 * Istio's config status (the "Configuration Status Field" page): a Reconciled condition once
 * every proxy has the generation; validation messages from the analyzers, such as a subset no
 * DestinationRule defines (IST0101 ReferencedResourceNotFound).
 */
export function virtualServiceStatus(store: Store, vs: KubeObject): void {
  const ns = vs.metadata.namespace;
  const rules = store.list("destinationrules", ns);
  const messages: Any[] = [];
  for (const route of ((vs.spec as Any)?.http ?? []) as Any[]) {
    for (const dest of (route.route ?? []) as Any[]) {
      const host = String(dest.destination?.host ?? "").split(".")[0];
      if (!store.get("services", ns, host ?? ""))
        messages.push({
          type: { code: "IST0101" },
          level: "Error",
          documentationUrl: "https://istio.io/latest/docs/reference/config/analysis/ist0101/",
          message: `Referenced host not found: "${dest.destination?.host}"`,
        });
      else if (
        dest.destination?.subset &&
        !rules.some(
          (r) =>
            String((r.spec as Any).host).split(".")[0] === host &&
            ((r.spec as Any).subsets ?? []).some((s: Any) => s.name === dest.destination.subset),
        )
      ) {
        messages.push({
          type: { code: "IST0101" },
          level: "Error",
          message: `Referenced host+subset in destinationrule not found: "${dest.destination.host}+${dest.destination.subset}"`,
        });
      }
    }
  }
  setStatus(store, "virtualservices", vs, {
    observedGeneration: vs.metadata.generation,
    conditions: [{ type: "Reconciled", status: "True", message: "Reconciled by sandbox istiod" }],
    ...(messages.length ? { validationMessages: messages } : {}),
  });
}

function setStatus(store: Store, resource: string, object: KubeObject, status: Any): void {
  if (JSON.stringify(object.status) === JSON.stringify(status)) return;
  store.update(resource, { ...object, status });
}
