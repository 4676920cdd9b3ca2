// teardown's one promise: it never touches a color that has weight on any production route, on
// ALB (it deregisters) or on Kubernetes (it scales the Deployment to 0).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Color, PerColor } from "../../src/core/color.ts";
import type { LoadBalancerPort } from "../../src/routers/alb/elbv2.ts";
import type { KubeClient } from "../../src/routers/kubernetes/client.ts";
import { type KubernetesConfig, readKubernetesConfig } from "../../src/routers/kubernetes/config.ts";
import { connectKubernetes } from "../../src/routers/kubernetes/index.ts";
import { LEDGER } from "../../src/routers/ledger-keys.ts";
import type { MemberHealth, Ledger as Tags } from "../../src/routers/port.ts";
import { Router } from "../../src/routing/router.ts";
import { decideTeardown, idleColors } from "../../src/routing/teardown.ts";
import { step as teardown } from "../../src/steps/teardown.ts";
import { ARN, albConfig, albPorts, forward, GROUPS, route } from "../support/alb.ts";
import { random } from "../support/random.ts";

const HOUR = 3_600_000;

/** teardown's inputs for a generated case: a TTL of 0 half the time, else whole hours up to two days. */
function teardownInputs<R>(router: R, next: () => number) {
  const ttlMs = next() < 0.5 ? 0 : Math.floor(next() * 48) * HOUR;
  return { router, ttlMs, deregister: true, commandTimeoutMs: 1000, drainTimeoutMs: 0, dryRun: false };
}

/** A step run in-process: its log and files go nowhere. */
function quietStep(): void {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  delete process.env.GITHUB_OUTPUT;
  delete process.env.GITHUB_STEP_SUMMARY;
}
const NOW = Date.parse("2026-11-22T12:00:00Z");

type Weights = PerColor<number>;

/** An in-memory load balancer that records every write, and may be changed between two reads. */
class FakeLoadBalancer implements LoadBalancerPort {
  routes: Map<string, Weights>;
  tags: PerColor<Tags>;
  reads = 0;
  readonly deregistered: { color: Color; weightsThen: Weights[] }[] = [];
  readonly onRead: (reads: number, lb: FakeLoadBalancer) => void;
  constructor(routes: Map<string, Weights>, tags: PerColor<Tags>, onRead: (reads: number, lb: FakeLoadBalancer) => void) {
    this.routes = routes;
    this.tags = tags;
    this.onRead = onRead;
  }
  #actions(arns: string[]) {
    this.reads += 1;
    this.onRead(this.reads, this);
    return new Map(arns.map((arn) => [arn, [forward(this.routes.get(arn) as Weights)]]));
  }
  async describeListenerActions(arns: string[]) {
    return this.#actions(arns);
  }
  async describeRuleActions(arns: string[]) {
    return this.#actions(arns);
  }
  async describeTargetHealth(): Promise<MemberHealth[]> {
    return [{ id: "10.0.0.1", port: 80, state: "healthy" }];
  }
  async deregisterTargets(arn: string) {
    const color = arn === GROUPS.blue ? "blue" : "green";
    this.deregistered.push({ color, weightsThen: [...this.routes.values()] });
    this.routes = new Map(this.routes);
  }
  async describeTags() {
    return new Map([
      [GROUPS.blue, this.tags.blue],
      [GROUPS.green, this.tags.green],
    ]);
  }
  async addTags() {}
  async removeTags() {}
  async modifyListenerActions() {
    throw new Error("teardown never writes routes");
  }
  async modifyRuleActions() {
    throw new Error("teardown never writes routes");
  }
  async listenerUrl(): Promise<URL> {
    throw new Error("unused");
  }
  async registerTargets() {
    throw new Error("teardown never registers");
  }
  async describeTargetGroupSettings(): Promise<never> {
    throw new Error("unused");
  }
}

function randomWeights(next: () => number): Weights {
  const pick = next();
  if (pick < 0.42) return { blue: 100, green: 0 };
  if (pick < 0.84) return { blue: 0, green: 100 };
  const blue = Math.floor(next() * 999) + 1;
  return { blue, green: next() < 0.2 ? 0 : Math.floor(next() * 999) + 1 };
}

/** Tags dated from the real clock, since the step judges them against it. */
function randomTags(next: () => number): Tags {
  const tags: Tags = {};
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z");
  if (next() < 0.85) tags[LEDGER.retiredAt] = at(Math.floor(next() * 72));
  if (next() < 0.2) tags[LEDGER.deployedAt] = at(Math.floor(next() * 72));
  if (next() < 0.1) tags[LEDGER.tornDownAt] = at(Math.floor(next() * 24));
  if (next() < 0.05) tags[LEDGER.retiredAt] = "yesterday";
  return tags;
}

describe("teardown's decision", () => {
  const state = (blue: number, green: number) => ({
    routes: [
      {
        ref: route("listener", "production", `${ARN}:listener/app/alb/1111111111111111/2222222222222222`),
        raw: [],
        weights: { blue, green },
      },
    ],
    production: { blue, green },
    active: (blue ? "blue" : "green") as Color,
  });
  const retired = (hoursAgo: number): PerColor<Tags> => ({
    blue: { [LEDGER.retiredAt]: new Date(NOW - hoursAgo * HOUR).toISOString() },
    green: {},
  });

  it("acts exactly at the ttl, not a second before", () => {
    expect(decideTeardown(state(0, 100), retired(24), 24 * HOUR, NOW).act).toBe(true);
    expect(decideTeardown(state(0, 100), retired(24), 24 * HOUR, NOW - 1000)).toMatchObject({ act: false, refuse: false });
    expect(decideTeardown(state(0, 100), retired(0), 0, NOW).act).toBe(true);
  });

  it("skips a color without retired-at, one already torn down, and one deployed again", () => {
    expect(decideTeardown(state(0, 100), { blue: {}, green: {} }, 0, NOW).detail).toMatch(/has no cutover:retired-at tag/);
    const torn = { blue: { [LEDGER.retiredAt]: "2026-11-20T00:00:00Z", [LEDGER.tornDownAt]: "2026-11-21T00:00:00Z" }, green: {} };
    expect(decideTeardown(state(0, 100), torn, 0, NOW).detail).toMatch(/torn down at 2026-11-21T00:00:00Z already/);
    const redeployed = {
      blue: { [LEDGER.retiredAt]: "2026-11-20T00:00:00Z", [LEDGER.deployedAt]: "2026-11-21T00:00:00Z" },
      green: {},
    };
    expect(decideTeardown(state(0, 100), redeployed, 0, NOW).detail).toMatch(/holds a release deployed at/);
  });

  it("refuses a shifting router", () => {
    expect(decideTeardown(state(50, 50), retired(48), HOUR, NOW)).toMatchObject({ act: false, refuse: true });
  });

  it("leaves alone a color whose retired-at is not a time", () => {
    const garbled = { blue: { [LEDGER.retiredAt]: "yesterday" }, green: {} };
    expect(decideTeardown(state(0, 100), garbled, 0, NOW)).toEqual({
      act: false,
      refuse: false,
      color: "blue",
      detail: `blue's cutover:retired-at is not a time: "yesterday"; it is left alone`,
    });
  });

  it("counts only production weight: the test route's pointing at the idle color does not keep it", () => {
    const testRoute = {
      ref: route("rule", "test", `${ARN}:listener-rule/app/alb/1111111111111111/2222222222222222/3333333333333333`),
      raw: [],
      weights: { blue: 100, green: 0 },
    };
    const withTest = { ...state(0, 100), routes: [...state(0, 100).routes, testRoute] };
    expect(idleColors(withTest)).toEqual(["blue"]);
    expect(decideTeardown(withTest, retired(48), HOUR, NOW)).toMatchObject({ act: true, color: "blue" });
  });
});

describe("teardown and the clients session stickiness pins to the idle color", () => {
  const listener = route("listener", "production", `${ARN}:listener/app/alb/1111111111111111/2222222222222222`);
  const sticky = (weights: Weights, options: { sticky?: number; release?: boolean } = {}) => {
    const actions = [forward(weights, { sticky: options.sticky ?? 0 })];
    if (options.release) actions[0]?.ForwardConfig?.TargetGroups?.splice(0, 1);
    return { routes: [{ ref: listener, raw: actions, weights }], production: weights, active: "green" as Color };
  };
  const router = new Router(albPorts(albConfig([listener]), {} as LoadBalancerPort).router.traffic, albConfig([listener]));
  const retiredAt = (ms: number): PerColor<Tags> => ({ blue: { [LEDGER.retiredAt]: new Date(ms).toISOString() }, green: {} });

  it("reads the pin's length from the forward's group stickiness, only while the forward names the color", () => {
    expect(router.pinnedForMs(sticky({ blue: 0, green: 100 }, { sticky: 600 }), "blue")).toBe(601_000);
    expect(router.pinnedForMs(sticky({ blue: 0, green: 100 }), "blue")).toBe(0);
    // sticky-sessions: release leaves the old group out of the forward: its cookies pin no one.
    expect(router.pinnedForMs(sticky({ blue: 0, green: 100 }, { sticky: 600, release: true }), "blue")).toBe(0);
  });

  it("waits until the pin has run out after the retirement, and says when that is", () => {
    const state = sticky({ blue: 0, green: 100 }, { sticky: 600 });
    const pinned = (color: Color) => router.pinnedForMs(state, color);
    // 600 s of stickiness, and a second for the ledger's whole seconds.
    const early = decideTeardown(state, retiredAt(NOW - 600_000), 0, NOW, pinned);
    expect(early).toMatchObject({ act: false, refuse: false, color: "blue" });
    expect(early.detail).toContain("may reach it until 2026-11-22T12:00:01.000Z: teardown will be safe then");
    expect(decideTeardown(state, retiredAt(NOW - 601_000), 0, NOW, pinned)).toMatchObject({ act: true, color: "blue" });
    expect(decideTeardown(state, retiredAt(NOW - 1_000), 0, NOW, () => 0)).toMatchObject({ act: true, color: "blue" });
  });

  it("counts from the last route write when it is later than the retirement: a put-back switch gave the color clients", () => {
    const state = sticky({ blue: 0, green: 100 }, { sticky: 600 });
    const tags = retiredAt(NOW - HOUR);
    tags.green[LEDGER.lastWrite] =
      `switch to blue by acme/shop/actions/runs/1/attempts/1 at ${new Date(NOW - 60_000).toISOString()}`;
    const decision = decideTeardown(state, tags, 0, NOW, (c) => router.pinnedForMs(state, c));
    expect(decision).toMatchObject({ act: false, refuse: false });
    expect(decision.detail).toContain("until 2026-11-22T12:09:01.000Z");
  });
});

describe("teardown never touches a color with production weight (property, 1,500 cases)", () => {
  beforeEach(quietStep);

  it("holds for generated routers, tag sets, TTLs, and routers that change between check and act", async () => {
    let acted = 0;
    let changedUnderfoot = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const next = random(seed);
      const routeCount = 1 + Math.floor(next() * 4);
      const refs = Array.from({ length: routeCount }, (_, i) =>
        route(
          "listener",
          i === routeCount - 1 && next() < 0.3 ? "test" : "production",
          `${ARN}:listener/app/alb/1111111111111111/${String(i).padStart(16, "0")}`,
        ),
      );
      const agreed = randomWeights(next);
      const routes = new Map(refs.map((r) => [r.id, r.role === "test" || next() < 0.9 ? agreed : randomWeights(next)]));
      const flipAt = next() < 0.3 ? 2 + Math.floor(next() * 2) : -1;
      const lb = new FakeLoadBalancer(routes, { blue: randomTags(next), green: randomTags(next) }, (reads, fake) => {
        if (reads === flipAt) {
          changedUnderfoot += 1;
          fake.routes = new Map([...fake.routes].map(([arn]) => [arn, randomWeights(next)]));
        }
      });
      const config = albConfig(refs, { verifyTimeoutMs: 1000 });
      const aws = albPorts(config, lb);
      const inputs = teardownInputs(config, next);
      await teardown.run(inputs, aws).catch(() => undefined);
      for (const call of lb.deregistered) {
        acted += 1;
        for (const weights of call.weightsThen.filter((_, i) => refs[i]?.role === "production")) {
          expect(weights[call.color], `seed ${seed}: deregistered ${call.color} while it had weight`).toBe(0);
        }
      }
    }
    expect(acted, "some generated cases must act, or the property says nothing").toBeGreaterThan(100);
    expect(changedUnderfoot).toBeGreaterThan(100);
  });
});

/** A cluster in memory for the kubernetes router: the Services' selectors may change between two reads. */
class FakeCluster {
  selectors: Map<string, Record<string, string>>;
  annotations: PerColor<Record<string, string>>;
  replicas: PerColor<number> = { blue: 2, green: 2 };
  reads = 0;
  readonly scaledToZero: { color: Color; selectedThen: string }[] = [];
  readonly onRead: (reads: number, cluster: FakeCluster) => void;
  constructor(
    selectors: Map<string, Record<string, string>>,
    annotations: PerColor<Record<string, string>>,
    onRead: (reads: number, cluster: FakeCluster) => void,
  ) {
    this.selectors = selectors;
    this.annotations = annotations;
    this.onRead = onRead;
  }
  #color(deployment: string): Color {
    return deployment.endsWith("blue") ? "blue" : "green";
  }
  async readService(name: string) {
    this.reads += 1;
    this.onRead(this.reads, this);
    return { name, resourceVersion: String(this.reads), selector: { ...this.selectors.get(name) } };
  }
  async readDeployment(name: string) {
    const color = this.#color(name);
    const n = this.replicas[color];
    return {
      name,
      resourceVersion: "1",
      generation: 1,
      observedGeneration: 1,
      specObserved: true,
      desired: n,
      replicas: n,
      updated: n,
      ready: n,
      available: n,
      selector: { app: "shop", version: color },
      podLabels: { app: "shop", version: color },
      annotations: Object.fromEntries(
        Object.entries(this.annotations[color]).map(([k, v]) => [k.replace("cutover:", "cutover/"), v]),
      ),
      containers: [],
      strategy: "RollingUpdate",
    };
  }
  async listPods(selector: Record<string, string>) {
    const color = selector.version as Color;
    return Array.from({ length: this.replicas[color] }, (_, i) => ({
      name: `${color}-${i}`,
      ip: "",
      ready: true,
      terminating: false,
      phase: "Running",
      labels: {},
    }));
  }
  async endpoints() {
    return [];
  }
  async annotate() {}
  async scale(name: string, replicas: number) {
    const color = this.#color(name);
    if (replicas === 0) this.scaledToZero.push({ color, selectedThen: this.selectors.get("shop")?.version ?? "" });
    this.replicas[color] = replicas;
  }
  async patchSelector(): Promise<never> {
    throw new Error("teardown never writes routes");
  }
  async setImage(): Promise<never> {
    throw new Error("teardown never deploys");
  }
}

describe("kubernetes teardown never scales down a color the production Service selects (property, 800 cases)", () => {
  beforeEach(quietStep);

  it("holds for generated selectors, ledgers, TTLs, and selectors that change between check and act", async () => {
    let acted = 0;
    let changedUnderfoot = 0;
    const colorOf = (next: () => number): Color => (next() < 0.5 ? "blue" : "green");
    for (let seed = 1; seed <= 800; seed++) {
      const next = random(seed);
      const live = colorOf(next);
      const preview = next() < 0.5;
      const selectors = new Map([
        ["shop", { app: "shop", version: live }],
        ...(preview
          ? [["shop-preview", { app: "shop", version: live === "blue" ? "green" : "blue" }] as [string, Record<string, string>]]
          : []),
      ]);
      const flipAt = next() < 0.35 ? 2 + Math.floor(next() * 4) : -1;
      const cluster = new FakeCluster(selectors, { blue: randomTags(next), green: randomTags(next) }, (reads, fake) => {
        if (reads === flipAt) {
          changedUnderfoot += 1;
          fake.selectors.set("shop", { app: "shop", version: colorOf(next) });
        }
      });
      const config = readKubernetesConfigFrom({
        service: "shop",
        namespace: "shop",
        ...(preview ? { "test-service": "shop-preview" } : {}),
      });
      const ports = {
        router: connectKubernetes(config, cluster as unknown as KubeClient),
        metrics: () => Promise.reject(new Error("these tests use no CloudWatch")),
        cdn: () => Promise.reject(new Error("these tests use no CloudFront")),
      };
      const inputs = teardownInputs(config, next);
      await teardown.run(inputs, ports).catch(() => undefined);
      for (const call of cluster.scaledToZero) {
        acted += 1;
        expect(call.selectedThen, `seed ${seed}: scaled ${call.color} to 0 while the Service selected it`).not.toBe(call.color);
      }
    }
    expect(acted, "some generated cases must act, or the property says nothing").toBeGreaterThan(50);
    expect(changedUnderfoot).toBeGreaterThan(50);
  });
});

/** The kubernetes router's config from inputs, as a step reads it. */
function readKubernetesConfigFrom(inputs: Record<string, string>): KubernetesConfig {
  const saved = { ...process.env };
  try {
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    return readKubernetesConfig();
  } finally {
    process.env = saved;
  }
}
