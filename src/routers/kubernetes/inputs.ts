import { percent, string } from "../../core/shapes.ts";
import type { RouterInput } from "../port.ts";
import { DNS_LABEL, DNS_SUBDOMAIN, LABEL_KEY } from "./config.ts";

/** The kubernetes router's inputs, as every step's action.yml declares them. */
export const KUBERNETES_INPUTS: RouterInput[] = [
  {
    name: "namespace",
    description: "router kubernetes: namespace of the Services and Deployments.",
    default: "default",
    shape: string("shop", DNS_LABEL),
  },
  {
    name: "service",
    description:
      "router kubernetes (required): the production Service. Its selector names the live color (version: blue); the switch changes that one key.",
    required: true,
    shape: string("shop", DNS_LABEL),
  },
  {
    name: "test-service",
    description:
      "router kubernetes: a preview Service that always selects the standby, flipped the other way (like Argo Rollouts' previewService).",
    shape: string("shop-preview", DNS_LABEL),
  },
  {
    name: "color-label",
    description: "router kubernetes: the label key whose value is the color, on the pods and in the selectors.",
    default: "version",
    shape: string("version", LABEL_KEY),
  },
  {
    name: "blue-deployment",
    description: "router kubernetes: the blue Deployment. Defaults to <service>-blue.",
    shape: string("shop-blue", DNS_SUBDOMAIN),
  },
  {
    name: "green-deployment",
    description: "router kubernetes: the green Deployment. Defaults to <service>-green.",
    shape: string("shop-green", DNS_SUBDOMAIN),
  },
  {
    name: "kubeconfig",
    description:
      "router kubernetes: a kubeconfig file. Empty: KUBECONFIG, ~/.kube/config, or the in-cluster ServiceAccount, as kubectl.",
    shape: string("/home/runner/.kube/config"),
  },
  {
    name: "kube-context",
    description: "router kubernetes: the kubeconfig context to use. Empty: its current context.",
    shape: string("prod-eu", /^\S+$/),
  },
  {
    name: "image",
    description:
      "router kubernetes, deploy-standby: the image to roll the standby Deployment onto, as image or container=image; deploy-standby waits for the rollout.",
    shape: string("ghcr.io/acme/shop:1.4.2"),
  },
  {
    name: "min-capacity-percent",
    description:
      "router kubernetes: before a switch, the standby needs at least this share of the active color's ready pods (100% means as many).",
    default: "100%",
    shape: percent("100%"),
  },
];
