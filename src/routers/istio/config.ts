// The istio router's inputs, read and checked without touching the cluster: the colors are
// either subsets of one host (blue-subset, green-subset with host) or a host each.
import { inputError, readString } from "../../core/inputs.ts";
import { DNS_SUBDOMAIN, readName } from "../kubernetes/config.ts";
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
import type { IstioColors } from "./dialect.ts";

export interface IstioConfig extends WeightedConfig {
  colors: IstioColors;
}

const SUBSETS = { blue: "blue-subset", green: "green-subset" };
const HOSTS = { blue: "blue-host", green: "green-host" };

function readColors(): IstioColors {
  const given = (names: Record<string, string>) => Object.values(names).filter((n) => readString(n));
  const subsets = given(SUBSETS);
  const hosts = given(HOSTS);
  if (subsets.length > 0 && hosts.length > 0) {
    throw inputError(
      hosts[0] as string,
      `cannot be set with ${subsets[0]}: name the colors either as subsets of host or as a host each`,
      "blue-host: shop-blue and green-host: shop-green, with no subsets",
    );
  }
  if (hosts.length > 0) return { hosts: readColorNames(HOSTS, { blue: "shop-blue", green: "shop-green" }) };
  if (subsets.length === 0) {
    throw inputError(
      "blue-subset",
      "is required: name the colors as blue-subset and green-subset with host, or as blue-host and green-host",
      "blue",
    );
  }
  if (!readString("host")) throw inputError("host", "is required with blue-subset and green-subset", "shop");
  const host = readName("host", "", DNS_SUBDOMAIN, 253, "shop");
  return { host, subsets: readColorNames(SUBSETS, { blue: "blue", green: "green" }) };
}

export function readIstioConfig(): IstioConfig {
  const namespace = readNamespace();
  const route = readRouteNames("virtualservice", "test-virtualservice", "shop");
  const colors = readColors();
  const rules = readRules("virtualservice-routes", "0 or primary");
  const short = (host: string) => host.split(".")[0] as string;
  const shown =
    "hosts" in colors
      ? `hosts ${colors.hosts.blue} / ${colors.hosts.green}`
      : `${colors.host} subsets ${colors.subsets.blue} / ${colors.subsets.green}`;
  const deployments =
    "hosts" in colors
      ? { blue: short(colors.hosts.blue), green: short(colors.hosts.green) }
      : { blue: `${route.name}-blue`, green: `${route.name}-green` };
  return {
    kind: "istio",
    testRouteInputs: ["test-virtualservice"],
    description: `Istio VirtualService ${namespace}/${route.name}${route.test ? ` and test ${route.test}` : ""}, ${shown}`,
    routes: [
      routeObject("VirtualService", "production", namespace, route.name, "virtualservice"),
      ...(route.test ? [routeObject("VirtualService", "test", namespace, route.test, "test-virtualservice")] : []),
    ],
    notes: [
      "Istio writes no status on a default mesh (analysis is off unless PILOT_ENABLE_ANALYSIS is set, and 1.23 removed the Reconciled condition): what proves a step is traffic. With verify-url, each step waits until its answers show the written split (the last until the new version answers alone), and its window counts only from then; without it, each step rests on settle-time alone.",
      "Session persistence: none. The VirtualService splits each request by weight (consistent-hash load balancing applies within a destination, not across the colors), so a client may reach both colors while the weights are split.",
    ],
    objectKind: "VirtualService",
    // istiod pushes at most 10 s after a change (PILOT_DEBOUNCE_MAX), then the proxies apply it.
    settleMs: readSettle("10s"),
    rules,
    colors,
    colorServices:
      "hosts" in colors
        ? { blue: [short(colors.hosts.blue)], green: [short(colors.hosts.green)] }
        : { blue: [short(colors.host)], green: [short(colors.host)] },
    ...readWorkloads(namespace, deployments),
  };
}
