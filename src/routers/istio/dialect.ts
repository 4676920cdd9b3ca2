// How a VirtualService names the colors and their weights ("VirtualService" reference:
// HTTPRouteDestination, Destination host and subset), and what can be checked on a mesh:
// - istiod writes no status by default. Since 1.23 (config distribution tracking removed) there is
//   no Reconciled condition at all; observedGeneration and validationMessages come only from the
//   analysis controller, off unless PILOT_ENABLE_ANALYSIS is set ("Configuration Status Field").
// - So cutover checks before writing what analysis would flag (IST0101: a subset no DestinationRule
//   for the host defines), and proves a step by traffic (verify-url), never by a status.
import { COLORS, type Color } from "../../core/color.ts";
import type { Json, ObjectType, RouteObject, RouteObjects } from "../kubernetes/objects.ts";
import type { Dialect, Verdict } from "../kubernetes/weighted.ts";

/** How the colors are told apart: subsets of one host, or a host each. */
export type IstioColors = { host: string; subsets: Record<Color, string> } | { hosts: Record<Color, string> };

/** `shop-all` or `shop-all.shop.svc.cluster.local` names the Service shop-all of namespace shop. */
function sameHost(host: string | undefined, wanted: string, namespace: string): boolean {
  const [name, ns] = String(host ?? "").split(".");
  const [wantedName, wantedNs] = wanted.split(".");
  return name === wantedName && (ns ?? namespace) === (wantedNs ?? namespace);
}

const DESTINATION_RULE: ObjectType = {
  group: "networking.istio.io",
  version: "v1",
  plural: "destinationrules",
  kind: "DestinationRule",
};

/**
 * With analysis on, a current generation's Error messages refuse it; anything else is no answer to
 * wait for: analysis runs every 10 s at best, and a default mesh writes no status at all.
 */
export function istioVerdict(object: RouteObject, generation: number): Verdict {
  const status = object.status ?? {};
  if (Number(status.observedGeneration ?? 0) < generation) return { state: "unreported" };
  const errors = ((status.validationMessages ?? []) as Json[]).filter((m) => m.level === "Error");
  if (errors.length === 0) return { state: "unreported" };
  return { state: "refused", detail: errors.map((m) => `${m.type?.code ?? "error"} ${m.message}`).join("; ") };
}

/** Each subset a color is sent to must be defined by the DestinationRule for its host (IST0101). */
async function subsetProblems(colors: IstioColors, objects: RouteObjects, sent: Color[], namespace: string): Promise<string[]> {
  if (!("subsets" in colors) || sent.length === 0) return [];
  const rules = (await objects.list(DESTINATION_RULE)).filter((r) => sameHost(r.spec?.host, colors.host, namespace));
  if (rules.length === 0)
    return [
      `no DestinationRule in ${namespace} has host ${colors.host}, so subset ${sent.map((c) => colors.subsets[c]).join(", ")} is undefined and its share would answer 503`,
    ];
  const defined = new Set(rules.flatMap((r) => ((r.spec?.subsets ?? []) as Json[]).map((s) => s.name)));
  return sent
    .filter((c) => !defined.has(colors.subsets[c]))
    .map(
      (c) =>
        `subset ${colors.subsets[c]} (${c}) is not defined by DestinationRule ${rules.map((r) => r.metadata?.name).join(", ")} for host ${colors.host} (it defines ${[...defined].join(", ") || "none"}), so its share would answer 503`,
    );
}

/** A route's matches, short: `/api`, `/ + header x-canary`. */
function matches(route: Json): string {
  return ((route?.match ?? []) as Json[])
    .map((m) => {
      const uri = m.uri?.prefix ?? m.uri?.exact ?? m.uri?.regex;
      return [uri, ...Object.keys(m.headers ?? {}).map((h) => `header ${h}`)].filter(Boolean).join(" + ");
    })
    .join(", ");
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
    // Weights are relative; cutover moves a route only when the two colors hold all of its weight.
    refuse: (_, own, all) => {
      const other = all.find((d) => !own.includes(d) && (d.weight ?? 0) > 0);
      return other
        ? `destination ${other.destination?.host}${other.destination?.subset ? ` subset ${other.destination.subset}` : ""} holds weight ${other.weight}. cutover moves a route only when the two colors hold all of its weight: set that weight to 0, or move that destination to a route of its own.`
        : undefined;
    },
    matches,
    verdict: istioVerdict,
    reads: [{ verb: "list", group: DESTINATION_RULE.group, resource: DESTINATION_RULE.plural }],
    preflight: (_, objects, sent, namespace) => subsetProblems(colors, objects, sent, namespace),
  };
}
