// The gateway-api router's inputs, read and checked without touching the cluster.
import type { PerColor } from "../../core/color.ts";
import {
  readColorNames,
  readNamespace,
  readRouteNames,
  readRules,
  readSettle,
  readWorkloads,
  routeObject,
  type WeightedConfig,
} from "../kubernetes/weighted-config.ts";

/** sessionPersistence is experimental in Gateway API (GEP-1619): cutover neither sets nor relies on it. */
const SESSIONS =
  "Session persistence: none. The HTTPRoute splits each request by weight (Gateway API's sessionPersistence is experimental and not used), so a client may reach both colors while the weights are split.";

export interface GatewayApiConfig extends WeightedConfig {
  /** The Services the backendRefs name, per color. */
  services: PerColor<string>;
}

export function readGatewayApiConfig(): GatewayApiConfig {
  const namespace = readNamespace();
  const route = readRouteNames("httproute", "test-httproute", "shop");
  const services = readColorNames({ blue: "blue-service", green: "green-service" }, { blue: "shop-blue", green: "shop-green" });
  const rules = readRules("httproute-rules", "0,2 or canary");
  return {
    kind: "gateway-api",
    testRouteInputs: ["test-httproute"],
    description: `Gateway API HTTPRoute ${namespace}/${route.name}${route.test ? ` and test ${route.test}` : ""}, backendRefs ${services.blue} / ${services.green}`,
    notes: [SESSIONS],
    routes: [
      routeObject("HTTPRoute", "production", namespace, route.name, "httproute"),
      ...(route.test ? [routeObject("HTTPRoute", "test", namespace, route.test, "test-httproute")] : []),
    ],
    objectKind: "HTTPRoute",
    // A gateway re-reads its routes within seconds; the conformance suite allows up to 30 s.
    settleMs: readSettle("5s"),
    rules,
    services,
    colorServices: { blue: [services.blue], green: [services.green] },
    ...readWorkloads(namespace, services),
  };
}
