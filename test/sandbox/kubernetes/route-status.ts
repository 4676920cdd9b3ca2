// Istio's config status on VirtualServices, as istiod 1.23 and later write it: only the analysis
// controller writes it, which is off unless PILOT_ENABLE_ANALYSIS is set, and runs every 10 s
// (pilot/pkg/status; the Reconciled condition went with config distribution tracking in 1.23).
// Gateway API status is in gateway-status.ts.
import type { Any, KubeObject, Store } from "./store.ts";

/**
 * One analysis pass over a VirtualService ("Configuration Status Field"): observedGeneration and
 * the analyzers' validationMessages, such as a subset no DestinationRule defines (IST0101
 * ReferencedResourceNotFound). No conditions: Reconciled is gone since 1.23.
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
    ...(messages.length ? { validationMessages: messages } : {}),
  });
}

function setStatus(store: Store, resource: string, object: KubeObject, status: Any): void {
  if (JSON.stringify(object.status) === JSON.stringify(status)) return;
  store.update(resource, { ...object, status });
}
