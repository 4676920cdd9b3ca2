// Malformed environment files for every router kind, end to end: the committed switch bundle reads
// a workspace's .github/cutover.yml whose router settings point at a live sandbox (an ALB, a real
// nginx, a Kubernetes API), and refuses each file with one line that names the file, the key path,
// what is wrong and an example, before it reaches the router: nothing is written, not even read.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import { runAction } from "../sandbox/run-action.ts";
import { routerYaml } from "../sandbox/second-router.ts";
import { startWorld, type World } from "../sandbox/world.ts";
import { MALFORMED, type RouterKind } from "../support/malformed-environments.ts";

let world: World;
let nginx: NginxWorld;
let cluster: Cluster;
let dir: string;
let routers: Record<RouterKind, string>;

beforeAll(async () => {
  [world, nginx, cluster] = await Promise.all([startWorld(), startNginxWorld(), startCluster()]);
  dir = mkdtempSync(path.join(tmpdir(), "cutover-malformed-"));
  const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
  const kube = (router: "kubernetes" | "gateway-api" | "istio") =>
    [
      `  router: ${router}`,
      "  namespace: shop",
      `  kubeconfig: ${kubeconfig}`,
      ...Object.entries(SEEDED_ROUTES[router]).map(([k, v]) => `  ${k}: ${v}`),
      "",
    ].join("\n");
  const n = nginx.inputs;
  routers = {
    alb: `${routerYaml(world, "  ")}\n`,
    nginx: [
      "  router: nginx",
      `  nginx-upstream-file: ${n["nginx-upstream-file"]}`,
      `  nginx-test-upstream: ${n["nginx-test-upstream"]}`,
      `  blue-servers: "${n["blue-servers"]?.split("\n").join(", ")}"`,
      `  green-servers: "${n["green-servers"]?.split("\n").join(", ")}"`,
      `  nginx-test-command: ${n["nginx-test-command"]}`,
      `  nginx-reload-command: ${n["nginx-reload-command"]}`,
      "",
    ].join("\n"),
    kubernetes: kube("kubernetes"),
    "gateway-api": kube("gateway-api"),
    istio: kube("istio"),
  };
}, 60_000);

afterAll(async () => {
  await Promise.all([world.stop(), nginx.stop(), cluster.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

function workspace(text: string): string {
  const root = mkdtempSync(path.join(dir, "workspace-"));
  mkdirSync(path.join(root, ".github"));
  writeFileSync(path.join(root, ".github/cutover.yml"), text);
  return root;
}

/** What each sandbox has seen: AWS calls, the managed file and its mtime, Kubernetes API calls. */
function touched(): string {
  const file = nginx.proxy.file;
  return JSON.stringify({
    aws: world.aws.calls.length,
    nginx: [readFileSync(file, "utf8"), statSync(file).mtimeMs],
    kubernetes: cluster.api.calls.length,
  });
}

describe("a malformed environment file, for every router kind: one line, and the router untouched", () => {
  it("covers 20 files, four per router kind", () => {
    expect(MALFORMED).toHaveLength(20);
    const kinds = MALFORMED.map((m) => m.kind);
    for (const kind of ["alb", "nginx", "kubernetes", "gateway-api", "istio"])
      expect(
        kinds.filter((k) => k === kind),
        kind,
      ).toHaveLength(4);
  });

  it("proves each sandbox's router settings valid: the same file without the mistake is read", async () => {
    for (const [kind, router] of Object.entries(routers)) {
      const env = { ...world.env, GITHUB_WORKSPACE: workspace(`production:\n${router}`) };
      const run = await runAction("environment", { environment: "production" }, env);
      expect(run.code, `${kind}: ${run.stdout}`).toBe(0);
    }
  });

  describe.concurrent("refused", () => {
    it.each(MALFORMED.map((m, i) => ({ i, ...m })))("#$i $kind: $what", async ({ kind, at, file }) => {
      const before = touched();
      const env = { ...world.env, GITHUB_WORKSPACE: workspace(file(routers[kind])) };
      const run = await runAction("switch", { environment: "production" }, env);
      expect(run.code, run.stdout).toBe(1);
      const lines = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
      expect(lines, run.stdout).toHaveLength(1);
      const [line] = lines as [string];
      const prefix = "::error::.github/cutover.yml: ";
      expect(line.startsWith(prefix), line).toBe(true);
      const rest = line.slice(prefix.length);
      if (typeof at === "string") expect(rest.startsWith(`${at} `), line).toBe(true);
      else expect(rest).toMatch(at);
      // What is wrong, then an example.
      expect(rest).toMatch(/^\S+ .{8,}\. Example: \S+/);
      expect(run.outputs).toEqual({});
      expect(touched()).toBe(before);
    });
  });
});
