import type { InputSpec } from "../port.ts";

/** The kubernetes router's inputs, as every step's action.yml declares them. */
export const KUBERNETES_INPUTS: InputSpec[] = [
  { name: "namespace", description: "router kubernetes: namespace of the Services and Deployments.", default: "default" },
  {
    name: "service",
    description:
      "router kubernetes (required): the production Service. Its selector names the live color (version: blue); the switch changes that one key.",
  },
  {
    name: "test-service",
    description:
      "router kubernetes: a preview Service that always selects the standby, flipped the other way (like Argo Rollouts' previewService).",
  },
  {
    name: "color-label",
    description: "router kubernetes: the label key whose value is the color, on the pods and in the selectors.",
    default: "version",
  },
  { name: "blue-deployment", description: "router kubernetes: the blue Deployment. Defaults to <service>-blue." },
  { name: "green-deployment", description: "router kubernetes: the green Deployment. Defaults to <service>-green." },
  {
    name: "kubeconfig",
    description:
      "router kubernetes: a kubeconfig file. Empty: KUBECONFIG, ~/.kube/config, or the in-cluster ServiceAccount, as kubectl.",
  },
  { name: "kube-context", description: "router kubernetes: the kubeconfig context to use. Empty: its current context." },
  {
    name: "image",
    description:
      "router kubernetes, deploy-standby: the image to roll the standby Deployment onto, as image or container=image; deploy-standby waits for the rollout.",
  },
  {
    name: "min-capacity-percent",
    description:
      "router kubernetes: before a switch, the standby needs at least this share of the active color's ready pods (100% means as many).",
    default: "100%",
  },
];
