// How a VirtualService names the colors and their weights ("VirtualService" reference:
// HTTPRouteDestination, Destination host and subset), and how istiod reports a generation
// ("Configuration Status Field": observedGeneration, the Reconciled condition, validationMessages).
import { COLORS, type Color } from "../../core/color.ts";
import type { Json, RouteObject } from "../kubernetes/objects.ts";
import type { Dialect, Verdict } from "../kubernetes/weighted.ts";

/** How the colors are told apart: subsets of one host, or a host each. */
export type IstioColors = { host: string; subsets: Record<Color, string> } | { hosts: Record<Color, string> };

/** `shop-all` or `shop-all.shop.svc.cluster.local` names the Service shop-all of namespace shop. */
function sameHost(host: string | undefined, wanted: string, namespace: string): boolean {
  const [name, ns] = String(host ?? "").split(".");
  const [wantedName, wantedNs] = wanted.split(".");
  return name === wantedName && (ns ?? namespace) === (wantedNs ?? namespace);
}

/** The status field is off unless istiod tracks config distribution: then there is nothing to wait for. */
export function istioVerdict(object: RouteObject, generation: number): Verdict {
  const status = object.status ?? {};
  if (status.observedGeneration === undefined && !(status.conditions ?? []).length) return { state: "unreported" };
  if (Number(status.observedGeneration ?? 0) < generation) return { state: "pending" };
  const errors = ((status.validationMessages ?? []) as Json[]).filter((m) => m.level === "Error");
  if (errors.length > 0) {
    return { state: "refused", detail: errors.map((m) => `${m.type?.code ?? "error"} ${m.message}`).join("; ") };
  }
  const reconciled = ((status.conditions ?? []) as Json[]).find((c) => c.type === "Reconciled");
  return reconciled && reconciled.status !== "True" ? { state: "pending" } : { state: "accepted" };
}

export function istioDialect(colors: IstioColors): Dialect {
  const colorOf = (d: Json, namespace: string): Color | undefined =>
    "hosts" in colors
      ? COLORS.find((c) => sameHost(d.destination?.host, colors.hosts[c], namespace))
      : sameHost(d.destination?.host, colors.host, namespace)
        ? COLORS.find((c) => d.destination?.subset === colors.subsets[c])
        : undefined;
  return {
    type: { group: "networking.istio.io", version: "v1", plural: "virtualservices", kind: "VirtualService" },
    field: "http",
    rulesInput: "virtualservice-routes",
    backends: (rule) => (rule?.route ?? []) as Json[],
    colorOf,
    // "If there is only one destination in a rule, it will receive all traffic."
    weightOf: (d, all) => (all.length === 1 ? 100 : ((d.weight ?? 0) as number)),
    setWeight: (d, weight) => ({ ...d, weight }),
    backendFor: (color, like) => {
      const destination =
        "hosts" in colors
          ? { ...like.destination, host: colors.hosts[color] }
          : { ...like.destination, subset: colors.subsets[color] };
      return { ...like, destination, weight: 0 };
    },
    // Weights are percentages that should sum to 100: the two colors must hold all of them.
    refuse: (_, own, all) => {
      const other = all.find((d) => !own.includes(d) && (d.weight ?? 0) > 0);
      return other
        ? `destination ${other.destination?.host}${other.destination?.subset ? ` subset ${other.destination.subset}` : ""} holds ${other.weight}%. Istio's weights sum to 100, so cutover moves a route only when the two colors hold all of it: set that weight to 0, or move that destination to a route of its own.`
        : undefined;
    },
    verdict: istioVerdict,
  };
}
