// The Gateway API and Istio parts of the Kubernetes imitation, against what their specs and
// istiod say: route status only for parents a controller resolves, with the spec's reasons;
// Gateways and classes reported by their controller only; VirtualService status only with
// analysis on; relative Istio weights; and propagation that is seeded and replayable.
import { describe, expect, it, vi } from "vitest";
import { Controllers } from "./kubernetes/controllers.ts";
import { admitCustom } from "./kubernetes/crd-schemas.ts";
import { attached, GATEWAY_CONTROLLER, resolve } from "./kubernetes/gateway-status.ts";
import type { Kubelet } from "./kubernetes/pods.ts";
import { defaultPropagation, Syncer, seededRandom } from "./kubernetes/propagation.ts";
import { typeOf } from "./kubernetes/resources.ts";
import { seed } from "./kubernetes/seed.ts";
import { type Any, type KubeObject, Store } from "./kubernetes/store.ts";
import { validate } from "./kubernetes/validate.ts";

/** A seeded store whose controllers run one tick at a time (no pods: the kubelet is never called). */
async function seeded(analysis = false): Promise<{ store: Store; tick: () => Promise<void> }> {
  const store = new Store();
  seed(store, "shop", 0);
  const controllers = new Controllers(store, {} as Kubelet, 20, 0.001, analysis);
  return { store, tick: () => controllers.tick() };
}

const get = (store: Store, resource: string, name: string) => store.get(resource, "shop", name) as KubeObject;
const cls = (store: Store, name: string) => store.get("gatewayclasses", undefined, name) as KubeObject;
const conditions = (o: KubeObject) =>
  ((o.status as Any)?.conditions ?? []).map((c: Any) => [c.type, c.status, c.reason]) as string[][];

describe("the Gateway API controller", () => {
  it("reports its GatewayClass and Gateways, and nothing for a class no controller runs", async () => {
    const { store, tick } = await seeded();
    store.create("gatewayclasses", {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "GatewayClass",
      metadata: { name: "other" },
      spec: { controllerName: "example.com/elsewhere" },
    });
    const gateway = get(store, "gateways", "shop-gateway");
    store.update("gateways", { ...gateway, spec: { ...(gateway.spec as Any), gatewayClassName: "other" } });
    await tick();
    expect(conditions(cls(store, "sandbox"))).toEqual([["Accepted", "True", "Accepted"]]);
    expect(cls(store, "other").status).toBeUndefined();
    expect(get(store, "gateways", "shop-gateway").status).toBeUndefined();
    expect(conditions(get(store, "gateways", "shop-preview-gateway"))).toEqual([
      ["Accepted", "True", "Accepted"],
      ["Programmed", "True", "Programmed"],
    ]);
    // No entry at all for the parent nobody resolves, and no gateway routes by it.
    expect((get(store, "httproutes", "shop").status as Any).parents).toEqual([]);
    expect(attached(store, get(store, "httproutes", "shop"), "shop", "shop-gateway")).toBe(false);
  });

  it("drops a deleted Gateway's entry, and gives the spec's reasons for listeners that do not match", async () => {
    const { store, tick } = await seeded();
    await tick();
    const route = get(store, "httproutes", "shop");
    expect((route.status as Any).parents.map((p: Any) => p.controllerName)).toEqual([GATEWAY_CONTROLLER]);
    const ref = (extra: Any) => ({ group: "gateway.networking.k8s.io", kind: "Gateway", name: "shop-gateway", ...extra });
    expect(resolve(store, route, ref({ sectionName: "https" }))?.reason).toBe("NoMatchingParent");
    expect(resolve(store, route, ref({ port: 8443 }))?.reason).toBe("NoMatchingParent");
    expect(
      resolve(store, { ...route, metadata: { ...route.metadata, namespace: "other" } }, ref({ namespace: "shop" }))?.reason,
    ).toBe("NotAllowedByListeners");
    const gateway = get(store, "gateways", "shop-gateway");
    const listeners = [{ name: "http", port: 80, protocol: "HTTP", hostname: "shop.example.com" }];
    store.update("gateways", { ...gateway, spec: { ...(gateway.spec as Any), listeners } });
    const named = { ...route, spec: { ...(route.spec as Any), hostnames: ["admin.example.com"] } };
    expect(resolve(store, named, ref({}))?.reason).toBe("NoMatchingListenerHostname");
    expect(resolve(store, { ...named, spec: { ...(named.spec as Any), hostnames: ["shop.example.com"] } }, ref({}))?.ok).toBe(
      true,
    );
    store.delete("gateways", get(store, "gateways", "shop-gateway"));
    await tick();
    expect((get(store, "httproutes", "shop").status as Any).parents).toEqual([]);
  });
});

describe("istiod", () => {
  it("writes no VirtualService status with analysis off, its default", async () => {
    const { store, tick } = await seeded();
    await tick();
    expect(get(store, "virtualservices", "shop").status).toBeUndefined();
  });

  it("with analysis on, reports observedGeneration and IST0101, never Reconciled", async () => {
    const { store, tick } = await seeded(true);
    const vs = get(store, "virtualservices", "shop");
    (vs.spec as Any).http[0].route[1].destination.subset = "purple";
    store.update("virtualservices", vs);
    await tick();
    const status = get(store, "virtualservices", "shop").status as Any;
    expect(status.observedGeneration).toBe(get(store, "virtualservices", "shop").metadata.generation);
    expect(status.conditions).toBeUndefined();
    expect(status.validationMessages[0]).toMatchObject({ type: { code: "IST0101" }, level: "Error" });
  });

  it("takes relative weights, and refuses only an all-zero total", () => {
    const vs = (weights: number[]) => ({
      apiVersion: "networking.istio.io/v1",
      kind: "VirtualService",
      metadata: { name: "shop", namespace: "shop" },
      spec: { hosts: ["shop"], http: [{ route: weights.map((weight, i) => ({ destination: { host: `h${i}` }, weight })) }] },
    });
    const type = typeOf("VirtualService");
    expect(() => validate(type, vs([3, 1]), undefined)).not.toThrow();
    expect(() => validate(type, vs([700, 300]), undefined)).not.toThrow();
    expect(() => validate(type, vs([0, 0]), undefined)).toThrow(/total destination weight = 0/);
    expect(() => validate(type, vs([-1, 5]), undefined)).toThrow(/weight -1 < 0/);
  });
});

describe("the CRDs' schemas (@kubernetes-models)", () => {
  const route = (backendRef: Any, extra: Any = {}): KubeObject => ({
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: { name: "shop", namespace: "shop" },
    spec: { parentRefs: [{ name: "shop-gateway" }], rules: [{ backendRefs: [backendRef] }], ...extra },
  });
  const refusal = (f: () => unknown): Any => {
    try {
      f();
    } catch (error) {
      return (error as { body: Any }).body;
    }
    throw new Error("admitted");
  };

  it("fills the HTTPRoute CRD's defaults and prunes unknown fields, naming them (Warn) or refusing them (Strict)", () => {
    const { object, warnings } = admitCustom(
      typeOf("HTTPRoute"),
      route({ name: "shop-blue", port: 80, colour: "blue" }, { retries: 3 }),
      "Warn",
    );
    expect(object.spec).toEqual({
      parentRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: "shop-gateway" }],
      rules: [
        {
          backendRefs: [{ group: "", kind: "Service", name: "shop-blue", port: 80, weight: 1 }],
          matches: [{ path: { type: "PathPrefix", value: "/" } }],
        },
      ],
    });
    expect(warnings).toEqual(['unknown field "spec.rules[0].backendRefs[0].colour"', 'unknown field "spec.retries"']);
    expect(admitCustom(typeOf("HTTPRoute"), route({ name: "shop-blue", port: 80 }, { retries: 3 }), "Ignore").warnings).toEqual(
      [],
    );
    expect(
      refusal(() => admitCustom(typeOf("HTTPRoute"), route({ name: "shop-blue", port: 80 }, { retries: 3 }), "Strict")),
    ).toMatchObject({
      code: 400,
      reason: "BadRequest",
      message: 'strict decoding error: unknown field "spec.retries"',
    });
  });

  it("answers 422 for the schema's types, bounds and required fields, and the CEL rule on a Service's port", () => {
    const causes = (o: KubeObject) => (refusal(() => admitCustom(typeOf(o.kind as string), o, "Strict")).details as Any).causes;
    expect(causes(route({ name: "shop-blue", port: 80, weight: 1_000_001 }))).toEqual([
      {
        field: "spec.rules[0].backendRefs[0].weight",
        reason: "FieldValueInvalid",
        message: "Invalid value: 1000001: spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000",
      },
    ]);
    expect(causes(route({ name: "shop-blue" }))).toEqual([
      {
        field: "spec.rules[0].backendRefs[0]",
        reason: "FieldValueInvalid",
        message: 'Invalid value: "object": Must have port for Service reference',
      },
    ]);
    expect(causes(route({ port: 80 }))).toEqual([
      { field: "spec.rules[0].backendRefs[0].name", reason: "FieldValueRequired", message: "Required value" },
    ]);
    const vs: KubeObject = {
      apiVersion: "networking.istio.io/v1",
      kind: "VirtualService",
      metadata: { name: "shop", namespace: "shop" },
      spec: { hosts: ["shop"], http: [{ route: [{ destination: { host: "shop", subset: "blue" }, weight: "90" }] }] },
    };
    expect(causes(vs)).toEqual([
      {
        field: "spec.http[0].route[0].weight",
        reason: "FieldValueTypeInvalid",
        message: 'Invalid value: "string": spec.http[0].route[0].weight in body must be of type integer: "string"',
      },
    ]);
  });

  it("keeps what the CRD keeps unknown (Istio's status) and the seeded objects as they are", async () => {
    const { store, tick } = await seeded(true);
    await tick();
    const kinds = {
      httproutes: "HTTPRoute",
      virtualservices: "VirtualService",
      gateways: "Gateway",
      destinationrules: "DestinationRule",
    };
    for (const [resource, kind] of Object.entries(kinds)) {
      for (const o of store.list(resource, "shop")) {
        const { object, warnings } = admitCustom(typeOf(kind), o, "Strict");
        expect(warnings).toEqual([]);
        expect(object.status).toEqual(o.status);
      }
    }
  });
});

describe("propagation", () => {
  it("scales the real figures, and replays the same jitter from the same seed", () => {
    const p = defaultPropagation(0.02, 42);
    expect(p).toMatchObject({
      seed: 42,
      service: { maxMs: 20 },
      gateway: { minMs: 2, maxMs: 60 },
      mesh: { quietMs: 2, capMs: 200 },
    });
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("debounces like istiod: a push waits for a quiet spell, but no longer than the cap after the first change", () => {
    vi.useFakeTimers();
    try {
      const applied: number[] = [];
      const start = Date.now();
      const syncer = new Syncer(
        { minMs: 0, maxMs: 0, quietMs: 40, capMs: 120 },
        () => 0,
        () => applied.push(Date.now() - start),
      );
      // A change every 20 ms for 300 ms: never quiet for 40 ms, so only the cap lets pushes out.
      for (let t = 0; t < 300; t += 20) {
        syncer.changed();
        vi.advanceTimersByTime(20);
      }
      // Each push is the cap (or the quiet spell) and the push's own delay: 0 here, which is 1 ms in Node.
      expect(applied).toEqual([121, 241]);
      // Then quiet: the last changes go out 40 ms after the last one.
      vi.advanceTimersByTime(100);
      expect(applied).toEqual([121, 241, 321]);
      syncer.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
