// The gateway-api and istio routers end to end: the committed bundles against the Kubernetes
// imitation, with real traffic through the gateway port (HTTPRoute weights) and the mesh port
// (VirtualService weights). One file over 300 lines because both routers run every case: a
// stepped switch under load, rollback, cancels, another writer, teardown, and bad inputs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { untilLogged } from "../sandbox/cancel.ts";
import type { Cluster } from "../sandbox/kubernetes/cluster.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { admitCustom } from "../sandbox/kubernetes/crd-schemas.ts";
import { typeOf } from "../sandbox/kubernetes/resources.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import type { Any } from "../sandbox/kubernetes/store.ts";
import { isFailure, LoadGenerator, type LoadRecord } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";

interface Kind {
  router: "gateway-api" | "istio";
  kind: string;
  resource: string;
  inputs: Record<string, string>;
  url(cluster: Cluster): string;
  testUrl(cluster: Cluster): string;
  /** The blue and green weights of the first rule of a route object, as stored. */
  weights(cluster: Cluster, name: string): { blue?: number; green?: number };
  /** The rules field of the spec. */
  field: string;
}

const firstRule = (cluster: Cluster, resource: string, name: string, field: string): Any =>
  ((cluster.store.get(resource, "shop", name)?.spec as Any)?.[field] ?? [])[0];

const KINDS: Kind[] = [
  {
    router: "gateway-api",
    kind: "HTTPRoute",
    resource: "httproutes",
    field: "rules",
    inputs: { ...SEEDED_ROUTES["gateway-api"] },
    url: (c) => c.urls.gateway,
    testUrl: (c) => c.urls.gatewayTest,
    weights: (c, name) => {
      const refs = (firstRule(c, "httproutes", name, "rules")?.backendRefs ?? []) as Any[];
      return Object.fromEntries(refs.map((r) => [String(r.name).replace("shop-", ""), r.weight]));
    },
  },
  {
    router: "istio",
    kind: "VirtualService",
    resource: "virtualservices",
    field: "http",
    inputs: { ...SEEDED_ROUTES.istio },
    url: (c) => c.urls.mesh,
    testUrl: (c) => c.urls.meshTest,
    weights: (c, name) => {
      const route = (firstRule(c, "virtualservices", name, "http")?.route ?? []) as Any[];
      return Object.fromEntries(route.map((d) => [d.destination.subset, d.weight]));
    },
  },
];

let cluster: Cluster;
let dir: string;

beforeEach(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-weighted-e2e-"));
});

afterEach(async () => {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A route's spec without its weights: what must not change. */
const withoutWeights = (spec: unknown): unknown =>
  JSON.parse(JSON.stringify(spec, (key, v) => (key === "weight" ? undefined : v)));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits, at most 5 s, for a condition on the sandbox's state. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("the sandbox never reached the expected state");
    await sleep(20);
  }
}

/**
 * Answers from v2 (green) among those sent and answered in [from, to): a request routed at some
 * moment between its send and its answer, and one that waited across a write (a stall of this
 * busy process) cannot be told to have met the weights before or after it.
 */
function mix(records: LoadRecord[], from: number, to: number): { n: number; green: number } {
  const window = records.filter((r) => r.at >= from && r.at + r.latencyMs < to);
  return { n: window.length, green: window.filter((r) => r.version === "v2").length / Math.max(1, window.length) };
}

describe.each(KINDS.map((k) => [k.router, k] as const))("the %s router", (_, k) => {
  // The sandbox's planes apply a change within a few hundred ms (propagation.ts, scaled).
  const inputs = () => ({
    router: k.router,
    namespace: "shop",
    kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
    "settle-time": "500ms",
    ...k.inputs,
  });
  const patches = () => cluster.api.writes().filter((c) => c.resource === k.resource && c.name === "shop");

  it("switches in steps of 10, 50 and 100% under load with none failed and the mix on the weights, then rolls back", async () => {
    // Everything else in the route stays: a second rule that sends to neither color, and a timeout.
    const route = cluster.store.get(k.resource, "shop", "shop") as NonNullable<ReturnType<typeof cluster.store.get>>;
    const spec = route.spec as Any;
    const other =
      k.router === "gateway-api"
        ? { matches: [{ path: { type: "PathPrefix", value: "/admin" } }], backendRefs: [{ name: "shop-all", port: 80 }] }
        : { name: "admin", match: [{ uri: { prefix: "/admin" } }], route: [{ destination: { host: "shop-all" } }] };
    spec[k.field] = [{ ...spec[k.field][0], timeouts: { request: "10s" } }, other].map((r, i) =>
      k.router === "istio" && i === 0 ? { ...r, timeouts: undefined, timeout: "10s" } : r,
    );
    // Stored as the API server would store it: with the CRD's defaults (crd-schemas.ts).
    cluster.store.update(k.resource, admitCustom(typeOf(k.kind), route, "Strict").object);
    const before = withoutWeights(cluster.store.get(k.resource, "shop", "shop")?.spec);

    const load = new LoadGenerator(`${k.url(cluster)}/version`, 150).start();
    await sleep(300);
    const run = await runAction("switch", {
      ...inputs(),
      strategy: "steps",
      steps: "10,50",
      "step-interval": "6s",
      "verify-url": `${k.url(cluster)}/version`,
      "expected-version": "v2",
    });
    await sleep(6_000);
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(records.filter(isFailure)).toEqual([]);
    const writes = patches();
    expect(writes.map((w) => w.status)).toEqual([200, 200, 200]);
    // 10, 50, 100 on production; the test route moves with the last step.
    const steps = writes.filter((_, i) => i < 3).map((w) => w.at);
    for (const [i, percent] of [10, 50, 100].entries()) {
      const from = (steps[i] as number) + 300;
      const to = i < 2 ? (steps[i + 1] as number) : (records.at(-1)?.at ?? 0) + 1;
      const seen = mix(records, from, to);
      expect(seen.n, `requests at ${percent}%`).toBeGreaterThanOrEqual(400);
      expect(Math.abs(seen.green * 100 - percent), `green share at ${percent}%: ${seen.green}`).toBeLessThanOrEqual(5);
    }
    expect(run.stdout).toContain(`Patch weights of ${k.kind} shop/shop: blue 100 / green 0 → blue 90 / green 10`);
    expect(run.stdout).toMatch(/\(10% on green\)[\s\S]*\(50% on green\)[\s\S]*\(100% on green\)/);
    // Each step's window opens once verify-url's answers show its split, not at the read-back.
    for (const [percent, before] of [
      [10, 0],
      [50, 10],
    ])
      expect(run.stdout).toMatch(
        new RegExp(
          `Traffic shows the new split after \\S+: \\d+ of the last 40 answers came from v2 \\(written ${percent}%, ${before}% before\\), so the step's window opens now\\.`,
        ),
      );
    expect(k.weights(cluster, "shop")).toEqual({ blue: 0, green: 100 });
    expect(k.weights(cluster, "shop-preview")).toEqual({ blue: 100, green: 0 });
    expect(run.outputs).toMatchObject({ "active-color": "green", switched: "true" });
    expect(run.summary).toContain("Session persistence: none.");
    // Only the weights changed: the other rule, the timeout, the matches and parents are as they were.
    expect(withoutWeights(cluster.store.get(k.resource, "shop", "shop")?.spec)).toEqual(before);
    expect(cluster.store.get("deployments", "shop", "shop-green")?.metadata.annotations?.["cutover/live-since"]).toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );

    const back = await runAction("rollback", { ...inputs(), reason: "e2e" });
    expect(back.code, back.stdout).toBe(0);
    expect(k.weights(cluster, "shop")).toEqual({ blue: 100, green: 0 });
    expect(k.weights(cluster, "shop-preview")).toEqual({ blue: 0, green: 100 });
    expect(await (await fetch(`${k.url(cluster)}/version`)).text()).toBe("v1\n");
    expect(await (await fetch(`${k.testUrl(cluster)}/version`)).text()).toBe("v2\n");
  }, 120_000);

  it("writes nothing on a dry run", async () => {
    const run = await runAction("switch", {
      ...inputs(),
      strategy: "steps",
      steps: "10,50",
      "step-interval": "1s",
      "dry-run": "true",
    });
    expect(run.code, run.stdout).toBe(0);
    expect(cluster.api.writes()).toEqual([]);
  });

  it("puts the weights back when SIGTERM arrives in the middle of a step", async () => {
    const { child, result } = startAction("switch", { ...inputs(), strategy: "steps", steps: "30", "step-interval": "30s" });
    await untilLogged(child, /\(30% on green\)/);
    expect(k.weights(cluster, "shop")).toEqual({ blue: 70, green: 30 });
    child.kill("SIGTERM");
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The run was cancelled\. Every route was put back/);
    expect(k.weights(cluster, "shop")).toEqual({ blue: 100, green: 0 });
    expect(k.weights(cluster, "shop-preview")).toEqual({ blue: 0, green: 100 });
  });

  it("stops without writing when someone else moves the route between steps", async () => {
    const { child, result } = startAction("switch", { ...inputs(), strategy: "steps", steps: "50", "step-interval": "2s" });
    await untilLogged(child, /\(50% on green\)/);
    // A person sets the weights by hand (kubectl edit) while the step waits.
    const route = cluster.store.get(k.resource, "shop", "shop") as NonNullable<ReturnType<typeof cluster.store.get>>;
    for (const b of k.router === "gateway-api" ? (route.spec as Any).rules[0].backendRefs : (route.spec as Any).http[0].route)
      b.weight = (b.name ?? b.destination.subset).endsWith("blue") ? 0 : 100;
    cluster.store.update(k.resource, route);
    const run = await result;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The router changed under this run: expected blue 50 \/ green 50, found/);
    expect(k.weights(cluster, "shop")).toEqual({ blue: 0, green: 100 });
  });

  it("never writes over a change made between its read and its write", async () => {
    const header = { name: "x-canary", value: "no" };
    cluster.api.faults.push({
      verb: "patch",
      resource: k.resource,
      name: "shop",
      mode: "race",
      count: 1,
      // A person edits the first rule (kubectl edit) between cutover's read and its write.
      before: () => {
        const route = cluster.store.get(k.resource, "shop", "shop");
        if (!route) return;
        const rule = (route.spec as Any)[k.field][0];
        if (k.router === "gateway-api")
          rule.filters = [{ type: "RequestHeaderModifier", requestHeaderModifier: { set: [header] } }];
        else rule.headers = { request: { set: { [header.name]: header.value } } };
        cluster.store.update(k.resource, route);
      },
    });
    const run = await runAction("switch", { ...inputs(), strategy: "steps", steps: "50", "step-interval": "1s" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`::error::.*Another writer changed the ${k.field} of ${k.kind} shop/shop after this run read them`),
    );
    const rule = firstRule(cluster, k.resource, "shop", k.field);
    expect(JSON.stringify(rule)).toContain("x-canary");
    expect(k.weights(cluster, "shop")).toEqual({ blue: 100, green: 0 });
  });

  it("refuses a switch when the standby has fewer ready pods than the active color", async () => {
    const green = cluster.store.get("deployments", "shop", "shop-green");
    (green?.spec as { replicas: number }).replicas = 1;
    cluster.store.update("deployments", green as NonNullable<typeof green>);
    await cluster.waitRolledOut();
    const run = await runAction("switch", { ...inputs(), strategy: "steps", steps: "10", "step-interval": "1s" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Capacity parity: green (Deployment shop-green) has 1 ready pod(s), fewer than 2");
    expect(patches()).toEqual([]);
  });

  it("tears down only the color no production route weights, by scaling it to 0", async () => {
    expect((await runAction("switch", inputs())).code).toBe(0);
    const run = await runAction("teardown", { ...inputs(), ttl: "0s", "drain-timeout": "20s" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("Scale to 0 on blue");
    expect(cluster.replicasOf("shop-blue")).toBe(0);
    expect(cluster.replicasOf("shop-green")).toBe(2);
    expect(await (await fetch(`${k.url(cluster)}/version`)).text()).toBe("v2\n");
  });

  it("reads the state and health for status, with versions from the Deployments' annotations", async () => {
    const deploy = await runAction("deploy-standby", { ...inputs(), version: "v2" });
    expect(deploy.code, deploy.stdout).toBe(0);
    const run = await runAction("status", inputs());
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ "active-color": "blue", "standby-color": "green", "standby-version": "v2" });
  });
});

describe("the gateway-api router's parents", () => {
  const gatewayInputs = () => ({
    router: "gateway-api",
    namespace: "shop",
    kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
    httproute: "shop",
    "blue-service": "shop-blue",
    "green-service": "shop-green",
    strategy: "steps",
    steps: "10",
    "step-interval": "1s",
    "settle-time": "200ms",
  });
  const weights = () => KINDS[0]?.weights(cluster, "shop");
  const writes = () => cluster.api.writes().filter((c) => c.resource === "httproutes");

  it("writes nothing when the parent Gateway does not exist: no controller reports on it", async () => {
    const gateway = cluster.store.get("gateways", "shop", "shop-gateway") as NonNullable<ReturnType<typeof cluster.store.get>>;
    cluster.store.delete("gateways", gateway);
    // As the spec has it, the route's status keeps no entry for a parent that cannot be resolved.
    await until(() => ((cluster.store.get("httproutes", "shop", "shop")?.status as Any)?.parents ?? []).length === 0);
    const run = await runAction("switch", gatewayInputs());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*HTTPRoute shop\/shop cannot take this write: its parent Gateway shop\/shop-gateway does not exist/,
    );
    expect(writes()).toEqual([]);
    expect(weights()).toEqual({ blue: 100, green: 0 });
  });

  it("writes nothing when no controller runs the Gateway's class", async () => {
    const gateway = cluster.store.get("gateways", "shop", "shop-gateway") as NonNullable<ReturnType<typeof cluster.store.get>>;
    cluster.store.create("gatewayclasses", {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "GatewayClass",
      metadata: { name: "nobody" },
      spec: { controllerName: "example.com/not-installed" },
    });
    cluster.store.update("gateways", { ...gateway, spec: { ...(gateway.spec as Any), gatewayClassName: "nobody" }, status: {} });
    const run = await runAction("switch", gatewayInputs());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /its parent Gateway shop\/shop-gateway is not ready: no Accepted, no Programmed; no controller runs its GatewayClass nobody \(controllerName example\.com\/not-installed\)/,
    );
    expect(writes()).toEqual([]);
  });

  it("puts the weights back when a parent reports nothing on the new generation within verify-timeout", async () => {
    // The Gateway goes away between cutover's check and its write: silence follows, never success.
    cluster.api.faults.push({
      verb: "patch",
      resource: "httproutes",
      name: "shop",
      mode: "race",
      count: 1,
      before: () => {
        const gateway = cluster.store.get("gateways", "shop", "shop-gateway");
        if (gateway) cluster.store.delete("gateways", gateway);
      },
    });
    const run = await runAction("switch", { ...gatewayInputs(), "verify-timeout": "2s" });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(
      /HTTPRoute shop\/shop's controller did not report generation \d+ within 2(\.0)?s \(verify-timeout\)/,
    );
    expect(run.stdout).toContain("Every route was put back as it was before this run.");
    expect(weights()).toEqual({ blue: 100, green: 0 });
  });

  it("refuses a listener the route cannot attach to, with the spec's reason", async () => {
    const route = cluster.store.get("httproutes", "shop", "shop") as NonNullable<ReturnType<typeof cluster.store.get>>;
    (route.spec as Any).parentRefs[0].sectionName = "https";
    cluster.store.update("httproutes", route);
    await until(() =>
      JSON.stringify((cluster.store.get("httproutes", "shop", "shop")?.status as Any)?.parents ?? []).includes(
        "NoMatchingParent",
      ),
    );
    const run = await runAction("switch", gatewayInputs());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Gateway shop-gateway section https has not attached it: Accepted False \(NoMatchingParent/);
    expect(writes()).toEqual([]);
  });
});

describe("the istio router's checks", () => {
  it("refuses, with analysis off, a switch to a subset no DestinationRule defines, before writing", async () => {
    const rule = cluster.store.get("destinationrules", "shop", "shop-all") as NonNullable<ReturnType<typeof cluster.store.get>>;
    cluster.store.update("destinationrules", {
      ...rule,
      spec: { ...(rule.spec as Any), subsets: [{ name: "blue", labels: { version: "blue" } }] },
    });
    const run = await runAction("switch", {
      router: "istio",
      namespace: "shop",
      kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
      ...KINDS[1]?.inputs,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /subset green \(green\) is not defined by DestinationRule shop-all for host shop-all \(it defines blue\)/,
    );
    expect(cluster.api.writes().filter((w) => w.resource === "virtualservices")).toEqual([]);
    expect(cluster.store.get("virtualservices", "shop", "shop")?.status ?? {}).toEqual({});
  });
});

describe.each([
  [
    "gateway-api",
    { httproute: "shop", "blue-service": "shop-blue", "green-service": "shop-green" },
    [
      ["no httproute", { httproute: "" }, /Input 'httproute' is required/],
      ["an httproute with capitals", { httproute: "Shop" }, /Input 'httproute' must be a Kubernetes name/],
      [
        "the test route the same as production",
        { "test-httproute": "shop" },
        /Input 'test-httproute' must differ from httproute/,
      ],
      ["no blue-service", { "blue-service": "" }, /Input 'blue-service' is required/],
      ["a green-service with a dot", { "green-service": "shop.green" }, /Input 'green-service' must be a Kubernetes name/],
      ["both colors on one Service", { "green-service": "shop-blue" }, /Input 'green-service' must differ from blue-service/],
      ["a rule that is no name or index", { "httproute-rules": "rule one" }, /Input 'httproute-rules' must list rule names/],
      ["a rule named twice", { "httproute-rules": "0,0" }, /Input 'httproute-rules' names a rule twice/],
      ["a namespace with a space", { namespace: "my shop" }, /Input 'namespace' must be a Kubernetes name/],
      ["a kubeconfig that is not there", { kubeconfig: "/nonexistent/kubeconfig" }, /Input 'kubeconfig' names no file/],
      [
        "both colors on one Deployment",
        { "blue-deployment": "shop", "green-deployment": "shop" },
        /Input 'green-deployment' must differ/,
      ],
      ["a capacity over 100%", { "min-capacity-percent": "150%" }, /Input 'min-capacity-percent' must be a percentage/],
      ["steps over 100", { strategy: "steps", steps: "10,150", "step-interval": "1s" }, /Input 'steps'/],
    ],
  ],
  [
    "istio",
    { virtualservice: "shop", host: "shop-all", "blue-subset": "blue", "green-subset": "green" },
    [
      ["no virtualservice", { virtualservice: "" }, /Input 'virtualservice' is required/],
      ["a virtualservice with an underscore", { virtualservice: "shop_vs" }, /Input 'virtualservice' must be a Kubernetes name/],
      ["the test route the same as production", { "test-virtualservice": "shop" }, /Input 'test-virtualservice' must differ/],
      ["no colors at all", { "blue-subset": "", "green-subset": "" }, /Input 'blue-subset' is required: name the colors/],
      ["subsets without a host", { host: "" }, /Input 'host' is required with blue-subset and green-subset/],
      ["only one subset", { "green-subset": "" }, /Input 'green-subset' is required/],
      ["both colors on one subset", { "green-subset": "blue" }, /Input 'green-subset' must differ from blue-subset/],
      ["subsets and hosts together", { "blue-host": "shop-blue" }, /Input 'blue-host' cannot be set with blue-subset/],
      ["a host with a space", { host: "shop all" }, /Input 'host' must be a Kubernetes name/],
      ["a route index that is no index", { "virtualservice-routes": "-1" }, /Input 'virtualservice-routes' must list rule names/],
      ["a context with a space", { "kube-context": "prod eu" }, /Input 'kube-context' must be a context name/],
      ["an image with a space", { image: "shop: v3" }, /Input 'image' must be an image or container=image/],
    ],
  ],
] as const)("bad %s inputs", (router, base, cases) => {
  it.each(cases.map((c) => [...c]))("refuses %s with one error line and no call", async (_, bad, message) => {
    const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
    const run = await runAction("switch", { router, namespace: "shop", kubeconfig, ...base, ...bad } as Record<string, string>);
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(message as RegExp);
    expect(cluster.api.calls).toEqual([]);
  });
});
