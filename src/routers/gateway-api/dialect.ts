// How an HTTPRoute names the colors and their weights ("HTTPRoute" API reference: HTTPBackendRef,
// BackendRef.weight; RouteParentStatus), and how its Gateway's controller reports a generation.
import { COLORS, type Color, type PerColor } from "../../core/color.ts";
import type { Json, RouteObject } from "../kubernetes/objects.ts";
import type { Dialect, Verdict } from "../kubernetes/weighted.ts";

const describe = (c: Json): string => `${c.type} ${c.status} (${c.reason}${c.message ? `: ${c.message}` : ""})`;

/**
 * Per parent Gateway, Accepted and ResolvedRefs with the generation they describe (GEP-1364). A
 * route no controller has reported on has no parents in its status: nothing to wait for.
 */
export function routeVerdict(object: RouteObject, generation: number): Verdict {
  const parents = (object.status?.parents ?? []) as Json[];
  if (parents.length === 0) return { state: "unreported" };
  for (const parent of parents) {
    const conditions = (parent.conditions ?? []) as Json[];
    const accepted = conditions.find((c) => c.type === "Accepted");
    if (!accepted || (accepted.observedGeneration !== undefined && accepted.observedGeneration < generation))
      return { state: "pending" };
    for (const c of conditions.filter((x) => x.type === "Accepted" || x.type === "ResolvedRefs")) {
      if (c.status !== "True" && (c.observedGeneration ?? generation) >= generation) {
        return { state: "refused", detail: `Gateway ${parent.parentRef?.name} reports ${describe(c)}` };
      }
    }
  }
  return { state: "accepted" };
}

export function gatewayDialect(services: PerColor<string>): Dialect {
  return {
    type: { group: "gateway.networking.k8s.io", version: "v1", plural: "httproutes", kind: "HTTPRoute" },
    field: "rules",
    rulesInput: "httproute-rules",
    backends: (rule) => (rule?.backendRefs ?? []) as Json[],
    colorOf: (b, namespace): Color | undefined =>
      (b.kind ?? "Service") === "Service" && (b.group ?? "") === "" && (b.namespace ?? namespace) === namespace
        ? COLORS.find((c) => services[c] === b.name)
        : undefined,
    // "weight ... Defaults to 1."
    weightOf: (b) => (b.weight ?? 1) as number,
    setWeight: (b, weight) => ({ ...b, weight }),
    backendFor: (color, like) => ({ ...like, name: services[color], weight: 0 }),
    // Other backendRefs keep their relative weights.
    refuse: () => undefined,
    verdict: routeVerdict,
  };
}
