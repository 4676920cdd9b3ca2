// Every Kubernetes router runs with exactly the Role its docs publish, bound to a ServiceAccount
// of the imitation (which enforces RBAC as the API server does): every step passes with it, and
// without any one of its verbs the first step that needs it fails before writing anything, in a
// line that names the verb and the resource. The committed bundles, as the runner runs them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gatewayDialect } from "../../src/routers/gateway-api/dialect.ts";
import { istioDialect } from "../../src/routers/istio/dialect.ts";
import {
  describePermission,
  type Permission,
  routePermissions,
  servicePermissions,
} from "../../src/routers/kubernetes/permissions.ts";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { bindRole, documentedRole, type RoleRule, withoutVerb } from "../sandbox/kubernetes/roles.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import { ROOT, runAction } from "../sandbox/run-action.ts";

const deployments = { blue: "shop-blue", green: "shop-green" };
const routes = ["shop", "shop-preview"];

const istio = istioDialect({ host: "shop-all", subsets: { blue: "blue", green: "green" } });

const ROUTERS: { router: string; doc: string; role: string; inputs: Record<string, string>; needs: Permission[] }[] = [
  {
    router: "kubernetes",
    doc: "docs/kubernetes.md",
    role: "cutover",
    inputs: { ...SEEDED_ROUTES.kubernetes },
    needs: servicePermissions(routes, deployments),
  },
  {
    router: "gateway-api",
    doc: "docs/gateway-api-istio.md",
    role: "cutover-gateway-api",
    inputs: { ...SEEDED_ROUTES["gateway-api"] },
    needs: routePermissions(gatewayDialect(deployments).type, routes, deployments, gatewayDialect(deployments).reads),
  },
  {
    router: "istio",
    doc: "docs/gateway-api-istio.md",
    role: "cutover-istio",
    inputs: { ...SEEDED_ROUTES.istio },
    needs: routePermissions(istio.type, routes, deployments, istio.reads),
  },
];

/** A cluster of the test's own, so that the routers' cases run side by side. */
async function withCluster(test: (cluster: Cluster, dir: string) => Promise<void>): Promise<void> {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-rbac-"));
  try {
    await test(cluster, dir);
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each rule of a Role as the checks name them: `verb resource.group/sub "name"`. */
function granted(rules: RoleRule[]): string[] {
  return rules
    .flatMap((r) =>
      r.verbs.flatMap((verb) =>
        r.apiGroups.flatMap((group) =>
          r.resources.flatMap((combined) => {
            const [resource, subresource] = combined.split("/") as [string, string | undefined];
            const p: Permission = { verb, group, resource, ...(subresource ? { subresource } : {}) };
            return r.resourceNames?.length ? r.resourceNames.map((n) => describePermission(p, n)) : [describePermission(p)];
          }),
        ),
      ),
    )
    .sort();
}

const needed = (needs: Permission[]): string[] =>
  needs.flatMap((p) => (p.names?.length ? p.names.map((n) => describePermission(p, n)) : [describePermission(p)])).sort();

/** The steps in the order a release runs them; teardown retires green, which the rollback left behind. */
const STEPS: [string, Record<string, string>][] = [
  ["status", {}],
  ["deploy-standby", { version: "v3", image: "sandbox/shop:v3" }],
  ["switch", {}],
  ["rollback", { reason: "rbac e2e" }],
  ["teardown", { ttl: "0s", "drain-timeout": "20s" }],
];

describe.concurrent.each(ROUTERS)("the $router router with the Role its docs publish", (r) => {
  const role = () => documentedRole(path.join(ROOT, r.doc), r.role);
  const inputs = (cluster: Cluster, dir: string, token: string, name: string) => ({
    router: r.router,
    namespace: "shop",
    kubeconfig: cluster.writeKubeconfig(path.join(dir, `${name}.kubeconfig`), "sandbox", token),
    ...r.inputs,
  });

  it("publishes exactly the permissions the router checks before its first write", () => {
    expect(granted(role().rules)).toEqual(needed(r.needs));
  });

  it(
    "runs every step with it, and is refused nothing",
    () =>
      withCluster(async (cluster, dir) => {
        const token = bindRole(cluster, role(), "cutover");
        for (const [step, extra] of STEPS) {
          const run = await runAction(step, { ...inputs(cluster, dir, token, "cutover"), ...extra });
          expect(run.code, `${step}: ${run.stdout}`).toBe(0);
        }
        const mine = cluster.api.calls.filter((c) => c.user === "system:serviceaccount:shop:cutover");
        expect(mine.filter((c) => c.status === 403)).toEqual([]);
        expect(mine.filter((c) => c.write).length).toBeGreaterThan(0);
        expect(cluster.replicasOf("shop-green")).toBe(0);
      }),
    180_000,
  );

  it(
    "fails before its first write without any one verb, naming the verb and the resource",
    () =>
      withCluster(async (cluster, dir) => {
        const full = role();
        const removals = full.rules.flatMap((rule, i) => rule.verbs.map((verb) => ({ i, verb, rule })));
        const results = [];
        // A few at a time: each account has its own Role, and none of them writes anything.
        for (let at = 0; at < removals.length; at += 4) {
          results.push(
            ...(await Promise.all(
              removals.slice(at, at + 4).map(async ({ i, verb, rule }) => {
                const account = `cutover-${i}-${verb}`;
                const token = bindRole(cluster, withoutVerb(full, i, verb), account);
                // deploy-standby reads everything status reads before its first write, and writes.
                const [step, extra] = STEPS[1] as [string, Record<string, string>];
                const run = await runAction(step, { ...inputs(cluster, dir, token, account), ...extra });
                return { account, verb, rule, runs: [{ step, ...run }] };
              }),
            )),
          );
        }
        for (const { account, verb, rule, runs } of results) {
          const failed = runs.find((run) => run.code !== 0);
          const what = `${verb} on ${rule.resources.join(",")}`;
          expect(failed, `without ${what} every step passed`).toBeDefined();
          const errors = (failed?.stdout ?? "").split("\n").filter((l) => l.startsWith("::error::"));
          const group = rule.apiGroups[0] ?? "";
          const names = rule.resources.flatMap((combined) => {
            const [resource, sub] = combined.split("/");
            return [
              `${verb} ${resource}${group ? `.${group}` : ""}${sub ? `/${sub}` : ""}`,
              `cannot ${verb} resource "${combined}" in API group "${group}"`,
            ];
          });
          expect(
            errors.some((e) => names.some((n) => e.includes(n))),
            `without ${what}, ${failed?.step} said: ${errors.join(" | ")}`,
          ).toBe(true);
          const writes = cluster.api.writes().filter((c) => c.user === `system:serviceaccount:shop:${account}`);
          expect(writes, `without ${what}, ${failed?.step} wrote`).toEqual([]);
        }
      }),
    300_000,
  );
});
