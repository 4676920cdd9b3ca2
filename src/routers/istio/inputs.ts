import { SETTLE_INPUT } from "../kubernetes/weighted-config.ts";
import type { InputSpec } from "../port.ts";

/** The istio router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
export const ISTIO_INPUTS: InputSpec[] = [
  {
    name: "virtualservice",
    description:
      "router istio (required): the production VirtualService (networking.istio.io/v1). The switch moves the destination weights (relative; written in the form the route uses) of its http routes that name both colors.",
  },
  {
    name: "test-virtualservice",
    description: "router istio: a VirtualService that always sends to the standby, moved the other way with the last step.",
  },
  {
    name: "host",
    description:
      "router istio: the destination host whose DestinationRule subsets are the colors (with blue-subset and green-subset).",
  },
  { name: "blue-subset", description: "router istio: the blue color's subset of host." },
  { name: "green-subset", description: "router istio: the green color's subset of host." },
  {
    name: "blue-host",
    description: "router istio: the blue color's destination host, when each color is its own Service (instead of subsets).",
  },
  { name: "green-host", description: "router istio: the green color's destination host, when each color is its own Service." },
  {
    name: "virtualservice-routes",
    description:
      "router istio: the http routes to move, by name or 0-based index, comma-separated. Empty: every http route whose destinations name both colors.",
  },
  SETTLE_INPUT,
];
