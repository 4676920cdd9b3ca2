import { duration, list, string } from "../../core/shapes.ts";
import { DNS_LABEL, DNS_SUBDOMAIN } from "../kubernetes/config.ts";
import { SETTLE_INPUT } from "../kubernetes/weighted-config.ts";
import type { RouterInput } from "../port.ts";

/** A rule's name or its 0-based index, as readRules checks it. */
const RULE = /^(\d{1,3}|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/;

/** The istio router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
export const ISTIO_INPUTS: RouterInput[] = [
  {
    name: "virtualservice",
    description:
      "router istio (required): the production VirtualService (networking.istio.io/v1). The switch moves the destination weights (relative; written in the form the route uses) of its http routes that name both colors.",
    required: true,
    shape: string("shop", DNS_SUBDOMAIN),
  },
  {
    name: "test-virtualservice",
    description: "router istio: a VirtualService that always sends to the standby, moved the other way with the last step.",
    shape: string("shop-preview", DNS_SUBDOMAIN),
  },
  {
    name: "host",
    description:
      "router istio: the destination host whose DestinationRule subsets are the colors (with blue-subset and green-subset).",
    shape: string("shop", DNS_SUBDOMAIN),
  },
  { name: "blue-subset", description: "router istio: the blue color's subset of host.", shape: string("blue", DNS_LABEL) },
  { name: "green-subset", description: "router istio: the green color's subset of host.", shape: string("green", DNS_LABEL) },
  {
    name: "blue-host",
    description: "router istio: the blue color's destination host, when each color is its own Service (instead of subsets).",
    shape: string("shop-blue", DNS_LABEL),
  },
  {
    name: "green-host",
    description: "router istio: the green color's destination host, when each color is its own Service.",
    shape: string("shop-green", DNS_LABEL),
  },
  {
    name: "virtualservice-routes",
    description:
      "router istio: the http routes to move, by name or 0-based index, comma-separated. Empty: every http route whose destinations name both colors.",
    shape: list(["0", "primary"], RULE),
  },
  { ...SETTLE_INPUT, shape: duration("10s") },
];
