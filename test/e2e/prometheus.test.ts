// A little over 300 lines: two routers' sandboxes and thirteen refused inputs beside the cases.
// Prometheus as the soak's and the gates' source, on the nginx and Kubernetes sandboxes under load,
// with a real Prometheus (Debian's) scraping the apps' prom-client metrics every second. One
// Prometheus per router, shared by its cases, which run in order; the two routers run at once.
import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import type { AppBehaviour } from "../sandbox/apps/app.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { nginxOrSkip, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { startNginxWorld } from "../sandbox/nginx/world.ts";
import { type PrometheusServer, prometheusOrSkip, startPrometheus } from "../sandbox/prometheus/server.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";

interface Lane {
  inputs: Record<string, string>;
  prod: string;
  live(): string;
  /** Everything a write would change, as text: the managed file, or the Service and Deployments. */
  state(): string;
  setApps(color: "blue" | "green", behaviour: Partial<AppBehaviour>): void;
  appTargets(): string[];
  /** One color's apps as `host:port`: what a client that skips the router calls. */
  colorTargets(color: "blue" | "green"): string[];
  stop(): Promise<void>;
}

async function nginxLane(): Promise<Lane> {
  const world = await startNginxWorld();
  const managed = () => parseManagedFile(world.proxy.readFile(), world.proxy.file);
  return {
    inputs: world.inputs,
    prod: world.urls.prod,
    live: () => {
      const servers = managed().upstreams.find((u) => u.name === UPSTREAM)?.servers ?? [];
      const colors = new Set(servers.filter((s) => s.weight > 0).map((s) => s.color));
      return colors.size === 1 ? ([...colors][0] ?? "split") : "split";
    },
    state: () => world.proxy.readFile(),
    setApps: (color, behaviour) => world.setApps(color, behaviour),
    appTargets: () => [...world.servers.blue, ...world.servers.green],
    colorTargets: (color) => world.servers[color],
    stop: () => world.stop(),
  };
}

async function kubernetesLane(): Promise<Lane> {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-prom-"));
  return {
    inputs: {
      router: "kubernetes",
      namespace: "shop",
      service: "shop",
      "test-service": "shop-preview",
      kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
    },
    prod: cluster.urls.prod as string,
    live: () => cluster.selectorOf("shop").version ?? "split",
    state: () =>
      JSON.stringify([
        cluster.store.get("services", "shop", "shop")?.spec,
        ...["shop-blue", "shop-green"].map((d) => cluster.store.get("deployments", "shop", d)?.metadata.annotations),
      ]),
    setApps: (color, behaviour) => cluster.setApps(color, behaviour),
    appTargets: () => cluster.kubelet.apps().map(({ app }) => `${app.host}:${app.port}`),
    colorTargets: (color) =>
      cluster.kubelet
        .apps()
        .filter(({ pod }) => pod.metadata.labels?.version === color)
        .map(({ app }) => `${app.host}:${app.port}`),
    stop: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A loopback port nothing listens on: one that was free a moment ago. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const ROUTERS: { name: string; skip: boolean; start: () => Promise<Lane>; stepped: Record<string, string> }[] = [
  { name: "nginx", skip: nginxOrSkip().skip, start: nginxLane, stepped: { strategy: "steps", steps: "50,100" } },
  // The kubernetes router moves all at once: its gate watches after the one step.
  { name: "kubernetes", skip: false, start: kubernetesLane, stepped: { strategy: "all-at-once" } },
];

function errorLines(stdout: string): string[] {
  return stdout.split("\n").filter((l) => l.startsWith("::error::"));
}

/**
 * Users on /api/info (the endpoint the probes never hit) and on /version, new connections each,
 * retrying once a connection that a graceful nginx reload closed before any answer, as browsers do.
 */
const USERS = { keepAlive: false, retryClosedConnections: true };

function load(lane: Lane): LoadGenerator[] {
  return [
    new LoadGenerator(`${lane.prod}/api/info`, 100, {}, USERS).start(),
    new LoadGenerator(`${lane.prod}/version`, 40, {}, USERS).start(),
  ];
}

async function stopLoad(generators: LoadGenerator[]) {
  return (await Promise.all(generators.map((g) => g.stop()))).flat();
}

function prometheusInputs(prometheus: PrometheusServer): Record<string, string> {
  return {
    "prometheus-url": prometheus.url,
    "prometheus-scrape-interval": "1s",
    // A loaded machine misses a one-second scrape now and then: a judged window holds three, and
    // the soak calls silence only after several.
    "prometheus-no-data-after": "8s",
  };
}

/** The refused inputs: each is one ::error:: line naming the input, and switch writes nothing. */
function badInputs(
  prometheus: PrometheusServer,
  closedPort: number,
  stepped: Record<string, string>,
): [string, Record<string, string>, RegExp][] {
  const url = prometheus.url;
  const own = 'sum(increase(http_requests_total{version="{{version}}"}[{{window}}]))';
  return [
    [
      "a URL without a scheme",
      { "prometheus-url": "127.0.0.1:9090" },
      /^::error::Input 'prometheus-url' is not a URL, got "127\.0\.0\.1:9090" \(a scheme such as https:\/\/ is required\)\. Example: /,
    ],
    [
      "an unknown placeholder",
      { "prometheus-url": url, "prometheus-latency-query": 'histogram_quantile(0.95, rate(x{colour="{{colour}}"}[{{window}}]))' },
      /^::error::Input 'prometheus-latency-query' has the unknown placeholder \{\{colour\}\} /,
    ],
    [
      "an unclosed placeholder",
      { "prometheus-url": url, "prometheus-latency-query": 'x{version="{{version"}' },
      /^::error::Input 'prometheus-latency-query' (has an unclosed|names neither)/,
    ],
    [
      "a query that names no color",
      { "prometheus-url": url, "prometheus-error-query": "sum(rate(errors[{{window}}]))", "prometheus-requests-query": own },
      /^::error::Input 'prometheus-error-query' names neither \{\{color\}\} nor \{\{version\}\}/,
    ],
    [
      "a header without a colon",
      { "prometheus-url": url, "prometheus-headers": "Authorization Bearer s3cr3t-token" },
      /^::error::Input 'prometheus-headers' line 1 is not a "Name: value" header \(no name before a colon\)\. Example: prometheus-headers: Authorization: Bearer/,
    ],
    [
      "an error query without its requests",
      { "prometheus-url": url, "prometheus-error-query": own },
      /^::error::Input 'prometheus-requests-query' is needed with your own prometheus-error-query/,
    ],
    [
      "a no-data verdict that is neither",
      { "prometheus-url": url, "prometheus-no-data": "ignore" },
      /^::error::Input 'prometheus-no-data' must be one of fail, warn, got "ignore"/,
    ],
    [
      "a silence shorter than two scrapes",
      { "prometheus-url": url, "prometheus-scrape-interval": "2s", "prometheus-no-data-after": "3s" },
      /^::error::Input 'prometheus-no-data-after' must be at least two scrape intervals \(4\.0s\)/,
    ],
    [
      "a step shorter than two scrapes",
      {
        "prometheus-url": url,
        "prometheus-scrape-interval": "2s",
        "prometheus-no-data-after": "10s",
        ...stepped,
        "step-interval": "3s",
      },
      /^::error::Input 'step-interval' must hold at least two scrape intervals of Prometheus/,
    ],
    [
      "a query without prometheus-url",
      { "prometheus-error-query": own },
      /^::error::Input 'prometheus-url' is required with prometheus-error-query: without it Prometheus is not read\. Example: prometheus-url: http:\/\/prometheus\.monitoring:9090$/,
    ],
    [
      "a query that does not parse, asked of Prometheus",
      { "prometheus-url": url, "prometheus-error-query": `(${own}`, "prometheus-requests-query": own },
      /^::error::prometheus-error-query: Prometheus does not parse it: .*parse error.*\. Fix the query; nothing was written\.$/,
    ],
    [
      "a Prometheus out of reach",
      { "prometheus-url": `http://127.0.0.1:${closedPort}` },
      /^::error::prometheus-url: Prometheus could not be asked whether prometheus-error-query parses \(.*ECONNREFUSED.*\)\. Check the URL and prometheus-headers; nothing was written\.$/,
    ],
  ];
}

describe.concurrent("Prometheus as the soak's and the gates' source", () => {
  for (const router of ROUTERS) {
    it.skipIf(router.skip || prometheusOrSkip().skip)(
      `${router.name}: bad inputs refused, a hidden fault rolled back, a healthy green passed, a gate reverted, silence never healthy`,
      async () => {
        const lane = await router.start();
        const prometheus = await startPrometheus(() => lane.appTargets());
        try {
          await prometheus.waitScraped();
          const prom = prometheusInputs(prometheus);

          // Bad inputs: refused with one line before anything is written.
          const before = lane.state();
          const refused = await Promise.all(
            badInputs(prometheus, await closedPort(), router.stepped).map(async ([name, inputs, line]) => {
              const run = await runAction("switch", { ...lane.inputs, ...inputs });
              return { name, code: run.code, errors: errorLines(run.stdout), line };
            }),
          );
          for (const r of refused) {
            expect(r.code, r.name).toBe(1);
            expect(r.errors, r.name).toHaveLength(1);
            expect(r.errors[0], r.name).toMatch(r.line);
          }
          expect(lane.state()).toBe(before);

          const deployed = await runAction("deploy-standby", { ...lane.inputs, version: "v2", "health-timeout": "20s" });
          expect(deployed.code, deployed.stdout).toBe(0);

          // A gate between switch steps: green fails 20% of /api/info, which no probe hits.
          lane.setApps("green", { endpointErrors: { path: "/api/info", rate: 0.2 } });
          let users = load(lane);
          const gated = await runAction("switch", {
            ...lane.inputs,
            ...prom,
            ...router.stepped,
            "step-interval": "15s",
          });
          let records = await stopLoad(users);
          expect(gated.code, gated.stdout).toBe(1);
          expect(gated.stdout).toMatch(
            /The prometheus gate failed: Prometheus: error rate \d+\.\d% \(\d+\/\d+, at least \d+\.\d% at 95% confidence\) > max-error-rate 1\.0%/,
          );
          expect(lane.live()).toBe("blue");
          expect(records.filter(isFailure)).toEqual([]);

          // The soak, probes on /version and Prometheus: only Prometheus sees the 5% on /api/info.
          lane.setApps("green", { endpointErrors: { path: "/api/info", rate: 0.05 } });
          expect((await runAction("switch", lane.inputs)).code).toBe(0);
          users = load(lane);
          const soaked = await runAction("soak-monitor", {
            ...lane.inputs,
            ...prom,
            "probe-url": `${lane.prod}/version`,
            duration: "40s",
            window: "3s",
          });
          records = await stopLoad(users);
          expect(soaked.code, soaked.stdout).toBe(1);
          expect(soaked.outputs.result).toBe("rolled-back");
          expect(soaked.outputs["breach-reason"]).toMatch(
            /^Prometheus: error rate \d+\.\d% \(\d+\/\d+, at least \d+\.\d% at 95% confidence\) > max-error-rate 1\.0%$/,
          );
          expect(soaked.summary).toContain("From Prometheus (the users' traffic, not only the probes)");
          // The queried figures charted (query_range), after the probes' own figures.
          const queried = soaked.summary.slice(soaked.summary.indexOf("From Prometheus"));
          // The chart's title names the breach the verdict states, and the limit.
          expect(queried).toMatch(/title "Error rate on green \(%\): breach \d+(\.\d+)?% at \d+(\.\d+)?s, limit 1%"/);
          expect(soaked.summary).toContain("prometheus-no-data: fail");
          expect(lane.live()).toBe("blue");
          expect(records.filter(isFailure)).toEqual([]);

          // A healthy green, judged by Prometheus alone: passes.
          lane.setApps("green", { endpointErrors: undefined });
          expect((await runAction("switch", lane.inputs)).code).toBe(0);
          users = load(lane);
          const healthy = await runAction("soak-monitor", { ...lane.inputs, ...prom, duration: "6s", window: "3s" });
          records = await stopLoad(users);
          expect(healthy.code, healthy.stdout).toBe(0);
          expect(healthy.outputs.result).toBe("passed");
          expect(healthy.stdout).toMatch(/Soak passed after \S+: Last window: \d+ samples, error rate 0\.00%/);
          expect(lane.live()).toBe("green");

          // Teardown counts blue's requests: a client that still calls blue's address (a DNS cache
          // past its TTL, say) keeps blue up though the routes give it none; once it stops, blue goes.
          // blue was never deployed through cutover, so it has no version to count by: by color.
          const teardown = {
            ...lane.inputs,
            ttl: "0s",
            "prometheus-url": prometheus.url,
            "prometheus-scrape-interval": "1s",
            "prometheus-requests-query": 'sum(increase(http_requests_total{color="{{color}}"}[{{window}}]))',
          };
          const stale = lane.colorTargets("blue").map((t) => new LoadGenerator(`http://${t}/version`, 20).start());
          await new Promise((resolve) => setTimeout(resolve, 2_500));
          const kept = lane.state();
          const busy = await runAction("teardown", teardown);
          await stopLoad(stale);
          // Not yet idle, as a TTL not yet over: nothing to do this time, with a warning; no failed job.
          expect(busy.code, busy.stdout).toBe(0);
          expect(busy.stdout).toMatch(
            /::warning::blue still served \d+ requests in the last \S+ \(Prometheus, prometheus-requests-query\), though the routes give it none: .* Nothing was torn down/,
          );
          expect(busy.summary).toContain("### 💤 Nothing to do: blue still serves requests · cutover teardown");
          expect(busy.outputs["torn-down"]).toBe("false");
          expect(lane.state()).toBe(kept);
          // Four one-second scrapes with no request to blue, and one more for the last to land.
          await new Promise((resolve) => setTimeout(resolve, 5_500));
          const torn = await runAction("teardown", teardown);
          expect(torn.code, torn.stdout).toBe(0);
          expect(torn.stdout).toMatch(/Prometheus counted no request to blue in the last \S+: it is idle\./);
          expect(torn.outputs["torn-down"]).toBe("true");

          // Prometheus stops mid-soak: no data, then the configured verdict (fail); never passed, nothing moves.
          users = load(lane);
          const silenced = startAction("soak-monitor", {
            ...lane.inputs,
            ...prom,
            duration: "30s",
            window: "3s",
            "prometheus-no-data-after": "4s",
          });
          await new Promise((resolve) => setTimeout(resolve, 3_000));
          await prometheus.stopProcess();
          const silent = await silenced.result;
          records = await stopLoad(users);
          expect(silent.code, silent.stdout).toBe(1);
          expect(silent.outputs.result).toBe("failed");
          expect(silent.stdout).toMatch(
            /::warning::Prometheus gave no data for green this time: prometheus-requests-query gave .*ECONNREFUSED/,
          );
          expect(silent.stdout).toMatch(/::warning::Prometheus has given no data for green for \S+ \(prometheus-no-data: fail\)/);
          expect(silent.summary).toContain("**Verdict: not judged.**");
          expect(silent.summary).toContain("prometheus-no-data: fail");
          expect(lane.live()).toBe("green");
          expect(records.filter(isFailure)).toEqual([]);
        } finally {
          await Promise.all([prometheus.stop(), lane.stop()]);
        }
      },
      // A router's cases run in order on its sandbox, each bounded by its own waits.
      180_000,
    );
  }
});
