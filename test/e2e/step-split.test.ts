// A stepped switch's gates judge the step's split, not the one before it (issue 29). A read-back
// proves the router stored the weights; its data plane may route by the previous ones for a while
// (istiod's debounce, a gateway's re-read, ALB's rule propagation). Here every plane takes 1.5 s,
// each step's window lasts 1 s, and green fails one endpoint: a window started at the read-back
// (or after a settle-time shorter than the plane) closes before green takes traffic, and the fault
// is caught only at 100%. Counted once verify-url shows the split, it is caught at the first step;
// and what the gates see before that fails them at once.
// nginx is not here: a reload carries the weights to the next request (its sandbox has no delay to
// imitate); route53 says why verify-url cannot show a DNS split (one client keeps one answer).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppBehaviour } from "../sandbox/apps/app.ts";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import type { Any } from "../sandbox/kubernetes/store.ts";
import { runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

const PLANE_MS = 1_500;
const FAULT = { endpointErrors: { path: "/api/info", rate: 1 } } satisfies Partial<AppBehaviour>;

interface Lane {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  url: string;
  setGreen(behaviour: Partial<AppBehaviour>): void;
  /** The production route's weights of blue and green, as stored. */
  weights(): { blue?: number; green?: number };
  stop(): Promise<void>;
}

const dir = mkdtempSync(path.join(tmpdir(), "cutover-step-split-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A cluster whose gateway and mesh carry each change PLANE_MS after it is stored. */
async function kubernetesLane(router: "gateway-api" | "istio"): Promise<Lane> {
  const slow = { minMs: PLANE_MS, maxMs: PLANE_MS };
  const cluster: Cluster = await startCluster({ propagation: { gateway: slow, mesh: slow } });
  const [resource, field] = router === "gateway-api" ? ["httproutes", "rules"] : ["virtualservices", "http"];
  return {
    inputs: {
      router,
      namespace: "shop",
      kubeconfig: cluster.writeKubeconfig(path.join(dir, `kubeconfig-${router}`)),
      ...SEEDED_ROUTES[router],
      // Shorter than the plane: what a settle-time guessed too short does.
      "settle-time": "200ms",
    },
    url: router === "gateway-api" ? cluster.urls.gateway : cluster.urls.mesh,
    setGreen: (behaviour) => cluster.setApps("green", behaviour),
    weights: () => {
      const rule = ((cluster.store.get(resource, "shop", "shop")?.spec as Any)?.[field] ?? [])[0];
      const refs = (rule?.backendRefs ?? rule?.route ?? []) as Any[];
      return Object.fromEntries(refs.map((r) => [r.destination?.subset ?? String(r.name).replace("shop-", ""), r.weight]));
    },
    stop: () => cluster.stop(),
  };
}

/** An ALB whose listener routes by its previous actions for PLANE_MS after a write (elbv2.ts). */
async function albLane(): Promise<Lane> {
  const world: World = await startWorld();
  world.elbv2.propagationSeconds = PLANE_MS / 1000 / world.elbv2.groups.timeScale;
  return {
    inputs: world.inputs,
    env: world.env,
    url: world.urls.prod,
    setGreen: (behaviour) => world.setApps("green", behaviour),
    weights: () => world.weightsOf(world.listener.arn),
    stop: async () => world.stop(),
  };
}

const LANES = [
  ["gateway-api", () => kubernetesLane("gateway-api")],
  ["istio", () => kubernetesLane("istio")],
  ["alb", albLane],
] as const;

/** One step to 30 % with verify-url and probes on green's /api/info, then 100 %. */
function steppedSwitch(lane: Lane, extra: Record<string, string> = {}) {
  const inputs = {
    ...lane.inputs,
    strategy: "steps",
    steps: "30",
    "step-interval": "1s",
    "verify-url": `${lane.url}/version`,
    "expected-version": "v2",
    "probe-url": `${lane.url}/api/info`,
    "probe-interval": "50ms",
  };
  return runAction("switch", { ...inputs, ...extra }, lane.env);
}

describe.each(LANES)("the %s router", (_, start) => {
  let lane: Lane;
  beforeAll(async () => {
    lane = await start();
  });
  afterAll(() => lane.stop());

  it("counts a step's window once verify-url shows the new split, and catches a fault of the new color there", async () => {
    lane.setGreen(FAULT);
    // A 2 s window holds about 40 probes once it opens: at 30 % on green, all of them on blue is a
    // 0.7^40 chance. One second (about 19 probes) let a run pass at 30 % once in a loaded full run.
    const run = await steppedSwitch(lane, { "step-interval": "2s" });
    lane.setGreen({ endpointErrors: undefined });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain("Gates watch green from the write, for 2.0s once traffic shows the new split.");
    // Caught at 30%: the last step was never written.
    expect(run.stdout).toMatch(/\(30% on green\)[\s\S]*::error::The probes gate failed: error rate/);
    expect(run.stdout).not.toContain("(100% on green)");
    expect(run.stdout).toContain("Every route was put back as it was before this run.");
    expect(lane.weights()).toEqual({ blue: 100, green: 0 });
  }, 60_000);

  it("fails the gates on what they see before the split shows, without waiting out verify-timeout", async () => {
    // Green answers nothing but 500s, so verify-url never shows the split; the probes see them.
    lane.setGreen({ errorRate: 1 });
    const run = await steppedSwitch(lane, { "verify-timeout": "5m" });
    lane.setGreen({ errorRate: 0 });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/::error::The probes gate failed: error rate/);
    expect(run.stdout).not.toContain("Traffic shows the new split");
    expect(run.stdout).not.toContain("Traffic did not show the new split");
    expect(lane.weights()).toEqual({ blue: 100, green: 0 });
  }, 60_000);
});
