// Several routers that move as one: all of them switch, or every one is put back.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flip } from "../../src/flip/flip.ts";
import type { FlipRequest } from "../../src/flip/request.ts";
import type { Ports } from "../../src/ports.ts";
import { composeConfig } from "../../src/routers/composite.ts";
import { connectRouter, registerRouter } from "../../src/routers/registry.ts";
import { type MemoryWorld, memoryRouter, memoryWorld } from "../support/memory-router.ts";

const request: FlipRequest = { verb: "switch", to: "standby", requireHealthy: true, minHealthy: 1, dryRun: false, steps: [100] };
let east: MemoryWorld;
let west: MemoryWorld;

function ports(): { config: ReturnType<typeof composeConfig>; ports: Ports } {
  const config = composeConfig([memoryRouter(east, "east").readConfig(), memoryRouter(west, "west").readConfig()]);
  return {
    config,
    ports: {
      router: connectRouter(config),
      metrics: () => Promise.reject(new Error("unused")),
      cdn: () => Promise.reject(new Error("unused")),
    },
  };
}

beforeEach(() => {
  east = memoryWorld("blue");
  west = memoryWorld("blue");
  registerRouter(memoryRouter(east, "east"));
  registerRouter(memoryRouter(west, "west"));
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  delete process.env.GITHUB_OUTPUT;
});

afterEach(() => vi.restoreAllMocks());

describe("a router made of two", () => {
  it("keeps each member's notes, named by member", () => {
    const a = { ...memoryRouter(east, "east").readConfig(), notes: ["kept-alive connections stay"] };
    const b = memoryRouter(west, "west").readConfig();
    expect(composeConfig([a, b]).notes).toEqual([`#1 ${a.kind}: kept-alive connections stay`]);
    expect(composeConfig([b, b]).notes).toBeUndefined();
  });

  it("reads and names every member's routes, and switches them all", async () => {
    const { config, ports: p } = ports();
    expect(config.routes.map((r) => r.name)).toEqual(["#1 memory/prod", "#1 memory/test", "#2 memory/prod", "#2 memory/test"]);
    expect(config.pools.green).toBe("memory-green,memory-green");
    const outcome = await flip(p, config, request);
    expect(outcome.moved).toBe(true);
    for (const world of [east, west]) {
      expect(world.routes.get("prod")).toEqual({ blue: 0, green: 100 });
      expect(world.routes.get("test")).toEqual({ blue: 100, green: 0 });
      expect(world.ledger.green["cutover:live-since"]).toBeTruthy();
    }
  });

  it("puts every member back when one member's write fails", async () => {
    west.failing.add("prod");
    const { config, ports: p } = ports();
    await expect(flip(p, config, request)).rejects.toThrow(/#2 memory\/prod.*west refused.*Every route was put back/);
    expect(east.routes.get("prod")).toEqual({ blue: 100, green: 0 });
    expect(west.routes.get("prod")).toEqual({ blue: 100, green: 0 });
    expect(east.writes.filter((w) => w.startsWith("route prod"))).toEqual([
      "route prod blue 0 green 100",
      "route prod blue 100 green 0",
    ]);
  });

  it("holds a color healthy only where every member's pool is", async () => {
    west.targets.green = [{ id: "green-1", port: 8080, state: "unhealthy", reason: "Target.FailedHealthChecks" }];
    const { config, ports: p } = ports();
    await expect(flip(p, config, request)).rejects.toThrow(/Health gate: 1 of green's 2 member\(s\) are not healthy/);
    expect(east.routes.get("prod")).toEqual({ blue: 100, green: 0 });
  });

  it("wants healthy targets behind each member: one with none is not made up for by the other", async () => {
    west.targets.green = [];
    const { config, ports: p } = ports();
    await expect(flip(p, config, request)).rejects.toThrow(
      /Health gate: green has 0 healthy member\(s\) behind router #\d; at least 1 required behind each/,
    );
    expect(east.routes.get("prod")).toEqual({ blue: 100, green: 0 });
  });
});
