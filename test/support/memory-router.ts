// A router that lives in memory: a test registers it to prove that a router needs nothing outside
// its own folder and its registration line. Its routes hold weights; its pools hold targets.
import { COLORS, type Color, type PerColor } from "../../src/core/color.ts";
import type {
  CallOptions,
  Ledger,
  MemberHealth,
  RouteChange,
  RouteRef,
  RouterConfig,
  RouterKind,
  RouterPorts,
  RouteState,
  Setting,
  Weights,
} from "../../src/routers/port.ts";

export interface MemoryWorld {
  routes: Map<string, Weights>;
  targets: PerColor<MemberHealth[]>;
  ledger: PerColor<Ledger>;
  /** Every write, in order, for assertions. */
  writes: string[];
  /** Routes whose next write fails, as a refused API call would. */
  failing: Set<string>;
}

export function memoryWorld(active: Color = "blue"): MemoryWorld {
  const on: Weights = active === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
  return {
    routes: new Map([
      ["prod", on],
      ["test", { blue: on.green, green: on.blue }],
    ]),
    targets: {
      blue: [{ id: "blue-1", port: 8080, state: "healthy" }],
      green: [{ id: "green-1", port: 8080, state: "healthy" }],
    },
    ledger: { blue: {}, green: {} },
    writes: [],
    failing: new Set(),
  };
}

const ref = (id: string, role: "production" | "test"): RouteRef => ({
  id,
  role,
  name: `memory/${id}`,
  short: id,
  input: "router",
});

export function memoryRouter(world: MemoryWorld, kind = "memory"): RouterKind {
  const config: RouterConfig = {
    kind,
    description: "memory: 1 production route, 1 test route",
    routes: [ref("prod", "production"), ref("test", "test")],
    pools: { blue: "memory-blue", green: "memory-green" },
    verifyTimeoutMs: 1_000,
    testUrlKnown: false,
    testRouteInputs: ["test-route"],
    capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
    aws: { region: "us-east-1", partition: "aws", maxAttempts: 1 },
  };
  const ports: RouterPorts = {
    traffic: {
      read: async (_options?: CallOptions) =>
        config.routes.map((r) => ({ ref: r, weights: { ...(world.routes.get(r.id) as Weights) }, raw: undefined })),
      withWeights: (route: RouteState, weights: Weights) => ({ ...route, weights }),
      write: async (route: RouteState) => {
        if (world.failing.delete(route.ref.id)) throw new Error(`${kind} refused the write to ${route.ref.id}`);
        world.routes.set(route.ref.id, { ...route.weights });
        world.writes.push(`route ${route.ref.id} blue ${route.weights.blue} green ${route.weights.green}`);
      },
      named: (route: RouteState) => COLORS.filter((c) => route.weights[c] > 0),
      writeVerb: () => "set",
      checkChanges: async () => undefined,
      planReference: (_routes: RouteState[], _color: Color): RouteChange[] => [],
      testUrl: async () => undefined,
    },
    pool: {
      verbs: { retire: "remove", restore: "add" },
      health: async (color: Color) => world.targets[color].map((t) => ({ ...t })),
      settings: async (color: Color): Promise<Setting[]> => [{ name: "port", value: color ? "8080" : "" }],
      retire: async (color: Color, targets: MemberHealth[]) => {
        const gone = new Set(targets.map((t) => t.id));
        world.targets[color] = world.targets[color].filter((t) => !gone.has(t.id));
        world.writes.push(`retire ${color}`);
      },
      restore: async (color: Color, targets: MemberHealth[]) => {
        world.targets[color].push(...targets);
        world.writes.push(`restore ${color}`);
      },
    },
    ledger: {
      read: async () => ({ blue: { ...world.ledger.blue }, green: { ...world.ledger.green } }),
      write: async (color: Color, set: Ledger, remove: string[] = []) => {
        Object.assign(world.ledger[color], set);
        for (const key of remove) delete world.ledger[color][key];
        world.writes.push(`ledger ${color} ${Object.keys(set).join(",")}${remove.length ? ` -${remove.join(",")}` : ""}`);
      },
    },
  };
  return { kind, inputs: [], readConfig: () => config, connect: () => ports };
}
