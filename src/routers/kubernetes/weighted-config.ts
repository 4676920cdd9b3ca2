// What the weighted Kubernetes routers (gateway-api, istio) read besides their route objects: the
// namespace, the Deployments behind each color, the kubeconfig, the image and capacity parity,
// checked without touching the cluster, as the kubernetes router reads them.
import type { PerColor } from "../../core/color.ts";
import { readDuration } from "../../core/durations.ts";
import { inputError, quoted, readList, readString } from "../../core/inputs.ts";
import type { RouteRef, RouteRole } from "../port.ts";
import { DNS_LABEL, DNS_SUBDOMAIN, readName, readWorkloadInputs } from "./config.ts";
import type { WorkloadConfig } from "./workloads.ts";

/** The gateway-api and istio routers: route objects whose rules weigh the colors' backends. */
export interface WeightedConfig extends WorkloadConfig {
  /** The route objects' Kind: HTTPRoute, VirtualService. */
  objectKind: string;
  /** The rules (HTTPRoute rules, VirtualService http routes) to move, by name or index; empty: every rule naming both colors. */
  rules: string[];
  /** Which Services' ready endpoints make a ready pod of each color healthy. */
  colorServices: PerColor<string[]>;
}

/** A route object named by `input`: its ref, id `<plural>/<namespace>/<name>`. */
export function routeObject(kind: string, role: RouteRole, namespace: string, name: string, input: string): RouteRef {
  const lower = kind.toLowerCase();
  return { id: `${lower}/${namespace}/${name}`, role, name: `${kind} ${namespace}/${name}`, short: `${lower}/${name}`, input };
}

/** The production and optional test route objects' names, checked as Kubernetes names. */
export function readRouteNames(input: string, testInput: string, example: string): { name: string; test?: string } {
  if (!readString(input)) throw inputError(input, "is required but was empty", example);
  const name = readName(input, "", DNS_SUBDOMAIN, 253, example);
  const test = readString(testInput) ? readName(testInput, "", DNS_SUBDOMAIN, 253, `${example}-preview`) : undefined;
  if (test === name) throw inputError(testInput, `must differ from ${input} (both are ${quoted(name)})`, `${name}-preview`);
  return { name, test };
}

/** Rule names (as the route names them) or 0-based indexes, comma-separated; empty means every rule naming both colors. */
/** The settle-time input that the gateway-api and istio routers share. */
export const SETTLE_INPUT = {
  name: "settle-time",
  description:
    "router gateway-api, istio: how long the data plane may take to carry weights the API server stored (the gateway re-reading its routes; istiod's debounce and push). Without verify-url, each step's window counts only after it; with verify-url, once its answers show the step's split. Default 5s for gateway-api, 10s for istio.",
};

/** settle-time, with the router's own default: what its data plane needs, as its docs state it. */
export function readSettle(fallback: string): number {
  return readDuration("settle-time", fallback, 10 * 60_000);
}

export function readRules(input: string, example: string): string[] {
  const rules = readList(input);
  for (const rule of rules) {
    if (!/^(\d{1,3}|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/.test(rule) || rule.length > 253) {
      throw inputError(input, `must list rule names or 0-based indexes, got ${quoted(rule)}`, example);
    }
  }
  if (new Set(rules).size !== rules.length) throw inputError(input, `names a rule twice: ${rules.join(", ")}`, example);
  return rules;
}

/** Two different Service names, one per color. */
export function readColorNames(inputs: PerColor<string>, example: PerColor<string>): PerColor<string> {
  for (const color of ["blue", "green"] as const)
    if (!readString(inputs[color])) throw inputError(inputs[color], "is required but was empty", example[color]);
  const names = {
    blue: readName(inputs.blue, "", DNS_LABEL, 63, example.blue),
    green: readName(inputs.green, "", DNS_LABEL, 63, example.green),
  };
  if (names.blue === names.green) {
    throw inputError(inputs.green, `must differ from ${inputs.blue} (both are ${quoted(names.blue)})`, example.green);
  }
  return names;
}

/** The inputs gateway-api and istio share with the kubernetes router, read by the same code. */
export function readWorkloads(namespace: string, deploymentDefaults: PerColor<string>) {
  return {
    ...readWorkloadInputs(namespace, deploymentDefaults),
    testUrlKnown: false,
    // Weights in whole percent: the finest step is 1%.
    capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
  };
}

export function readNamespace(): string {
  return readName("namespace", "default", DNS_LABEL, 63, "shop");
}
