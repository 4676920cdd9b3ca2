// The Gateway API controller of the sandbox, as the spec (gateway-api apis/v1) has a controller
// behave. It owns the GatewayClasses whose spec.controllerName is GATEWAY_CONTROLLER:
// - GatewayClass: Accepted True once its controller runs (gatewayclass_types.go). A class no
//   running controller names keeps the CRD's default status, Accepted Unknown "Waiting for controller".
// - Gateway of such a class: Accepted and Programmed (gateway_types.go), and per listener its
//   attachedRoutes. A Gateway of any other class gets no status from anyone.
// - HTTPRoute: one RouteParentStatus per parentRef it can resolve (shared_types.go). "Parent
//   references that cannot be resolved by an implementation of this API will not be added to this
//   list": a deleted Gateway, or one whose class this controller does not run, gets NO entry.
//   Accepted False carries the spec's reasons: NoMatchingParent (no listener by sectionName or
//   port), NotAllowedByListeners (allowedRoutes), NoMatchingListenerHostname (hostnames).
import type { Any, KubeObject, Store } from "./store.ts";

export const GATEWAY_CONTROLLER = "sandbox.cutover.dev/gateway-controller";

const now = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

/** Keeps lastTransitionTime while a condition's status stays the same. */
function condition(before: Any[] | undefined, generation: number, type: string, ok: boolean, reason: string, message: string) {
  const status = ok ? "True" : "False";
  const previous = (before ?? []).find((c: Any) => c.type === type && c.status === status);
  return {
    type,
    status,
    reason,
    message,
    observedGeneration: generation,
    lastTransitionTime: previous?.lastTransitionTime ?? now(),
  };
}

function setStatus(store: Store, resource: string, object: KubeObject, status: Any): void {
  if (JSON.stringify(object.status) === JSON.stringify(status)) return;
  store.update(resource, { ...object, status });
}

/** The class, when this sandbox's controller runs it. */
function ownClass(store: Store, name: string | undefined): KubeObject | undefined {
  const cls = store.get("gatewayclasses", undefined, name ?? "");
  return (cls?.spec as Any)?.controllerName === GATEWAY_CONTROLLER ? cls : undefined;
}

export function gatewayClassStatus(store: Store, cls: KubeObject): void {
  if ((cls.spec as Any)?.controllerName !== GATEWAY_CONTROLLER) return;
  const before = (cls.status as Any)?.conditions;
  const generation = cls.metadata.generation ?? 1;
  setStatus(store, "gatewayclasses", cls, {
    conditions: [condition(before, generation, "Accepted", true, "Accepted", "Handled by the sandbox gateway controller")],
  });
}

/** `*.example.com` matches `shop.example.com`; an unset hostname on either side matches anything. */
function hostMatches(listener: string | undefined, route: string): boolean {
  if (!listener) return true;
  if (listener.startsWith("*.")) return route.endsWith(listener.slice(1)) || route === listener;
  if (route.startsWith("*.")) return listener.endsWith(route.slice(1));
  return listener === route;
}

/** Why a listener takes no route from this namespace with these hostnames, or undefined when it does. */
function refusal(gateway: KubeObject, listener: Any, route: KubeObject): { reason: string; message: string } | undefined {
  const from = listener.allowedRoutes?.namespaces?.from ?? "Same";
  // Selector would need the Namespace's labels: the harsher reading, it allows nothing here.
  if (from === "Selector" || (from === "Same" && route.metadata.namespace !== gateway.metadata.namespace))
    return {
      reason: "NotAllowedByListeners",
      message: `listener ${listener.name} does not allow routes from ${route.metadata.namespace}`,
    };
  const kinds = (listener.allowedRoutes?.kinds ?? []) as Any[];
  if (kinds.length > 0 && !kinds.some((k) => k.kind === "HTTPRoute"))
    return { reason: "NotAllowedByListeners", message: `listener ${listener.name} does not allow HTTPRoutes` };
  const hostnames = ((route.spec as Any).hostnames ?? []) as string[];
  if (hostnames.length > 0 && !hostnames.some((h) => hostMatches(listener.hostname, h)))
    return { reason: "NoMatchingListenerHostname", message: `no hostname of the route matches listener ${listener.name}` };
  return undefined;
}

/** What a parentRef resolves to: undefined (no entry at all), or the Accepted verdict. */
export function resolve(
  store: Store,
  route: KubeObject,
  parentRef: Any,
): { ok: boolean; reason: string; message: string } | undefined {
  if ((parentRef.kind ?? "Gateway") !== "Gateway") return undefined;
  const gateway = store.get("gateways", parentRef.namespace ?? route.metadata.namespace, parentRef.name);
  if (!gateway || !ownClass(store, (gateway.spec as Any).gatewayClassName)) return undefined;
  const listeners = (((gateway.spec as Any).listeners ?? []) as Any[]).filter(
    (l) =>
      (parentRef.sectionName === undefined || l.name === parentRef.sectionName) &&
      (parentRef.port === undefined || l.port === parentRef.port),
  );
  if (listeners.length === 0)
    return { ok: false, reason: "NoMatchingParent", message: "no listener matches the parentRef's sectionName and port" };
  const refusals = listeners.map((l) => refusal(gateway, l, route));
  const taken = refusals.findIndex((r) => !r);
  if (taken >= 0) return { ok: true, reason: "Accepted", message: "Route is accepted" };
  const first = refusals.find((r) => r?.reason === "NoMatchingListenerHostname") ?? refusals[0];
  return { ok: false, ...(first as { reason: string; message: string }) };
}

/** Whether a Gateway routes by this route: it resolves one of the route's parentRefs to it, accepted. */
export function attached(store: Store, route: KubeObject, namespace: string, gateway: string): boolean {
  return (((route.spec as Any).parentRefs ?? []) as Any[]).some(
    (p) => p.name === gateway && (p.namespace ?? route.metadata.namespace) === namespace && resolve(store, route, p)?.ok,
  );
}

export function gatewayStatus(store: Store, gateway: KubeObject): void {
  if (!ownClass(store, (gateway.spec as Any).gatewayClassName)) return;
  const before = (gateway.status as Any)?.conditions;
  const generation = gateway.metadata.generation ?? 1;
  const routes = store
    .list("httproutes")
    .filter((r) => attached(store, r, gateway.metadata.namespace as string, gateway.metadata.name));
  const listeners = (((gateway.spec as Any).listeners ?? []) as Any[]).map((l) => ({
    name: l.name,
    supportedKinds: [{ group: "gateway.networking.k8s.io", kind: "HTTPRoute" }],
    attachedRoutes: routes.length,
    conditions: [
      condition(
        (gateway.status as Any)?.listeners?.find((x: Any) => x.name === l.name)?.conditions,
        generation,
        "Accepted",
        true,
        "Accepted",
        "",
      ),
      condition(undefined, generation, "Programmed", true, "Programmed", ""),
    ],
  }));
  setStatus(store, "gateways", gateway, {
    addresses: [{ type: "IPAddress", value: "127.0.0.1" }],
    conditions: [
      condition(before, generation, "Accepted", true, "Accepted", "Gateway is accepted"),
      condition(before, generation, "Programmed", true, "Programmed", "Gateway is programmed"),
    ],
    listeners,
  });
}

/** ResolvedRefs: every backendRef a Service that exists (else BackendNotFound). */
export function httpRouteStatus(store: Store, route: KubeObject): void {
  const ns = route.metadata.namespace;
  const spec = route.spec as Any;
  const generation = route.metadata.generation ?? 1;
  const refs = ((spec.rules ?? []) as Any[]).flatMap((r) => (r.backendRefs ?? []) as Any[]);
  const missing = refs.filter(
    (ref) => (ref.kind ?? "Service") !== "Service" || !store.get("services", ref.namespace ?? ns, ref.name),
  );
  const old = ((route.status as Any)?.parents ?? []) as Any[];
  // Entries other controllers wrote stay theirs.
  const others = old.filter((p) => p.controllerName !== GATEWAY_CONTROLLER);
  const own = ((spec.parentRefs ?? []) as Any[]).flatMap((parentRef) => {
    const verdict = resolve(store, route, parentRef);
    if (!verdict) return [];
    const before = old.find((p) => JSON.stringify(p.parentRef) === JSON.stringify(parentRef))?.conditions;
    return [
      {
        parentRef,
        controllerName: GATEWAY_CONTROLLER,
        conditions: [
          condition(before, generation, "Accepted", verdict.ok, verdict.reason, verdict.message),
          missing.length === 0
            ? condition(
                before,
                generation,
                "ResolvedRefs",
                true,
                "ResolvedRefs",
                "Resolved all the Object references for the Route",
              )
            : condition(before, generation, "ResolvedRefs", false, "BackendNotFound", `Service "${missing[0]?.name}" not found`),
        ],
      },
    ];
  });
  setStatus(store, "httproutes", route, { parents: [...others, ...own] });
}
