// The weighted Kubernetes routers' traffic port over an in-memory API: how HTTPRoute and
// VirtualService rules read as weights, what a write changes and keeps, and when it refuses.
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.ts";
import { gatewayDialect, routeVerdict } from "../../src/routers/gateway-api/dialect.ts";
import { istioDialect, istioVerdict } from "../../src/routers/istio/dialect.ts";
import type { KubeClient } from "../../src/routers/kubernetes/client.ts";
import type { Json, ObjectType, RouteObject, RouteObjects } from "../../src/routers/kubernetes/objects.ts";
import { type Dialect, WeightedTraffic, weightedRouting } from "../../src/routers/kubernetes/weighted.ts";
import type { WeightedConfig } from "../../src/routers/kubernetes/weighted-config.ts";

/** One route object, stored as the API server would: resourceVersion and generation move on writes. */
class MemoryObjects {
  object: RouteObject;
  /** Runs before the next patch: another writer, or the controller writing status. */
  before?: () => void;
  patches = 0;
  constructor(spec: Json) {
    this.object = { name: "shop", resourceVersion: "1", generation: 1, spec, status: {} };
  }
  touch(change: (o: RouteObject) => void, specChanged = true): void {
    change(this.object);
    this.object.resourceVersion = String(Number(this.object.resourceVersion) + 1);
    if (specChanged) this.object.generation += 1;
  }
  async read(_: ObjectType, __: string): Promise<RouteObject> {
    return structuredClone(this.object);
  }
  async patchSpec(_: ObjectType, __: string, resourceVersion: string, spec: Json): Promise<RouteObject | "conflict"> {
    this.patches += 1;
    const before = this.before;
    this.before = undefined;
    before?.();
    if (resourceVersion !== this.object.resourceVersion) return "conflict";
    this.touch((o) => Object.assign(o.spec, structuredClone(spec)));
    return structuredClone(this.object);
  }
}

const config = (rules: string[] = []): WeightedConfig =>
  ({
    kind: "test",
    namespace: "shop",
    routes: [{ id: "route/shop/shop", role: "production", name: "Route shop/shop", short: "shop", input: "route" }],
    rules,
    verifyTimeoutMs: 1_000,
  }) as unknown as WeightedConfig;

function traffic(dialect: Dialect, spec: Json, rules: string[] = []) {
  const objects = new MemoryObjects(spec);
  const port = new WeightedTraffic(objects as unknown as RouteObjects, {} as KubeClient, config(rules), dialect);
  return { objects, port };
}

const gateway = gatewayDialect({ blue: "shop-blue", green: "shop-green" });
const ref = (name: string, weight?: number) => ({ name, port: 80, ...(weight === undefined ? {} : { weight }) });

describe("HTTPRoute weights", () => {
  it("reads the rules naming both Services, and writes only their weights", async () => {
    const other = { matches: [{ path: { value: "/admin" } }], backendRefs: [ref("shop-blue")] };
    const { objects, port } = traffic(gateway, {
      rules: [
        { filters: [{ type: "URLRewrite" }], backendRefs: [ref("shop-blue", 3), ref("shop-green", 0), ref("shop-canary", 1)] },
        other,
      ],
    });
    const [route] = await port.read();
    // Weights are relative: 3 of 3 between the colors is all of it.
    expect(route?.weights).toEqual({ blue: 100, green: 0 });
    await port.write(port.withWeights(route as NonNullable<typeof route>, { blue: 90, green: 10 }));
    expect(objects.object.spec.rules).toEqual([
      { filters: [{ type: "URLRewrite" }], backendRefs: [ref("shop-blue", 90), ref("shop-green", 10), ref("shop-canary", 1)] },
      other,
    ]);
  });

  it("counts an unset weight as 1, and adds the other color's backendRef to a named rule that lacks it", async () => {
    const { objects, port } = traffic(gateway, { rules: [{ backendRefs: [ref("shop-blue")] }] }, ["0"]);
    const [route] = await port.read();
    expect(route?.weights).toEqual({ blue: 100, green: 0 });
    expect(port.named(route as NonNullable<typeof route>)).toEqual(["blue"]);
    await port.write(port.withWeights(route as NonNullable<typeof route>, { blue: 50, green: 50 }));
    expect(objects.object.spec.rules[0].backendRefs).toEqual([ref("shop-blue", 50), ref("shop-green", 50)]);
  });

  it("refuses a route where no rule names both colors, or whose moved rules split differently", async () => {
    await expect(traffic(gateway, { rules: [{ backendRefs: [ref("shop-blue")] }] }).port.read()).rejects.toThrow(
      /Route shop\/shop has no rule that names both colors' backends \(its rules: 0\)/,
    );
    const split = {
      rules: [
        { backendRefs: [ref("shop-blue", 100), ref("shop-green", 0)] },
        { name: "api", backendRefs: [ref("shop-blue", 50), ref("shop-green", 50)] },
      ],
    };
    await expect(traffic(gateway, split).port.read()).rejects.toThrow(ConfigurationError);
    await expect(traffic(gateway, split).port.read()).rejects.toThrow(/rule 1 \(api\) splits blue 50 \/ green 50, unlike rule 0/);
    await expect(traffic(gateway, split, ["api"]).port.read()).resolves.toMatchObject([{ weights: { blue: 50, green: 50 } }]);
    await expect(traffic(gateway, split, ["web"]).port.read()).rejects.toThrow(
      /has no rule web \(httproute-rules\); its rules are 0, 1 \(api\)/,
    );
  });

  it("writes over a status-only change, and never over someone else's change to the rules", async () => {
    const { objects, port } = traffic(gateway, { rules: [{ backendRefs: [ref("shop-blue", 100), ref("shop-green", 0)] }] });
    const [route] = await port.read();
    const next = port.withWeights(route as NonNullable<typeof route>, { blue: 90, green: 10 });
    objects.before = () => objects.touch((o) => Object.assign(o, { status: { parents: [] } }), false);
    await port.write(next);
    expect(objects.patches).toBe(2);
    expect(objects.object.spec.rules[0].backendRefs[1].weight).toBe(10);
    // A put-back of what was read goes ahead over this run's own write.
    await port.write(route as NonNullable<typeof route>);
    expect(objects.object.spec.rules[0].backendRefs[1].weight).toBe(0);
    objects.touch((o) => {
      o.spec.rules[0].timeouts = { request: "5s" };
    });
    await expect(port.write(next)).rejects.toThrow(
      /Another writer changed the rules of Route shop\/shop after this run read them/,
    );
    expect(objects.object.spec.rules[0]).toMatchObject({ timeouts: { request: "5s" } });
  });
});

describe("VirtualService weights", () => {
  const subsets = istioDialect({ host: "shop-all", subsets: { blue: "v1", green: "v2" } });
  const dest = (subset: string, weight?: number, host = "shop-all") => ({
    destination: { host, subset, port: { number: 80 } },
    ...(weight === undefined ? {} : { weight }),
  });

  it("gives a lone destination all of the traffic, and adds the other subset when weights split", async () => {
    const { objects, port } = traffic(subsets, { http: [{ name: "primary", route: [dest("v1")] }] }, ["primary"]);
    const [route] = await port.read();
    expect(route?.weights).toEqual({ blue: 100, green: 0 });
    await port.write(port.withWeights(route as NonNullable<typeof route>, { blue: 90, green: 10 }));
    expect(objects.object.spec.http[0].route).toEqual([dest("v1", 90), dest("v2", 10)]);
  });

  it("names hosts in any form of the same namespace, and refuses a third destination that holds weight", async () => {
    const fqdn = "shop-all.shop.svc.cluster.local";
    await expect(
      traffic(subsets, { http: [{ route: [dest("v1", 100, fqdn), dest("v2", 0, fqdn)] }] }).port.read(),
    ).resolves.toMatchObject([{ weights: { blue: 100, green: 0 } }]);
    const other = { http: [{ route: [dest("v1", 80), dest("v2", 0), dest("v1", 20, "shop-legacy")] }] };
    await expect(traffic(subsets, other).port.read()).rejects.toThrow(
      /destination shop-legacy subset v1 holds weight 20\. cutover moves a route only when the two colors hold all of its weight/,
    );
    const hosts = istioDialect({ hosts: { blue: "shop-blue", green: "shop-green" } });
    const byHost = {
      http: [
        {
          route: [
            { destination: { host: "shop-blue" }, weight: 30 },
            { destination: { host: "shop-green.shop" }, weight: 70 },
          ],
        },
      ],
    };
    await expect(traffic(hosts, byHost).port.read()).resolves.toMatchObject([{ weights: { blue: 30, green: 70 } }]);
  });

  it("reads weights as relative, and writes them in the form the route uses", async () => {
    const relative = traffic(subsets, { http: [{ route: [dest("v1", 3), dest("v2", 1)] }] });
    const [route] = await relative.port.read();
    expect(route?.weights).toEqual({ blue: 75, green: 25 });
    await relative.port.write(relative.port.withWeights(route as NonNullable<typeof route>, { blue: 50, green: 50 }));
    expect(relative.objects.object.spec.http[0].route).toEqual([dest("v1", 50), dest("v2", 50)]);
    const perMille = traffic(subsets, { http: [{ route: [dest("v1", 1000), dest("v2", 0)] }] });
    const [mille] = await perMille.port.read();
    expect(mille?.weights).toEqual({ blue: 100, green: 0 });
    await perMille.port.write(perMille.port.withWeights(mille as NonNullable<typeof mille>, { blue: 90, green: 10 }));
    expect(perMille.objects.object.spec.http[0].route).toEqual([dest("v1", 900), dest("v2", 100)]);
  });
});

describe("rules that name one color (issue 25, case 3)", () => {
  const spec = {
    rules: [
      { backendRefs: [ref("shop-blue", 100), ref("shop-green", 0)] },
      { matches: [{ path: { type: "PathPrefix", value: "/api" } }], backendRefs: [ref("shop-blue")] },
    ],
  };

  it("refuses, before any write, a switch that would leave a rule on one color, naming the rule", async () => {
    const { objects, port } = traffic(gateway, spec);
    const [route] = await port.read();
    const before = route as NonNullable<typeof route>;
    expect(port.unmoved(before)).toEqual([{ index: 1, label: "1 [/api]", shares: { blue: 1, green: 0 } }]);
    await expect(port.checkChanges([{ ref: before.ref, before, after: { blue: 0, green: 100 } }])).rejects.toThrow(
      /Route shop\/shop: rule 1 \[\/api\] sends blue 100% of its traffic\. cutover moves only the rules that name both colors/,
    );
    expect(objects.patches).toBe(0);
  });

  it("keeps a color that a rule still reaches from being torn down", async () => {
    const { port } = traffic(gateway, spec, ["0"]);
    const routing = weightedRouting(port, config(["0"]));
    const [route] = await port.read();
    await port.write(port.withWeights(route as NonNullable<typeof route>, { blue: 0, green: 100 }));
    expect(await routing.busy("blue")).toBe("Route shop/shop rule 1 [/api] sends blue 100% of its traffic");
    expect(await routing.busy("green")).toMatch(/sends green blue 0 \/ green 100/);
  });
});

describe("what the route's controller reports", () => {
  const object = (status: Json): RouteObject => ({ name: "shop", resourceVersion: "9", generation: 4, spec: {}, status });
  const condition = (type: string, status: string, observedGeneration: number, reason = type) => ({
    type,
    status,
    reason,
    observedGeneration,
    message: "m",
  });

  it("waits for every parent Gateway's Accepted at the generation, and refuses what it does not accept", () => {
    expect(routeVerdict(object({}), 4)).toEqual({ state: "unreported" });
    const parent = (conditions: Json[]) => ({
      ...object({ parents: [{ parentRef: { name: "gw" }, conditions }] }),
      spec: { parentRefs: [{ name: "gw" }] },
    });
    // No entry for a parent is silence, never success: it waits, and verify-timeout fails it.
    expect(routeVerdict({ ...object({}), spec: { parentRefs: [{ name: "gw" }] } }, 4)).toEqual({ state: "pending" });
    expect(routeVerdict({ ...parent([condition("Accepted", "True", 4)]), spec: { parentRefs: [{ name: "other" }] } }, 4)).toEqual(
      {
        state: "pending",
      },
    );
    expect(routeVerdict(parent([condition("Accepted", "True", 3)]), 4)).toEqual({ state: "pending" });
    expect(routeVerdict(parent([condition("Accepted", "True", 4), condition("ResolvedRefs", "True", 4)]), 4)).toEqual({
      state: "accepted",
    });
    expect(
      routeVerdict(parent([condition("Accepted", "True", 4), condition("ResolvedRefs", "False", 4, "BackendNotFound")]), 4),
    ).toEqual({
      state: "refused",
      detail: "Gateway gw reports ResolvedRefs False (BackendNotFound: m)",
    });
  });

  it("never waits on istiod's status (a default mesh writes none), and refuses on a current analyzer error", () => {
    expect(istioVerdict(object({}), 4)).toEqual({ state: "unreported" });
    expect(istioVerdict(object({ observedGeneration: 3, validationMessages: [{ level: "Error", message: "old" }] }), 4)).toEqual({
      state: "unreported",
    });
    expect(istioVerdict(object({ observedGeneration: 4 }), 4)).toEqual({ state: "unreported" });
    const broken = {
      observedGeneration: 4,
      validationMessages: [
        { level: "Error", type: { code: "IST0101" }, message: "Referenced host+subset in destinationrule not found" },
      ],
    };
    expect(istioVerdict(object(broken), 4)).toEqual({
      state: "refused",
      detail: "IST0101 Referenced host+subset in destinationrule not found",
    });
  });
});
