// How an HTTPRoute names the colors and their weights ("HTTPRoute" API reference: HTTPBackendRef,
// BackendRef.weight), and what proves its Gateways route it: the parent Gateways' own status
// before a write, and each parent's RouteParentStatus after it (apis/v1/shared_types.go).
import type { Color, PerColor } from "../../core/color.ts";
import { COLORS } from "../../core/color.ts";
import type { Json, ObjectType, RouteObject, RouteObjects } from "../kubernetes/objects.ts";
import type { Dialect, Verdict } from "../kubernetes/weighted.ts";

const GROUP = "gateway.networking.k8s.io";
const GATEWAY: ObjectType = { group: GROUP, version: "v1", plural: "gateways", kind: "Gateway" };
const GATEWAY_CLASS: ObjectType = { group: GROUP, version: "v1", plural: "gatewayclasses", kind: "GatewayClass" };

const describe = (c: Json): string => `${c.type} ${c.status} (${c.reason}${c.message ? `: ${c.message}` : ""})`;

/** The parentRefs that name Gateways: a Service parent (the mesh profile) has no Gateway to check. */
function gatewayParents(object: RouteObject): Json[] {
  return ((object.spec?.parentRefs ?? []) as Json[]).filter(
    (p) => (p.group ?? GROUP) === GROUP && (p.kind ?? "Gateway") === "Gateway",
  );
}

/** The status entry a controller wrote for this parentRef: same Gateway, section and port. */
function entryFor(object: RouteObject, parent: Json, namespace: string): Json | undefined {
  return ((object.status?.parents ?? []) as Json[]).find((p) => {
    const r = p.parentRef ?? {};
    return (
      r.name === parent.name &&
      (r.namespace ?? namespace) === (parent.namespace ?? namespace) &&
      (r.sectionName ?? "") === (parent.sectionName ?? "") &&
      (r.port ?? 0) === (parent.port ?? 0)
    );
  });
}

const where = (parent: Json): string =>
  `Gateway ${parent.name}${parent.sectionName ? ` section ${parent.sectionName}` : ""}${parent.port ? ` port ${parent.port}` : ""}`;

/**
 * Every parent Gateway must report Accepted (and ResolvedRefs) at the generation written. The spec
 * adds no entry for a parent no controller resolves (a deleted Gateway, a class with no
 * controller), so a missing entry stays pending: silence runs out verify-timeout and fails.
 */
export function routeVerdict(object: RouteObject, generation: number, namespace = ""): Verdict {
  const parents = gatewayParents(object);
  if (parents.length === 0) return { state: "unreported" };
  for (const parent of parents) {
    const conditions = (entryFor(object, parent, namespace)?.conditions ?? []) as Json[];
    const accepted = conditions.find((c) => c.type === "Accepted");
    if (!accepted || (accepted.observedGeneration ?? 0) < generation) return { state: "pending" };
    for (const c of conditions.filter((x) => x.type === "Accepted" || x.type === "ResolvedRefs")) {
      if (c.status !== "True" && (c.observedGeneration ?? generation) >= generation) {
        return { state: "refused", detail: `${where(parent)} reports ${describe(c)}` };
      }
    }
  }
  return { state: "accepted" };
}

/** Why a Gateway routes nothing yet: its Accepted and Programmed, and its class's controller. */
async function gatewayProblem(objects: RouteObjects, parent: Json, namespace: string): Promise<string | undefined> {
  const ns = parent.namespace ?? namespace;
  const gateway = await objects.find(GATEWAY, parent.name, ns);
  if (!gateway) return `its parent Gateway ${ns}/${parent.name} does not exist, so no controller routes it or reports on it`;
  const generation = gateway.metadata?.generation ?? 0;
  const conditions = (gateway.status?.conditions ?? []) as Json[];
  const unready = ["Accepted", "Programmed"].flatMap((type) => {
    const c = conditions.find((x) => x.type === type);
    return c?.status === "True" && (c.observedGeneration ?? generation) >= generation ? [] : [c ? describe(c) : `no ${type}`];
  });
  if (unready.length === 0) return undefined;
  const className = gateway.spec?.gatewayClassName;
  const cls = await objects.find(GATEWAY_CLASS, className, null).catch(() => undefined);
  const classAccepted = ((cls?.status?.conditions ?? []) as Json[]).find((c) => c.type === "Accepted");
  const why = !cls
    ? `; its GatewayClass ${className} does not exist (or cannot be read)`
    : classAccepted?.status !== "True"
      ? `; no controller runs its GatewayClass ${className} (controllerName ${cls.spec?.controllerName}): ${classAccepted ? describe(classAccepted) : "no status"}`
      : "";
  return `its parent Gateway ${ns}/${parent.name} is not ready: ${unready.join(", ")}${why}`;
}

/**
 * Before a write: each parent Gateway exists and is Accepted and Programmed, and the route is
 * attached to it (its entry says Accepted True). GatewayClass "Accepted" is set by the controller
 * whose controllerName it names; until then it reads Unknown/Pending "Waiting for controller".
 */
async function preflight(object: RouteObject, objects: RouteObjects, _: Color[], namespace: string): Promise<string[]> {
  const problems: string[] = [];
  for (const parent of gatewayParents(object)) {
    const gateway = await gatewayProblem(objects, parent, namespace);
    if (gateway) {
      problems.push(gateway);
      continue;
    }
    const accepted = ((entryFor(object, parent, namespace)?.conditions ?? []) as Json[]).find((c) => c.type === "Accepted");
    if (accepted?.status !== "True")
      problems.push(
        `${where(parent)} has ${accepted ? `not attached it: ${describe(accepted)}` : "not reported on it (no status entry for that parent)"}`,
      );
  }
  if (gatewayParents(object).length === 0) problems.push("it names no parent Gateway in parentRefs, so no Gateway routes it");
  return problems;
}

/** A rule's matches, short: `/api`, `/ + header x-canary`. */
function matches(rule: Json): string {
  return ((rule?.matches ?? []) as Json[])
    .map((m) => [m.path?.value, ...((m.headers ?? []) as Json[]).map((h) => `header ${h.name}`)].filter(Boolean).join(" + "))
    .join(", ");
}

export function gatewayDialect(services: PerColor<string>): Dialect {
  return {
    type: { group: GROUP, version: "v1", plural: "httproutes", kind: "HTTPRoute" },
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
    matches,
    verdict: routeVerdict,
    silence:
      "a parent no controller resolves (a deleted Gateway, a class nobody runs) gets no status entry at all, so silence is never taken for success",
    reads: [{ verb: "get", group: GROUP, resource: "gateways" }],
    preflight,
  };
}
