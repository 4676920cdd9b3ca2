// Every router cutover drives, by the name the `router` input gives it. A new router is one line here.
import { ConfigurationError } from "../core/errors.ts";
import { currentFallback, type Fallback, inputError, readingFrom, readString } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { alb } from "./alb/index.ts";
import { severalRouters } from "./composite.ts";
import { gatewayApi } from "./gateway-api/index.ts";
import { istio } from "./istio/index.ts";
import { kubernetes } from "./kubernetes/index.ts";
import { NEUTRAL_INPUTS, readNeutralSettings } from "./neutral.ts";
import { nginx } from "./nginx/index.ts";
import type { InputSpec, OutputSpec, RouterConfig, RouterKind, RouterPorts } from "./port.ts";
import { route53 } from "./route53/index.ts";

const ROUTERS = new Map<string, RouterKind>([
  [alb.kind, alb],
  [nginx.kind, nginx],
  [kubernetes.kind, kubernetes],
  [gatewayApi.kind, gatewayApi],
  [istio.kind, istio],
  [route53.kind, route53],
]);

/** The router block of every step's action.yml: the `router` input, then each router's inputs once. */
export function routerInputs(): InputSpec[] {
  const router: InputSpec = {
    name: "router",
    description: `What moves the traffic: ${[...ROUTERS.keys()].join(", ")}. Each router reads the inputs named after it below.`,
    default: "alb",
  };
  const seen = new Map<string, InputSpec>([router, ...NEUTRAL_INPUTS].map((input) => [input.name, input]));
  for (const kind of ROUTERS.values()) for (const input of kind.inputs) if (!seen.has(input.name)) seen.set(input.name, input);
  return [...seen.values()];
}

/** The outputs every step that reads the router sets beside the colors: the pools, then each kind's own. */
export function routerOutputs(): OutputSpec[] {
  const pools: OutputSpec[] = [
    {
      name: "active-pool",
      description:
        "The active color's pool as its router names it: ALB's target group ARN, nginx's servers, the Kubernetes Deployment. With routers:, each router's, comma-separated, in the order of routers:.",
    },
    { name: "standby-pool", description: "The standby color's pool, as active-pool." },
  ];
  const seen = new Map(pools.map((output) => [output.name, output]));
  for (const kind of ROUTERS.values())
    for (const output of kind.outputs ?? []) if (!seen.has(output.name)) seen.set(output.name, output);
  return [...seen.values()];
}

/** The names the `router` input takes. */
export function routerKindNames(): string[] {
  return [...ROUTERS.keys()];
}

/** Several routers that move as one (`routers:`): a kind like the others, whose members are read and connected by theirs. */
const SEVERAL = severalRouters({
  read: () => (currentFallback()?.routers ?? []).map((entry: Fallback) => readingFrom(entry, readOneRouter)),
  connect: (member) => routerKind(member.kind).connect(member),
});

/** The router's ports; several routers that move as one get one set over all of theirs. */
export function connectRouter(config: RouterConfig): RouterPorts {
  return kindOf(config).connect(config);
}

/** The kind that read this config: several routers' config is the `routers:` kind's. */
export function kindOf(config: RouterConfig): RouterKind {
  return config.members ? SEVERAL : routerKind(config.kind);
}

/** The inputs whose values name what one router of `kind` alone owns; none for a kind that is not known. */
export function identityInputs(kind: string): string[] {
  return ROUTERS.get(kind)?.identityInputs ?? [];
}

/** For tests: a router kind that only they know. */
export function registerRouter(kind: RouterKind): void {
  ROUTERS.set(kind.kind, kind);
}

export function routerKind(name: string): RouterKind {
  const kind = ROUTERS.get(name);
  if (!kind) throw new Error(`No router named ${name}`);
  return kind;
}

/**
 * The `router` input and that router's own inputs, all checked before anything connects; with an
 * environment's `routers:` list, each entry's, joined into one router that moves them as one.
 */
export function readRouterConfig(): RouterConfig {
  const routers = currentFallback()?.routers;
  if (!routers) return readOneRouter();
  const given = routerInputs().find((input) => core.getInput(input.name).trim());
  if (given) {
    const where = routers[0]?.where("router") ?? "";
    throw new ConfigurationError(
      `Input '${given.name}' is given, but ${where.slice(0, where.lastIndexOf(".routers["))} has several routers: give each one's ${given.name} in its entry of routers: instead. Example: routers: [{ router: alb, ${given.name}: ... }]`,
    );
  }
  return SEVERAL.readConfig();
}

function readOneRouter(): RouterConfig {
  const name = readString("router", "alb");
  const kind = ROUTERS.get(name);
  if (!kind) {
    throw inputError(
      "router",
      `names no router cutover drives: ${JSON.stringify(name)} (it drives ${[...ROUTERS.keys()].join(", ")})`,
      "alb",
    );
  }
  return kind.readConfig(readNeutralSettings());
}
