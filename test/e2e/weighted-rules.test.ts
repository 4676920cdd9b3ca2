// The gateway-api and istio routers against what a real cluster makes of a switch: every rule of
// the production route (issue 25, case 3: a rule that names one color), and a data plane that
// takes its time to carry a write (issue 29: the stepped gates must judge the new split).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import type { Any, KubeObject } from "../sandbox/kubernetes/store.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";

interface Kind {
  router: "gateway-api" | "istio";
  resource: string;
  field: string;
  inputs: Record<string, string>;
  rulesInput: string;
  url(cluster: Cluster): string;
  /** A rule for `/api` that sends to blue only. */
  apiRule: Any;
}

const KINDS: Kind[] = [
  {
    router: "gateway-api",
    resource: "httproutes",
    field: "rules",
    inputs: { ...SEEDED_ROUTES["gateway-api"] },
    rulesInput: "httproute-rules",
    url: (c) => c.urls.gateway,
    apiRule: { matches: [{ path: { type: "PathPrefix", value: "/api" } }], backendRefs: [{ name: "shop-blue", port: 80 }] },
  },
  {
    router: "istio",
    resource: "virtualservices",
    field: "http",
    inputs: { ...SEEDED_ROUTES.istio },
    rulesInput: "virtualservice-routes",
    url: (c) => c.urls.mesh,
    apiRule: {
      name: "api",
      match: [{ uri: { prefix: "/api" } }],
      route: [{ destination: { host: "shop-all", subset: "blue" } }],
    },
  },
];

let dir: string;
const clusters: Cluster[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cutover-weighted-rules-"));
});

afterEach(async () => {
  await Promise.all(clusters.splice(0).map((c) => c.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function cluster(options: Parameters<typeof startCluster>[0] = {}): Promise<Cluster> {
  const started = await startCluster(options);
  clusters.push(started);
  return started;
}

/** The version that answered, from the app's x-app-version header (sent on every path). */
const version = async (url: string) => (await fetch(url)).headers.get("x-app-version");

describe.each(KINDS.map((k) => [k.router, k] as const))("the %s router", (_, k) => {
  const inputs = (c: Cluster) => ({
    router: k.router,
    namespace: "shop",
    kubeconfig: c.writeKubeconfig(path.join(dir, `kubeconfig-${k.router}`)),
    "settle-time": "300ms",
    ...k.inputs,
  });
  const writes = (c: Cluster) => c.api.writes().filter((w) => w.resource === k.resource && w.name === "shop");

  it("refuses a switch that would leave a one-color rule behind, and never tears down the color it reaches", async () => {
    const c = await cluster();
    const route = c.store.get(k.resource, "shop", "shop") as KubeObject;
    const spec = route.spec as Any;
    spec[k.field] = [k.apiRule, ...spec[k.field]];
    c.store.update(k.resource, route);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await version(`${k.url(c)}/api/version`)).toBe("v1");

    const refused = await runAction("switch", inputs(c));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::.*shop\/shop: rule 0 (\(api\) )?\[\/api\] sends blue 100% of its traffic\. cutover moves only the rules that name both colors/,
    );
    expect(writes(c)).toEqual([]);

    // Listed rules (production's: the test route has one rule only): the switch moves rule 1 and
    // says it leaves /api; teardown keeps blue for it.
    const listed = { ...inputs(c), [k.rulesInput]: "1", [`test-${k.router === "istio" ? "virtualservice" : "httproute"}`]: "" };
    const switched = await runAction("switch", listed);
    expect(switched.code, switched.stdout).toBe(0);
    expect(switched.stdout).toMatch(
      /::warning::.*rule 0 (\(api\) )?\[\/api\] sends blue 100% of its traffic, and cutover does not move this rule/,
    );
    const status = await runAction("status", listed);
    expect(status.stdout).toMatch(/::warning::.*rule 0 (\(api\) )?\[\/api\] sends blue 100%/);
    const teardown = await runAction("teardown", { ...listed, ttl: "0s", "drain-timeout": "5s" });
    expect(teardown.code).toBe(1);
    expect(teardown.stdout).toMatch(
      /rule 0 (\(api\) )?\[\/api\] sends blue 100% of its traffic: its Deployment is not scaled down/,
    );
    expect(c.replicasOf("shop-blue")).toBe(2);
    expect(await version(`${k.url(c)}/api/version`)).toBe("v1");
    expect(await version(`${k.url(c)}/version`)).toBe("v2");
  }, 60_000);

  it("starts each step's gates once the data plane carries the new weights (settle-time)", async () => {
    // A slow data plane: every change reaches traffic 1.5 s after it is stored.
    const slow = { minMs: 1_500, maxMs: 1_500 };
    const c = await cluster({ propagation: { gateway: slow, mesh: slow } });
    c.setApps("green", { errorRate: 1 });
    const load = new LoadGenerator(`${k.url(c)}/version`, 20).start();
    const run = await runAction("switch", {
      ...inputs(c),
      strategy: "steps",
      steps: "50",
      "step-interval": "1s",
      "settle-time": "2s",
      "probe-url": `${k.url(c)}/version`,
      "probe-interval": "50ms",
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const records = await load.stop();
    // Judged in the second after settle-time, the gates see green's 500s and put the route back;
    // a window started at the write would have closed before green took any traffic.
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain("The step's window opens after settle-time 2.0s");
    expect(run.stdout).toMatch(/::error::The probes gate failed/);
    expect(run.stdout).toContain("Every route was put back as it was before this run.");
    // The load saw green's (injected) 500s only once the plane carried the split.
    expect(records.filter((r) => r.status === 500).length).toBeGreaterThan(0);
    expect(records.filter(isFailure)).toEqual([]);
    expect(await version(`${k.url(c)}/version`)).toBe("v1");
  }, 60_000);
});
