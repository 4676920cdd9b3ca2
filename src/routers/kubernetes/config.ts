// The kubernetes router's inputs, read and checked without touching the cluster.
import { existsSync } from "node:fs";
import type { Color, PerColor } from "../../core/color.ts";
import { inputError, quoted, readPercent, readString } from "../../core/inputs.ts";
import { readNeutralSettings, regionBesideRouter } from "../neutral.ts";
import type { NeutralSettings, RouteRef, RouteRole, RouterConfig } from "../port.ts";
import type { CallPolicy } from "./calls.ts";
import type { WorkloadConfig } from "./workloads.ts";

/** The kubernetes router: a Service (and a preview Service) whose selector names the live color. */
export interface KubernetesConfig extends WorkloadConfig {
  service: string;
  testService?: string;
}

// "Object Names and IDs": Services and namespaces are DNS-1035 labels, Deployments DNS-1123 subdomains.
export const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// "Labels and Selectors": an optional DNS prefix and a name of 63 characters at most.
export const LABEL_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
// An image reference: [registry/]repository[:tag][@digest], without spaces.
const IMAGE = /^[a-z0-9][a-z0-9._\-/:]*[a-z0-9](?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

export function readName(input: string, fallback: string, pattern: RegExp, max: number, example: string): string {
  const value = readString(input, fallback);
  if (!pattern.test(value) || value.length > max) {
    throw inputError(
      input,
      `must be a Kubernetes name (lower-case letters, digits and '-', starting with a letter, ${max} characters at most), got ${quoted(value)}`,
      example,
    );
  }
  return value;
}

export function readImage(): KubernetesConfig["image"] {
  const value = readString("image");
  if (!value) return undefined;
  const at = value.indexOf("=");
  const container = at >= 0 ? value.slice(0, at).trim() : undefined;
  const image = (at >= 0 ? value.slice(at + 1) : value).trim();
  if ((container !== undefined && !DNS_LABEL.test(container)) || !IMAGE.test(image)) {
    throw inputError(
      "image",
      `must be an image or container=image, got ${quoted(value)}`,
      "ghcr.io/acme/shop:1.4.2 or app=ghcr.io/acme/shop:1.4.2",
    );
  }
  return { container, image };
}

function route(role: RouteRole, namespace: string, name: string, input: string): RouteRef {
  return { id: `service/${namespace}/${name}`, role, name: `Service ${namespace}/${name}`, short: `svc/${name}`, input };
}

export function readKubernetesConfig(neutral = readNeutralSettings()): KubernetesConfig {
  const namespace = readName("namespace", "default", DNS_LABEL, 63, "shop");
  if (!readString("service")) throw inputError("service", "is required but was empty", "shop");
  const service = readName("service", "", DNS_LABEL, 63, "shop");
  const testService = readString("test-service") ? readName("test-service", "", DNS_LABEL, 63, "shop-preview") : undefined;
  if (testService === service)
    throw inputError("test-service", `must differ from service (both are ${quoted(service)})`, `${service}-preview`);
  const workloads = readWorkloadInputs(namespace, { blue: `${service}-blue`, green: `${service}-green` }, neutral);
  const routes = [
    route("production", namespace, service, "service"),
    ...(testService ? [route("test", namespace, testService, "test-service")] : []),
  ];
  return {
    ...workloads,
    kind: "kubernetes",
    description: `Kubernetes Service ${namespace}/${service}${testService ? ` and preview ${testService}` : ""}, selector ${workloads.colorLabel}`,
    routes,
    service,
    testService,
    commandEnv: (standby) => ({ ...workloads.commandEnv(standby), CUTOVER_SERVICE: service }),
    testUrlKnown: false,
    testRouteInputs: ["test-service"],
    // A selector names one color: traffic moves all at once.
    capabilities: { weighted: false, finestStepPercent: 100, cloudWatch: false },
  };
}

/** What the three Kubernetes routers read alike: the Deployment pair, the color label, image, capacity and cluster access. */
export function readWorkloadInputs(
  namespace: string,
  deploymentDefaults: PerColor<string>,
  neutral: NeutralSettings = readNeutralSettings(),
): Omit<WorkloadConfig, "kind" | "description" | "routes" | "testUrlKnown" | "testRouteInputs" | "capabilities"> & {
  commandEnv(standby: Color): Record<string, string>;
} {
  const colorLabel = readString("color-label", "version");
  if (!LABEL_KEY.test(colorLabel) || colorLabel.length > 317) {
    throw inputError(
      "color-label",
      `must be a label key such as version or example.com/color, got ${quoted(colorLabel)}`,
      "version",
    );
  }
  const deployments = {
    blue: readName("blue-deployment", deploymentDefaults.blue, DNS_SUBDOMAIN, 253, deploymentDefaults.blue),
    green: readName("green-deployment", deploymentDefaults.green, DNS_SUBDOMAIN, 253, deploymentDefaults.green),
  };
  if (deployments.blue === deployments.green) {
    throw inputError(
      "green-deployment",
      `must differ from blue-deployment (both are ${quoted(deployments.blue)})`,
      deploymentDefaults.green,
    );
  }
  return {
    pools: deployments,
    namespace,
    deployments,
    colorLabel,
    image: readImage(),
    minCapacity: readPercent("min-capacity-percent", "100%"),
    commandEnv: (standby) => ({
      CUTOVER_NAMESPACE: namespace,
      CUTOVER_STANDBY_DEPLOYMENT: deployments[standby],
      CUTOVER_ACTIVE_DEPLOYMENT: deployments[standby === "blue" ? "green" : "blue"],
    }),
    ...readClusterAccess(neutral),
    retirement: deploymentWords(namespace, deployments),
  };
}

/** What teardown does to a color's Deployment (pool.ts retire), and the command that undoes it. */
export function deploymentWords(namespace: string, deployments: PerColor<string>): RouterConfig["retirement"] {
  return {
    retired: (color) =>
      `scaled Deployment ${namespace}/${deployments[color]} to 0 replicas and kept its replica count in the annotation cutover/retired-replicas, which deploy-standby scales it back to`,
    restore: (color, ledger) => {
      const replicas = ledger["cutover:retired-replicas"];
      return replicas && /^\d+$/.test(replicas)
        ? `kubectl scale deployment/${deployments[color]} -n ${namespace} --replicas=${replicas}`
        : undefined;
    },
  };
}

/**
 * Each Kubernetes API call's attempt may take a quarter of verify-timeout, from 1 s to 10 s: a
 * hung call is cut off and tried again while the step can still read its writes back.
 */
export function callPolicy(config: Pick<KubernetesConfig, "verifyTimeoutMs" | "aws">): CallPolicy {
  return {
    timeoutMs: Math.min(10_000, Math.max(1_000, Math.round(config.verifyTimeoutMs / 4))),
    attempts: config.aws.maxAttempts,
  };
}

/** How to reach the cluster, and the router-neutral settings as a config holds them: read alike by the Kubernetes routers. */
export function readClusterAccess(
  neutral: NeutralSettings = readNeutralSettings(),
): Pick<KubernetesConfig, "kubeconfig" | "context" | "verifyTimeoutMs" | "aws"> {
  const kubeconfig = readString("kubeconfig");
  if (kubeconfig && !existsSync(kubeconfig))
    throw inputError("kubeconfig", `names no file: ${quoted(kubeconfig)}`, "/home/runner/.kube/config");
  const context = readString("kube-context");
  if (context && /\s/.test(context))
    throw inputError("kube-context", `must be a context name without spaces, got ${quoted(context)}`, "prod-eu");
  return {
    kubeconfig,
    context,
    verifyTimeoutMs: neutral.verifyTimeoutMs,
    aws: { region: regionBesideRouter(neutral), partition: "aws", maxAttempts: neutral.maxAttempts },
  };
}
