// The imitation's apps behaviour as a real API server and Deployment controller have it, read
// through @kubernetes/client-node: what bumps a Deployment's generation, pause, minReadySeconds,
// dry runs, the resourceVersion a custom resource's update must carry, and RBAC.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as k8s from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, startCluster } from "./kubernetes/cluster.ts";
import { newToken, serviceAccount } from "./kubernetes/rbac.ts";

let cluster: Cluster;
let dir: string;
let config: k8s.KubeConfig;

beforeAll(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-apps-"));
  config = new k8s.KubeConfig();
  config.loadFromFile(cluster.writeKubeconfig(path.join(dir, "kubeconfig")));
});
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const merge = k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch);
const ns = "shop";

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function failure(call: Promise<unknown>): Promise<{ code: number; body: Record<string, unknown> }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(k8s.ApiException);
  const { code, body } = error as k8s.ApiException<string>;
  return { code, body: typeof body === "string" ? JSON.parse(body) : (body as Record<string, unknown>) };
}

const progressing = (d: k8s.V1Deployment) => d.status?.conditions?.find((c) => c.type === "Progressing");

describe("Deployments as the apps registry and controller keep them", () => {
  it("bumps the generation on an annotation change, and the controller observes it", async () => {
    const apps = config.makeApiClient(k8s.AppsV1Api);
    const before = await apps.readNamespacedDeployment({ name: "shop-green", namespace: ns });
    cluster.controllers.hold();
    try {
      const after = await apps.patchNamespacedDeployment(
        { name: "shop-green", namespace: ns, body: { metadata: { annotations: { "cutover/version": "v2" } } } },
        merge,
      );
      expect(after.metadata?.generation).toBe((before.metadata?.generation ?? 0) + 1);
      expect(after.status?.observedGeneration).toBe(before.metadata?.generation);
    } finally {
      cluster.controllers.release();
    }
    await until(async () => {
      const d = await apps.readNamespacedDeployment({ name: "shop-green", namespace: ns });
      return d.status?.observedGeneration === d.metadata?.generation;
    });
    // A label is not copied to the ReplicaSets' template: it moves nothing.
    const labelled = await apps.patchNamespacedDeployment(
      { name: "shop-green", namespace: ns, body: { metadata: { labels: { team: "shop" } } } },
      merge,
    );
    expect(labelled.metadata?.generation).toBe((before.metadata?.generation ?? 0) + 1);
  });

  it("rolls nothing out while paused, says DeploymentPaused, and rolls out once resumed", async () => {
    const apps = config.makeApiClient(k8s.AppsV1Api);
    const patch = (body: object) => apps.patchNamespacedDeployment({ name: "shop-green", namespace: ns, body }, merge);
    await patch({ spec: { paused: true } });
    const image = { spec: { template: { spec: { containers: [{ name: "app", image: "sandbox/shop:v4" }] } } } };
    const changed = await apps.patchNamespacedDeployment(
      { name: "shop-green", namespace: ns, body: image },
      k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.StrategicMergePatch),
    );
    await until(async () => {
      const d = await apps.readNamespacedDeployment({ name: "shop-green", namespace: ns });
      return d.status?.observedGeneration === changed.metadata?.generation && progressing(d)?.reason === "DeploymentPaused";
    });
    const paused = await apps.readNamespacedDeployment({ name: "shop-green", namespace: ns });
    expect(progressing(paused)).toMatchObject({ status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused" });
    expect(paused.status).toMatchObject({ replicas: 2, availableReplicas: 2 });
    expect(paused.status?.updatedReplicas ?? 0).toBe(0);
    expect(await (await fetch(`${cluster.urls.test}/version`)).text()).toBe("v2\n");
    await patch({ spec: { paused: false } });
    await cluster.waitRolledOut();
    await cluster.waitServing("shop-preview", "sandbox/shop:v4");
    expect(await (await fetch(`${cluster.urls.test}/version`)).text()).toBe("v4\n");
  });

  it("counts a pod available only minReadySeconds after it is ready", async () => {
    const apps = config.makeApiClient(k8s.AppsV1Api);
    // 50 cluster seconds at the sandbox's scale.
    await apps.patchNamespacedDeployment(
      {
        name: "shop-green",
        namespace: ns,
        body: {
          spec: { minReadySeconds: 50, template: { spec: { containers: [{ name: "app", image: "sandbox/shop:v2" }] } } },
        },
      },
      k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.StrategicMergePatch),
    );
    let sawReadyNotAvailable = false;
    await until(async () => {
      const d = await apps.readNamespacedDeployment({ name: "shop-green", namespace: ns });
      const s = d.status ?? {};
      if ((s.updatedReplicas ?? 0) > 0 && (s.readyReplicas ?? 0) > (s.availableReplicas ?? 0)) sawReadyNotAvailable = true;
      return (
        s.observedGeneration === d.metadata?.generation &&
        s.updatedReplicas === 2 &&
        s.availableReplicas === 2 &&
        s.replicas === 2
      );
    }, 30_000);
    expect(sawReadyNotAvailable).toBe(true);
  });
});

describe("what the API server stores and refuses", () => {
  it("stores nothing on dryRun=All, answers with the object it would store, and refuses another value", async () => {
    const core = config.makeApiClient(k8s.CoreV1Api);
    const before = await core.readNamespacedService({ name: "shop", namespace: ns });
    const writes = cluster.api.writes().length;
    const preview = await core.patchNamespacedService(
      { name: "shop", namespace: ns, dryRun: "All", body: { spec: { selector: { version: "green" } } } },
      merge,
    );
    expect(preview.spec?.selector).toMatchObject({ version: "green" });
    const created = await core.createNamespacedService({
      namespace: ns,
      dryRun: "All",
      body: { metadata: { name: "shop-dry" }, spec: { selector: { app: "shop" }, ports: [{ port: 80 }] } },
    });
    expect(created.metadata?.name).toBe("shop-dry");
    await core.deleteNamespacedService({ name: "shop-preview", namespace: ns, dryRun: "All" });
    expect((await core.readNamespacedService({ name: "shop", namespace: ns })).metadata?.resourceVersion).toBe(
      before.metadata?.resourceVersion,
    );
    expect(cluster.selectorOf("shop")).toEqual({ app: "shop", version: "blue" });
    expect(cluster.store.get("services", ns, "shop-dry")).toBeUndefined();
    expect(cluster.store.get("services", ns, "shop-preview")).toBeDefined();
    expect(cluster.api.writes().length).toBe(writes);
    const refused = await failure(
      core.patchNamespacedService({ name: "shop", namespace: ns, dryRun: "Some", body: { spec: {} } }, merge),
    );
    expect(refused.code).toBe(422);
  });

  it("refuses a PUT of a custom resource without resourceVersion with 422, and takes one with it", async () => {
    const custom = config.makeApiClient(k8s.CustomObjectsApi);
    const where = { group: "gateway.networking.k8s.io", version: "v1", namespace: ns, plural: "httproutes", name: "shop" };
    const route = (await custom.getNamespacedCustomObject(where)) as k8s.KubernetesObject & { spec: unknown };
    const { resourceVersion: _rv, ...metadata } = route.metadata ?? {};
    const refused = await failure(custom.replaceNamespacedCustomObject({ ...where, body: { ...route, metadata } }));
    expect(refused.code).toBe(422);
    expect(refused.body).toMatchObject({
      reason: "Invalid",
      message:
        'HTTPRoute.gateway.networking.k8s.io "shop" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update',
    });
    const replaced = (await custom.replaceNamespacedCustomObject({ ...where, body: route })) as k8s.KubernetesObject;
    expect(replaced.metadata?.name).toBe("shop");
    // A built-in resource allows an unconditional update (deploymentStrategy.AllowUnconditionalUpdate).
    const apps = config.makeApiClient(k8s.AppsV1Api);
    const d = await apps.readNamespacedDeployment({ name: "shop-blue", namespace: ns });
    delete d.metadata?.resourceVersion;
    expect((await apps.replaceNamespacedDeployment({ name: "shop-blue", namespace: ns, body: d })).metadata?.name).toBe(
      "shop-blue",
    );
  });
});

describe("RBAC for a restricted token", () => {
  it("allows what a bound Role grants, answers 403 Forbidden for the rest, and reviews access", async () => {
    const rbac = config.makeApiClient(k8s.RbacAuthorizationV1Api);
    await rbac.createNamespacedRole({
      namespace: ns,
      body: {
        metadata: { name: "reader" },
        rules: [
          { apiGroups: ["apps"], resources: ["deployments"], resourceNames: ["shop-blue"], verbs: ["get"] },
          { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["patch"] },
        ],
      },
    });
    await rbac.createNamespacedRoleBinding({
      namespace: ns,
      body: {
        metadata: { name: "reader" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "reader" },
        subjects: [{ kind: "ServiceAccount", name: "reader", namespace: ns }],
      },
    });
    const token = newToken();
    cluster.api.identities.set(token, serviceAccount(ns, "reader"));
    const restricted = new k8s.KubeConfig();
    restricted.loadFromFile(cluster.writeKubeconfig(path.join(dir, "reader"), "sandbox", token));
    const apps = restricted.makeApiClient(k8s.AppsV1Api);
    expect((await apps.readNamespacedDeployment({ name: "shop-blue", namespace: ns })).metadata?.name).toBe("shop-blue");
    const other = await failure(apps.readNamespacedDeployment({ name: "shop-green", namespace: ns }));
    expect(other).toEqual({
      code: 403,
      body: {
        kind: "Status",
        apiVersion: "v1",
        metadata: {},
        status: "Failure",
        message:
          'deployments.apps "shop-green" is forbidden: User "system:serviceaccount:shop:reader" cannot get resource "deployments" in API group "apps" in the namespace "shop"',
        reason: "Forbidden",
        details: { name: "shop-green", group: "apps", kind: "deployments" },
        code: 403,
      },
    });
    const listed = await failure(apps.listNamespacedDeployment({ namespace: ns }));
    expect(listed.body.message).toBe(
      'deployments.apps is forbidden: User "system:serviceaccount:shop:reader" cannot list resource "deployments" in API group "apps" in the namespace "shop"',
    );
    const patched = await failure(
      apps.patchNamespacedDeployment({ name: "shop-blue", namespace: ns, body: { metadata: { labels: { a: "b" } } } }, merge),
    );
    expect(patched.code).toBe(403);
    expect(cluster.store.get("deployments", ns, "shop-blue")?.metadata.labels?.a).toBeUndefined();
    const review = restricted.makeApiClient(k8s.AuthorizationV1Api);
    const ask = async (verb: string, resource: string, subresource?: string, name?: string) =>
      (
        await review.createSelfSubjectAccessReview({
          body: { spec: { resourceAttributes: { namespace: ns, verb, group: "apps", resource, subresource, name } } },
        })
      ).status?.allowed;
    expect(await ask("get", "deployments", undefined, "shop-blue")).toBe(true);
    expect(await ask("get", "deployments", undefined, "shop-green")).toBe(false);
    expect(await ask("patch", "deployments", "scale", "shop-green")).toBe(true);
    expect(await ask("patch", "deployments")).toBe(false);
  });
});
