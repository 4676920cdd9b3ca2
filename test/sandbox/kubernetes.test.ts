// Over 300 lines: one cluster read through both clients and its traffic planes, in the order the state moves.
// The Kubernetes imitation through two real clients: the official @kubernetes/client-node, and
// kubectl (Debian's kubernetes-client, or any kubectl on PATH; skipped only where none is
// installed and CI is not set: .ci/run installs it). Then its traffic planes, over real HTTP.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as k8s from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, startCluster } from "./kubernetes/cluster.ts";
import type { Any } from "./kubernetes/store.ts";

const run = promisify(execFile);
const kubectlPresent = spawnSync("kubectl", ["version", "--client"]).status === 0;
let cluster: Cluster;
let dir: string;
let kubeconfig: string;

beforeAll(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-"));
  kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
});
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function client<T extends k8s.ApiType>(api: k8s.ApiConstructor<T>): T {
  const config = new k8s.KubeConfig();
  config.loadFromFile(kubeconfig);
  return config.makeApiClient(api);
}

/** The API server's Status body from a failed call. */
async function status(call: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(k8s.ApiException);
  const body = (error as k8s.ApiException<string>).body;
  return typeof body === "string" ? JSON.parse(body) : (body as Record<string, unknown>);
}

const merge = k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch);
const strategic = k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.StrategicMergePatch);
const jsonPatch = k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.JsonPatch);

/** One GET on a connection of its own, or on `agent`'s kept-alive one. */
async function version(url: string, agent?: Agent, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/version`, { agent: agent ?? false, headers }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d));
      res.on("end", () => resolve(body.trim()));
    });
    req.on("error", reject);
    req.end();
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the Kubernetes API imitation through @kubernetes/client-node", () => {
  it("reads Services, Deployments, pods and EndpointSlices in the API's shapes", async () => {
    const service = await client(k8s.CoreV1Api).readNamespacedService({ name: "shop", namespace: "shop" });
    expect(service.spec?.selector).toEqual({ app: "shop", version: "blue" });
    expect(service.metadata?.resourceVersion).toMatch(/^\d+$/);
    const deployment = await client(k8s.AppsV1Api).readNamespacedDeployment({ name: "shop-blue", namespace: "shop" });
    expect(deployment.status).toMatchObject({
      observedGeneration: 1,
      replicas: 2,
      updatedReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
    });
    expect(deployment.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
      ["Available", "True", "MinimumReplicasAvailable"],
      ["Progressing", "True", "NewReplicaSetAvailable"],
    ]);
    const pods = await client(k8s.CoreV1Api).listNamespacedPod({
      namespace: "shop",
      labelSelector: "app=shop,version in (blue)",
    });
    expect(pods.items).toHaveLength(2);
    const slices = await client(k8s.DiscoveryV1Api).listNamespacedEndpointSlice({
      namespace: "shop",
      labelSelector: "kubernetes.io/service-name=shop",
    });
    expect(slices.items[0]?.addressType).toBe("IPv4");
    expect(slices.items[0]?.endpoints?.map((e) => e.targetRef?.name).sort()).toEqual(
      pods.items.map((p) => p.metadata?.name).sort(),
    );
    expect(slices.items[0]?.endpoints?.every((e) => e.conditions?.ready === true)).toBe(true);
    expect(slices.items[0]?.ports?.[0]?.port).toBe(8080);
  });

  it("patches by merge, strategic merge and JSON patch, and refuses a stale resourceVersion with 409", async () => {
    const core = client(k8s.CoreV1Api);
    const before = await core.readNamespacedService({ name: "shop-preview", namespace: "shop" });
    const rv = before.metadata?.resourceVersion as string;
    const merged = await core.patchNamespacedService(
      {
        name: "shop-preview",
        namespace: "shop",
        body: { metadata: { resourceVersion: rv }, spec: { selector: { version: "blue" } } },
      },
      merge,
    );
    expect(merged.spec?.selector).toEqual({ app: "shop", version: "blue" });
    const stale = await status(
      core.patchNamespacedService(
        { name: "shop-preview", namespace: "shop", body: { metadata: { resourceVersion: rv }, spec: {} } },
        merge,
      ),
    );
    expect(stale).toMatchObject({
      kind: "Status",
      apiVersion: "v1",
      status: "Failure",
      reason: "Conflict",
      code: 409,
      details: { name: "shop-preview", kind: "services" },
      message:
        'Operation cannot be fulfilled on services "shop-preview": the object has been modified; please apply your changes to the latest version and try again',
    });
    const smp = await core.patchNamespacedService(
      { name: "shop-preview", namespace: "shop", body: { spec: { ports: [{ port: 80, name: "web" }] } } },
      strategic,
    );
    // Ports merge by their key, port: the other fields of port 80 stay.
    expect(smp.spec?.ports).toEqual([expect.objectContaining({ port: 80, name: "web", targetPort: 8080 })]);
    const json = await core.patchNamespacedService(
      { name: "shop-preview", namespace: "shop", body: [{ op: "replace", path: "/spec/selector/version", value: "green" }] },
      jsonPatch,
    );
    expect(json.spec?.selector).toEqual({ app: "shop", version: "green" });
    // A PUT with the version it read succeeds; the same PUT again is stale.
    const put = await core.replaceNamespacedService({ name: "shop-preview", namespace: "shop", body: json });
    expect(Number(put.metadata?.resourceVersion)).toBeGreaterThan(Number(json.metadata?.resourceVersion));
    expect(await status(core.replaceNamespacedService({ name: "shop-preview", namespace: "shop", body: json }))).toMatchObject({
      code: 409,
    });
  });

  it("answers 404 and 422 as the API server does", async () => {
    const core = client(k8s.CoreV1Api);
    expect(await status(core.readNamespacedService({ name: "nope", namespace: "shop" }))).toMatchObject({
      reason: "NotFound",
      code: 404,
      message: 'services "nope" not found',
    });
    expect(await status(client(k8s.AppsV1Api).readNamespacedDeployment({ name: "nope", namespace: "shop" }))).toMatchObject({
      message: 'deployments.apps "nope" not found',
      details: { name: "nope", group: "apps", kind: "deployments" },
    });
    const invalid = await status(
      core.patchNamespacedService(
        { name: "shop", namespace: "shop", body: { spec: { selector: { version: "not ok!" } } } },
        merge,
      ),
    );
    expect(invalid).toMatchObject({
      reason: "Invalid",
      code: 422,
      details: { name: "shop", kind: "Service", causes: [{ reason: "FieldValueInvalid", field: "spec.selector" }] },
    });
    expect(invalid.message).toMatch(/^Service "shop" is invalid: spec.selector: Invalid value: "not ok!"/);
    const weight = await status(
      client(k8s.CustomObjectsApi).patchNamespacedCustomObject(
        {
          group: "gateway.networking.k8s.io",
          version: "v1",
          namespace: "shop",
          plural: "httproutes",
          name: "shop",
          body: [{ op: "replace", path: "/spec/rules/0/backendRefs/0/weight", value: 1_000_001 }],
        },
        jsonPatch,
      ),
    );
    expect(weight.message).toContain("spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000");
  });

  it("reports HTTPRoute and VirtualService status conditions", async () => {
    const custom = client(k8s.CustomObjectsApi);
    const route = await custom.getNamespacedCustomObject({
      group: "gateway.networking.k8s.io",
      version: "v1",
      namespace: "shop",
      plural: "httproutes",
      name: "shop",
    });
    expect(route.status.parents[0].conditions.map((c: { type: string; status: string }) => [c.type, c.status])).toEqual([
      ["Accepted", "True"],
      ["ResolvedRefs", "True"],
    ]);
    await custom.patchNamespacedCustomObject(
      {
        group: "gateway.networking.k8s.io",
        version: "v1",
        namespace: "shop",
        plural: "httproutes",
        name: "shop",
        body: [{ op: "replace", path: "/spec/rules/0/backendRefs/1/name", value: "shop-purple" }],
      },
      jsonPatch,
    );
    await until(async () => {
      const now = await custom.getNamespacedCustomObject({
        group: "gateway.networking.k8s.io",
        version: "v1",
        namespace: "shop",
        plural: "httproutes",
        name: "shop",
      });
      return now.status.parents[0].conditions[1].reason === "BackendNotFound";
    });
    await custom.patchNamespacedCustomObject(
      {
        group: "gateway.networking.k8s.io",
        version: "v1",
        namespace: "shop",
        plural: "httproutes",
        name: "shop",
        body: [{ op: "replace", path: "/spec/rules/0/backendRefs/1/name", value: "shop-green" }],
      },
      jsonPatch,
    );
    const vs = await custom.getNamespacedCustomObject({
      group: "networking.istio.io",
      version: "v1",
      namespace: "shop",
      plural: "virtualservices",
      name: "shop",
    });
    // istiod 1.23+ with analysis off (the default) writes no status at all.
    expect(vs.status ?? {}).toEqual({});
  });

  it("rolls a Deployment out on a new image, and leaves pods with a bad one waiting with kubelet's reason", async () => {
    const apps = client(k8s.AppsV1Api);
    const setImage = (image: string) =>
      apps.patchNamespacedDeployment(
        {
          name: "shop-green",
          namespace: "shop",
          body: { spec: { template: { spec: { containers: [{ name: "app", image }] } } } },
        },
        strategic,
      );
    await setImage("sandbox/shop:v5");
    const rolled = async () => {
      const d = await apps.readNamespacedDeployment({ name: "shop-green", namespace: "shop" });
      const s = d.status ?? {};
      return (
        s.observedGeneration === d.metadata?.generation &&
        s.updatedReplicas === 2 &&
        s.availableReplicas === 2 &&
        s.replicas === 2
      );
    };
    await until(rolled);
    expect(await version(cluster.urls.test)).toBe("v5");
    await setImage("nowhere/shop:v6");
    const core = client(k8s.CoreV1Api);
    await until(async () => {
      const pods = await core.listNamespacedPod({ namespace: "shop", labelSelector: "version=green" });
      return pods.items.some((p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "ImagePullBackOff");
    });
    const d = await apps.readNamespacedDeployment({ name: "shop-green", namespace: "shop" });
    expect(d.status).toMatchObject({ updatedReplicas: 1, availableReplicas: 2, replicas: 3 });
    // maxUnavailable 25% of 2 is 0: the old pods keep serving.
    expect(await version(cluster.urls.test)).toBe("v5");
    await setImage("sandbox/shop:v2");
    await until(rolled);
  });
});

// Each case runs kubectl a dozen times, a process each: on a busy machine (load 40 on 2 cores) a
// case took up to 31 s, so each may take 90.
const KUBECTL_CASE_MS = 90_000;

describe.skipIf(!kubectlPresent && process.env.CI !== "true")("kubectl against the imitation", () => {
  function writeManifest(text: string): string {
    const file = path.join(dir, `manifest-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return file;
  }

  async function kubectl(...args: string[]): Promise<string> {
    const { stdout } = await run("kubectl", ["--kubeconfig", kubeconfig, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: dir },
    });
    return stdout;
  }

  it(
    "gets, patches and waits for a rollout",
    async () => {
      expect(await kubectl("get", "deployments")).toMatch(
        /NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nshop-blue\s+2\/2\s+2\s+2\s+\d+s/,
      );
      expect(await kubectl("get", "service", "shop", "-o", "jsonpath={.spec.selector.version}")).toBe("blue");
      expect(await kubectl("get", "httproutes,virtualservices", "-o", "name")).toContain(
        "httproute.gateway.networking.k8s.io/shop",
      );
      expect(await kubectl("patch", "service", "shop-preview", "-p", '{"spec":{"selector":{"version":"blue"}}}')).toContain(
        "service/shop-preview patched",
      );
      expect(cluster.selectorOf("shop-preview")).toEqual({ app: "shop", version: "blue" });
      await kubectl(
        "patch",
        "service",
        "shop-preview",
        "--type=json",
        "-p",
        '[{"op":"replace","path":"/spec/selector/version","value":"green"}]',
      );
      expect(cluster.selectorOf("shop-preview")).toEqual({ app: "shop", version: "green" });
      await kubectl("set", "image", "deployment/shop-green", "app=sandbox/shop:v7");
      expect(await kubectl("rollout", "status", "deployment/shop-green", "--timeout=30s")).toContain(
        'deployment "shop-green" successfully rolled out',
      );
      // A new connection before kube-proxy syncs would reach a terminating pod: on a busy machine
      // that was "socket hang up".
      await cluster.waitServing("shop-preview", "sandbox/shop:v7");
      expect(await version(cluster.urls.test)).toBe("v7");
      const refused = await kubectl(
        "patch",
        "service",
        "shop",
        "--type=merge",
        "-p",
        '{"metadata":{"resourceVersion":"1"}}',
      ).catch((e: { stderr: string }) => e.stderr);
      expect(refused).toContain("Error from server (Conflict)");
    },
    KUBECTL_CASE_MS,
  );

  it(
    "applies manifests and explains the Gateway API and Istio kinds from /openapi/v3",
    async () => {
      const manifest = (backendRef: string, extra = "") =>
        writeManifest(`apiVersion: v1
kind: Service
metadata: {name: shop-canary, namespace: shop}
spec:
  selector: {app: shop, version: green}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: shop-canary, namespace: shop}
spec:
  parentRefs: [{name: nowhere}]${extra}
  rules:
  - backendRefs: [${backendRef}]
`);
      // kubectl validates on the server (the PATCH operations take fieldValidation), which refuses unknown fields.
      const unknown = await kubectl("apply", "-f", manifest("{name: shop-canary, port: 80}", "\n  colour: green")).catch(
        (e: { stderr: string }) => e.stderr,
      );
      expect(unknown).toContain('strict decoding error: unknown field "spec.colour"');
      const portless = await kubectl("apply", "-f", manifest("{name: shop-canary}")).catch((e: { stderr: string }) => e.stderr);
      expect(portless).toContain('spec.rules[0].backendRefs[0]: Invalid value: "object": Must have port for Service reference');
      expect(cluster.store.get("httproutes", "shop", "shop-canary")).toBeUndefined();
      expect(await kubectl("apply", "-f", manifest("{name: shop-canary, port: 80}"))).toBe(
        "service/shop-canary unchanged\nhttproute.gateway.networking.k8s.io/shop-canary created\n",
      );
      // The CRD's defaults: the parent's group and kind, the backend's weight and kind.
      expect(
        await kubectl(
          "get",
          "httproute",
          "shop-canary",
          "-o",
          "jsonpath={.spec.parentRefs[0].kind} {.spec.rules[0].backendRefs[0].weight}",
        ),
      ).toBe("Gateway 1");
      expect(await kubectl("apply", "-f", manifest("{name: shop-canary, port: 80, weight: 3}"))).toContain(
        "httproute.gateway.networking.k8s.io/shop-canary configured",
      );
      expect((cluster.store.get("httproutes", "shop", "shop-canary")?.spec as Any)?.rules?.[0]?.backendRefs?.[0]?.weight).toBe(3);
      expect(await kubectl("explain", "httproute.spec.rules.backendRefs")).toMatch(
        /name\t<string> -required-[\s\S]*weight\t<integer>/,
      );
      expect(await kubectl("explain", "virtualservice.spec.http.route")).toMatch(
        /KIND:\s+VirtualService[\s\S]*destination\t<Object>/,
      );
      await kubectl("delete", "-f", manifest("{name: shop-canary, port: 80}"));
    },
    KUBECTL_CASE_MS,
  );

  it(
    "lists ReplicaSets and Events, shows the rollout history and prints a pod's log as text",
    async () => {
      await kubectl("annotate", "deployment/shop-blue", "kubernetes.io/change-cause=image v8");
      await kubectl("set", "image", "deployment/shop-blue", "app=sandbox/shop:v8");
      await kubectl("rollout", "status", "deployment/shop-blue", "--timeout=30s");
      const sets = await kubectl("get", "replicasets", "-l", "version=blue");
      expect(sets).toMatch(/NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE/);
      expect(sets).toMatch(/shop-blue-[a-z]+\s+2\s+2\s+2\s/);
      expect(sets).toMatch(/shop-blue-[a-z]+\s+0\s+0\s+0\s/);
      expect(await kubectl("rollout", "history", "deployment/shop-blue")).toMatch(
        /REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+image v8\n/,
      );
      expect(await kubectl("get", "events", "--field-selector", "involvedObject.name=shop-blue")).toMatch(
        /Normal\s+ScalingReplicaSet\s+deployment\/shop-blue\s+Scaled up replica set shop-blue-[a-z]+ from 0 to 1/,
      );
      const pod = (await kubectl("get", "pods", "-l", "version=blue", "-o", "jsonpath={.items[0].metadata.name}")).trim();
      expect(await kubectl("logs", pod)).toMatch(/^\S+ listening on [\d.]+:\d+, version v8\n$/);
      // Back to revision 1's template, which the traffic planes below expect.
      expect(await kubectl("rollout", "undo", "deployment/shop-blue")).toContain("deployment.apps/shop-blue rolled back");
      await kubectl("rollout", "status", "deployment/shop-blue", "--timeout=30s");
      // The undo reuses revision 1's ReplicaSet, which becomes revision 3.
      expect(await kubectl("rollout", "history", "deployment/shop-blue")).toMatch(
        /REVISION\s+CHANGE-CAUSE\n2\s+image v8\n3\s+<none>\n/,
      );
      const prod = cluster.planes.services.find((p) => p.name === "shop");
      await until(() =>
        (prod?.endpoints ?? []).every(
          (p) =>
            (cluster.store.get("pods", "shop", p)?.spec as { containers: { image: string }[] })?.containers[0]?.image ===
            "sandbox/shop:v1",
        ),
      );
    },
    KUBECTL_CASE_MS,
  );
});

describe("the traffic planes", () => {
  it("routes new connections by the selector, and keeps a kept-alive connection where it landed", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await version(cluster.urls.prod, agent)).toBe("v1");
    const select = (color: string) => {
      const service = cluster.store.get("services", "shop", "shop") as NonNullable<ReturnType<typeof cluster.store.get>>;
      (service.spec as { selector: Record<string, string> }).selector.version = color;
      cluster.store.update("services", service);
    };
    select("green");
    await until(async () => (await version(cluster.urls.prod)) !== "v1");
    expect(await version(cluster.urls.prod, agent)).toBe("v1");
    agent.destroy();
    select("blue");
    await until(async () => (await version(cluster.urls.prod)) === "v1");
  });

  it("splits gateway traffic by the HTTPRoute's weights and mesh traffic by the VirtualService's", async () => {
    const set = (resource: string, name: string, weights: [number, number]) => {
      const object = cluster.store.get(resource, "shop", name) as NonNullable<ReturnType<typeof cluster.store.get>>;
      const spec = object.spec as { rules?: { backendRefs: { weight: number }[] }[]; http?: { route: { weight: number }[] }[] };
      const list = resource === "httproutes" ? spec.rules?.[0]?.backendRefs : spec.http?.[0]?.route;
      for (const [i, item] of (list ?? []).entries()) item.weight = weights[i] as number;
      cluster.store.update(resource, object);
    };
    set("httproutes", "shop", [1, 3]);
    set("virtualservices", "shop", [25, 75]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const url of [cluster.urls.gateway, cluster.urls.mesh]) {
      const agent = new Agent({ keepAlive: true, maxSockets: 8 });
      const answers = await Promise.all(Array.from({ length: 400 }, () => version(url, agent)));
      agent.destroy();
      const green = answers.filter((v) => v !== "v1").length / answers.length;
      // 400 draws at 75%: four standard deviations is 8.7 points.
      expect(Math.abs(green - 0.75), `${url}: ${green}`).toBeLessThan(0.09);
    }
    set("httproutes", "shop", [0, 0]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Every backendRef at weight 0: the gateway answers 500 ("HTTPRoute", BackendRef weight).
    const res = await fetch(`${cluster.urls.gateway}/version`);
    expect(res.status).toBe(500);
    set("httproutes", "shop", [100, 0]);
    set("virtualservices", "shop", [100, 0]);
  });
});
