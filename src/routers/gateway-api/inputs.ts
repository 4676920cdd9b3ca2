import { SETTLE_INPUT } from "../kubernetes/weighted-config.ts";
import type { InputSpec } from "../port.ts";

/** The gateway-api router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
export const GATEWAY_API_INPUTS: InputSpec[] = [
  {
    name: "httproute",
    description:
      "router gateway-api (required): the production HTTPRoute (gateway.networking.k8s.io/v1). The switch moves the backendRef weights of its rules that name both colors' Services.",
  },
  {
    name: "test-httproute",
    description: "router gateway-api: an HTTPRoute that always sends to the standby, moved the other way with the last step.",
  },
  { name: "blue-service", description: "router gateway-api (required): the blue color's Service, as the backendRefs name it." },
  { name: "green-service", description: "router gateway-api (required): the green color's Service, as the backendRefs name it." },
  {
    name: "httproute-rules",
    description:
      "router gateway-api: the rules to move, by name or 0-based index, comma-separated. Empty: every rule whose backendRefs name both Services.",
  },
  SETTLE_INPUT,
];
