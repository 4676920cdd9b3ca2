// Several routers as one router kind, end to end: every step (deploy-standby, smoke-test, switch,
// soak-monitor, rollback, teardown) on an environment whose routers: list names an ALB and nginx,
// and on one that names a Kubernetes Service and a Gateway API HTTPRoute, under load with no failed
// request (two ALBs: several-routers.test.ts). One environment at a time, each on its own sandboxes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "vitest";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import { UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import { World } from "../sandbox/world.ts";
import { type Color, type Environment, only100, runEverySteps } from "../support/every-step.ts";

const albEntry = (router: {
  listener: { arn: string };
  testListener: { arn: string };
  blue: { arn: string };
  green: { arn: string };
}) => ({
  router: "alb",
  "listener-arn": router.listener.arn,
  "test-listener-arn": router.testListener.arn,
  "blue-target-group-arn": router.blue.arn,
  "green-target-group-arn": router.green.arn,
});

// The sandboxes share this process with their load: ALB's health checks get 500 ms (5 s scaled)
// rather than 100 ms, so that the event loop's lag on a busy machine is not a target's timeout.
const TIME_SCALE = 0.1;

async function albAndNginx(): Promise<Environment> {
  const world = new World({ timeScale: TIME_SCALE });
  await world.start();
  const nginx = await startNginxWorld();
  const { router: _nginx, ...inputs } = nginx.inputs;
  const servers = (color: Color) => nginx.servers[color];
  return {
    routers: [
      albEntry(world),
      { router: "nginx", ...inputs, "blue-servers": servers("blue"), "green-servers": servers("green") },
    ].map((entry) => entry as Record<string, string>),
    env: world.env,
    prod: [world.urls.prod, nginx.urls.prod],
    load: [undefined, { retryClosedConnections: true }],
    smoke: {},
    live: () => [only100(world.weightsOf(world.listener.arn)), nginxLive(nginx)],
    // The ALB's own outputs name its target group only; the pools name both routers'.
    outputs: {
      set: { "standby-target-group-arn": world.green.arn, "standby-pool": [world.green.arn, ...servers("green")].join(",") },
      unset: [],
    },
    // nginx's note on long-lived connections stays when nginx is one of several routers.
    notes: [/#2 nginx: \*\*Long-lived connections:\*\*/],
    stop: async () => {
      await nginx.stop();
      await world.stop();
    },
  };
}

/** The production upstream's colors with weight, from the managed file nginx reads. */
function nginxLive(nginx: NginxWorld): string {
  const servers = parseManagedFile(nginx.proxy.readFile(), nginx.proxy.file).upstreams.find((u) => u.name === UPSTREAM)?.servers;
  const live = new Set((servers ?? []).filter((s) => s.weight > 0).map((s) => s.color));
  return live.size === 1 ? ([...live][0] as string) : "split";
}

async function kubernetesAndGateway(): Promise<Environment> {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-"));
  const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
  const gateway = () => {
    const spec = cluster.store.get("httproutes", "shop", "shop")?.spec as
      | { rules?: { backendRefs: { name: string; weight: number }[] }[] }
      | undefined;
    const rules = spec?.rules ?? [];
    const refs = rules[0]?.backendRefs ?? [];
    const weight = (name: string) => refs.find((r) => r.name === name)?.weight ?? 0;
    return only100({ blue: weight("shop-blue"), green: weight("shop-green") });
  };
  return {
    routers: [
      { router: "kubernetes", namespace: "shop", ...SEEDED_ROUTES.kubernetes, kubeconfig },
      { router: "gateway-api", namespace: "shop", ...SEEDED_ROUTES["gateway-api"], kubeconfig },
    ],
    env: {},
    prod: [cluster.urls.prod, cluster.urls.gateway],
    // kube-proxy is L4: a kept-alive connection stays on the pod it landed on, and the teardown scales
    // green's pods away; clients that open a connection per request are what a selector moves.
    load: [{ keepAlive: false }, undefined],
    // Neither router can look its test route's address up: smoke-test is given it.
    smoke: { url: cluster.urls.test },
    live: () => [cluster.selectorOf("shop").version ?? "?", gateway()],
    outputs: { set: { "standby-pool": "shop-green,shop-green" }, unset: ["standby-target-group-arn"] },
    notes: [/#2 gateway-api: Session persistence: none/],
    stop: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe("every step on several routers, under load, with no failed request", () => {
  it("an ALB and nginx", { timeout: 120_000 }, async () => runEverySteps(await albAndNginx()));
  it("a Kubernetes Service and a Gateway API HTTPRoute", { timeout: 120_000 }, async () =>
    runEverySteps(await kubernetesAndGateway()),
  );
});
