// The flip engine's promises, held in one place for every router: every port call carries the
// run's signal, anything that fails after the first write puts every touched route back, a switch
// re-checks the teardown mark and the target's capacity around each write, and what is reported
// after a put-back is what was read.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CutoverError } from "../../src/core/errors.ts";
import { flip } from "../../src/flip/flip.ts";
import { FlipError, type FlipRequest } from "../../src/flip/request.ts";
import type { Ports } from "../../src/ports.ts";
import type { CallOptions, RouterPorts, RouteState, WriteOptions } from "../../src/routers/port.ts";
import { RouterChangedError } from "../../src/routing/router.ts";
import { type MemoryWorld, memoryRouter, memoryWorld } from "../support/memory-router.ts";

const gates = { requireHealthy: true, minHealthy: 1, alarms: [], cloudwatch: false };
const stepped: FlipRequest = {
  verb: "switch",
  to: "standby",
  requireHealthy: true,
  minHealthy: 1,
  dryRun: false,
  steps: [30, 60, 100],
  stepIntervalMs: 5,
  gates,
};

interface Call {
  port: string;
  options?: CallOptions;
  write?: WriteOptions;
}

let world: MemoryWorld;
let calls: Call[];
/** Runs before each port call: a test makes one fail, or changes the world, here. */
let before: (port: string, n: number) => void;

/** The memory router's ports, each call recorded with the options the engine passed. */
function recorded(): { ports: Ports; config: ReturnType<ReturnType<typeof memoryRouter>["readConfig"]> } {
  const kind = memoryRouter(world);
  const config = kind.readConfig();
  const inner = kind.connect(config);
  const counts = new Map<string, number>();
  const hook = (port: string, options?: CallOptions, write?: WriteOptions) => {
    calls.push({ port, options, write });
    const n = (counts.get(port) ?? 0) + 1;
    counts.set(port, n);
    before(port, n);
  };
  const router: RouterPorts = {
    traffic: {
      ...inner.traffic,
      read: async (options) => {
        hook("traffic.read", options);
        return inner.traffic.read(options);
      },
      write: async (route: RouteState, options) => {
        hook("traffic.write", options);
        return inner.traffic.write(route, options);
      },
      checkChanges: async (changes, write, call) => {
        hook("traffic.checkChanges", call, write);
        return inner.traffic.checkChanges(changes, write, call);
      },
    },
    pool: {
      ...inner.pool,
      health: async (color, options) => {
        hook("pool.health", options);
        return inner.pool.health(color, options);
      },
    },
    ledger: {
      read: async (options) => {
        hook("ledger.read", options);
        return inner.ledger.read(options);
      },
      write: async (color, set, remove, options) => {
        hook("ledger.write", options);
        return inner.ledger.write(color, set, remove, options);
      },
    },
  };
  const ports: Ports = {
    router,
    metrics: () => Promise.reject(new Error("unused")),
    cdn: () => Promise.reject(new Error("unused")),
  };
  return { ports, config };
}

async function failedFlip(request: FlipRequest = stepped): Promise<FlipError> {
  const { ports, config } = recorded();
  const error = await flip(ports, config, request).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FlipError);
  return error as FlipError;
}

beforeEach(() => {
  world = memoryWorld("blue");
  calls = [];
  before = () => undefined;
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  delete process.env.GITHUB_OUTPUT;
});

afterEach(() => vi.restoreAllMocks());

describe("the contract every router is called with", () => {
  it("passes the run's signal on every read and write, and the verb to checkChanges", async () => {
    const { ports, config } = recorded();
    const outcome = await flip(ports, config, stepped);
    expect(outcome.moved).toBe(true);
    const ports_ = new Set(calls.map((c) => c.port));
    for (const port of ["traffic.read", "traffic.write", "traffic.checkChanges", "pool.health", "ledger.read", "ledger.write"]) {
      expect(ports_, port).toContain(port);
    }
    expect(calls.filter((c) => !(c.options?.signal instanceof AbortSignal)).map((c) => c.port)).toEqual([]);
    expect(calls.filter((c) => c.port === "traffic.checkChanges").map((c) => c.write?.verb)).not.toContain(undefined);
    expect(new Set(calls.filter((c) => c.port === "traffic.checkChanges").map((c) => c.write?.verb))).toEqual(
      new Set(["switch"]),
    );
  });

  it("says rollback to checkChanges on a rollback", async () => {
    world = memoryWorld("green");
    const { ports, config } = recorded();
    await flip(ports, config, { ...stepped, verb: "rollback", steps: [100], stepIntervalMs: undefined, gates: undefined });
    const verbs = calls.filter((c) => c.port === "traffic.checkChanges").map((c) => c.write?.verb);
    expect(verbs.length).toBeGreaterThan(0);
    expect(new Set(verbs)).toEqual(new Set(["rollback"]));
  });
});

describe("anything that fails after the first write puts every route back", () => {
  const cases: [string, (port: string, n: number) => void][] = [
    [
      "a read error on the re-read between steps",
      (port, n) => {
        if (port === "traffic.read" && n === 3) throw new CutoverError("memory read failed: connection reset");
      },
    ],
    [
      "the gate's final health read",
      (port, n) => {
        if (port === "pool.health" && n === 3) throw new CutoverError("memory health failed: 500");
      },
    ],
    [
      "an error nobody foresaw",
      (port, n) => {
        if (port === "traffic.read" && n === 3) throw new TypeError("cannot read properties of undefined");
      },
    ],
    [
      "a ledger read before the next write",
      (port, n) => {
        if (port === "ledger.read" && n === 3) throw new CutoverError("memory ledger failed: 503");
      },
    ],
  ];
  for (const [name, fault] of cases) {
    it(name, async () => {
      before = fault;
      const error = await failedFlip();
      expect(world.routes.get("prod")).toEqual({ blue: 100, green: 0 });
      expect(error.message).toMatch(/Every route was put back as it was before this run\./);
      expect(error.outcome).toBe("reverted");
      expect(error.after.state.active).toBe("blue");
      expect(world.writes.filter((w) => w.startsWith("route prod"))).toEqual([
        "route prod blue 70 green 30",
        "route prod blue 100 green 0",
      ]);
    });
  }
});

describe("the target is checked again around every write", () => {
  it("a teardown mark that appears after the first write puts the routes back before the next", async () => {
    before = (port, n) => {
      if (port === "traffic.write" && n === 1) {
        world.ledger.green["cutover:teardown-started"] = `${new Date().toISOString().slice(0, 19)}Z run-9`;
      }
    };
    const error = await failedFlip();
    expect(error.message).toMatch(/A teardown of green started .* Every route was put back/);
    expect(world.routes.get("prod")).toEqual({ blue: 100, green: 0 });
    expect(world.writes.filter((w) => w.startsWith("route prod"))).toHaveLength(2);
  });

  it("a read-back that finds no member of the new color to serve is a failed read-back", async () => {
    before = (port, n) => {
      if (port === "traffic.write" && n === 1) world.targets.green = [];
    };
    const error = await failedFlip({ ...stepped, steps: [100], stepIntervalMs: undefined, gates: undefined });
    expect(error.message).toMatch(/green has no member that can serve: no members.*Every route was put back/);
    expect(world.routes.get("prod")).toEqual({ blue: 100, green: 0 });
    expect(error.after.state.active).toBe("blue");
  });
});

describe("what is reported is what was read", () => {
  it("a put-back refused because another writer moved the route says which route shows what", async () => {
    before = (port, n) => {
      // After step 1, someone else moves prod to green; then this run's put-back is refused.
      if (port === "pool.health" && n === 3) {
        world.routes.set("prod", { blue: 0, green: 100 });
        throw new CutoverError("memory health failed: 500");
      }
      if (port === "traffic.write" && n === 2) {
        throw new RouterChangedError("memory/prod changed since this run read it: another writer is moving it");
      }
    };
    const error = await failedFlip();
    expect(error.message).toMatch(
      /Putting the routes back failed too, so the router is split: memory\/prod \(memory\/prod changed/,
    );
    expect(error.message).toMatch(
      /Routes now: memory\/prod: blue 0 \/ green 100; test memory\/test: blue 0 \/ green 100 \(memory\/prod shows blue 0 \/ green 100, not the blue 70 \/ green 30 this run last wrote/,
    );
    // The outputs follow the read: green has all production traffic now.
    expect(error.after.state.active).toBe("green");
  });
});
