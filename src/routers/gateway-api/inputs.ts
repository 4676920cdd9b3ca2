import { duration, list, string } from "../../core/shapes.ts";
import { DNS_LABEL, DNS_SUBDOMAIN } from "../kubernetes/config.ts";
import { SETTLE_INPUT } from "../kubernetes/weighted-config.ts";
import type { RouterInput } from "../port.ts";

/** A rule's name or its 0-based index, as readRules checks it. */
const RULE = /^(\d{1,3}|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/;

/** The gateway-api router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
export const GATEWAY_API_INPUTS: RouterInput[] = [
  {
    name: "httproute",
    description:
      "router gateway-api (required): the production HTTPRoute (gateway.networking.k8s.io/v1). The switch moves the backendRef weights of its rules that name both colors' Services.",
    required: true,
    shape: string("shop", DNS_SUBDOMAIN),
  },
  {
    name: "test-httproute",
    description: "router gateway-api: an HTTPRoute that always sends to the standby, moved the other way with the last step.",
    shape: string("shop-preview", DNS_SUBDOMAIN),
  },
  {
    name: "blue-service",
    description: "router gateway-api (required): the blue color's Service, as the backendRefs name it.",
    required: true,
    shape: string("shop-blue", DNS_LABEL),
  },
  {
    name: "green-service",
    description: "router gateway-api (required): the green color's Service, as the backendRefs name it.",
    required: true,
    shape: string("shop-green", DNS_LABEL),
  },
  {
    name: "httproute-rules",
    description:
      "router gateway-api: the rules to move, by name or 0-based index, comma-separated. Empty: every rule whose backendRefs name both Services.",
    shape: list(["0", "canary"], RULE),
  },
  { ...SETTLE_INPUT, shape: duration("5s") },
];
