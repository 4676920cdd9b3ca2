// What the on-call engineer reads first, on every router: each kind of job summary (a release, a
// revert, a soak's rollback, a manual rollback, a rollback that fails, status, teardown) opens with
// one status line, who ran what where, a link to the run, what is live, what happened and the next
// step, in the router's own words. The committed bundles run against each sandbox, the three at once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { nginxOrSkip } from "../sandbox/nginx/proxy.ts";
import { startNginxWorld } from "../sandbox/nginx/world.ts";
import { type ActionRun, runAction, startAction } from "../sandbox/run-action.ts";
import type { SandboxColor } from "../sandbox/world.ts";
import { startWorld } from "../sandbox/world.ts";

const dir = mkdtempSync(path.join(tmpdir(), "cutover-summaries-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the runner gives every step: the commit, who ran it, and a workspace without an environment file. */
const RUNNER = {
  GITHUB_SHA: "5e1f2a9c0b7d4e3f8a6b2c1d0e9f8a7b6c5d4e3f",
  GITHUB_ACTOR: "on-call-amy",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_WORKSPACE: dir,
};
const WHERE = { environment: "production", "environment-url": "https://shop.example.com/" };

interface Sandbox {
  inputs: Record<string, string>;
  env: Record<string, string>;
  prod: string;
  /** What deploy-standby needs to bring green back after teardown (ALB: its targets to register). */
  redeploy: Record<string, string>;
  setApps(color: SandboxColor, behaviour: { errorRate: number }): void;
  stop(): Promise<void>;
}

async function sandbox(router: string): Promise<Sandbox> {
  if (router === "nginx") {
    const world = await startNginxWorld();
    return {
      inputs: world.inputs,
      env: {},
      prod: world.urls.prod,
      redeploy: {},
      setApps: (c, b) => world.setApps(c, b),
      stop: () => world.stop(),
    };
  }
  if (router === "kubernetes") {
    const cluster = await startCluster();
    const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
    const inputs = { router, namespace: "shop", service: "shop", "test-service": "shop-preview", kubeconfig };
    return {
      inputs,
      env: {},
      prod: cluster.urls.prod,
      redeploy: {},
      setApps: (c, b) => cluster.setApps(c, b),
      stop: () => cluster.stop(),
    };
  }
  // Health checks time out after 5 s × timeScale: 0.1 leaves them 500 ms on a loaded machine.
  const world = await startWorld({ timeScale: 0.1 });
  return {
    inputs: world.inputs,
    env: world.env,
    prod: world.urls.prod,
    redeploy: { "register-targets": world.apps.green.map((a) => `127.0.0.1:${a.port}`).join(",") },
    setApps: (c, b) => world.setApps(c, b),
    stop: () => world.stop(),
  };
}

/** The first lines every summary opens with, checked for its outcome word and its next step. */
function expectFirstLines(run: ActionRun, word: string, next: RegExp, version?: string): void {
  const [heading, , facts, links, , live, , happened, , nextLine] = run.summary.split("\n");
  expect(heading, run.summary).toMatch(new RegExp(`^### \\S+ ${word}\\b`));
  expect(facts).toContain("environment `production`");
  if (version) expect(facts).toContain(`version \`${version}\``);
  expect(facts).toContain("commit `5e1f2a9`");
  expect(facts).toContain("by `on-call-amy`");
  expect(links).toContain("[run](https://github.com/acme/shop/actions/runs/4242)");
  expect(links).toContain("(https://shop.example.com/)");
  expect(live).toMatch(/^\*\*Live now:\*\* \*\*(blue|green)\*\* serves /);
  expect(happened).toMatch(/^\*\*What happened:\*\* \S/);
  expect(nextLine).toMatch(/^\*\*Next:\*\* /);
  expect(nextLine).toMatch(next);
}

/** What no summary may say: a doubled word, ALB's words on another router, a tag-safe reason, a column never read. */
function expectOwnWords(runs: ActionRun[], router: string): void {
  for (const run of runs) {
    expect(run.summary).not.toContain("test test");
    expect(run.summary).not.toContain("not read");
    expect(run.summary).not.toMatch(/\d pct\b/);
    if (router !== "alb") expect(run.summary).not.toMatch(/Deregister/);
  }
}

const ROUTERS = ["alb", "nginx", "kubernetes"].filter((r) => r !== "nginx" || !nginxOrSkip().skip);

describe.concurrent("the first lines of every summary", () => {
  it.each(ROUTERS)("on %s", { timeout: 240_000 }, async (router) => {
    const box = await sandbox(router);
    const step = (name: string, inputs: Record<string, string> = {}) =>
      runAction(name, { ...box.inputs, ...WHERE, ...inputs }, { ...box.env, ...RUNNER });
    const probe = { "probe-url": `${box.prod}/version`, "probe-interval": "50ms" };
    const runs: ActionRun[] = [];
    try {
      const status = await step("status");
      expectFirstLines(status, "Live", /^\*\*Next:\*\* nothing to do\./);

      const deployed = await step("deploy-standby", { version: "v2" });
      expect(deployed.code, deployed.stdout).toBe(0);
      expectFirstLines(deployed, "Deployed", /smoke-test green .* then switch/, "v2");

      const switched = await step("switch");
      expect(switched.code, switched.stdout).toBe(0);
      expectFirstLines(switched, "Switched", /soak-monitor watches green .*run the rollback workflow/, "v2");

      const soaked = await step("soak-monitor", { duration: "2s", window: "1s", ...probe });
      expect(soaked.code, soaked.stdout).toBe(0);
      expectFirstLines(soaked, "Released", /teardown retires blue after its ttl/, "v2");

      const reason = "p95 2300 ms > 2 s on 30% of checkouts & #ops said stop";
      const rolledBack = await step("rollback", { reason });
      expect(rolledBack.code, rolledBack.stdout).toBe(0);
      expectFirstLines(rolledBack, "Rolled back", /fix the release and run the blue-green workflow again/);
      expect(rolledBack.summary).toContain(`**Reason:** \`${reason}\``);

      const tornDown = await step("teardown", { ttl: "0s" });
      expect(tornDown.code, tornDown.stdout).toBe(0);
      expectFirstLines(tornDown, "Torn down", /deploy-standby puts it on green/);
      expect(tornDown.summary).toContain(`because: \`${reason}\``);
      if (router === "kubernetes")
        expect(tornDown.summary).toContain("It scaled Deployment shop/shop-green to 0 replicas and kept its replica count");

      const after = await step("status");
      expectFirstLines(after, "Live", /^\*\*Next:\*\* nothing to do\./);
      expect(after.summary).toMatch(/green was torn down `\S+Z` \(just now\)/);

      // Onto a color with no member (ALB: deregistered; Kubernetes: scaled to 0), force would send
      // all traffic to nothing: it is refused, and the next step is what would work. nginx's teardown
      // only marks its servers down, and its health gate probes the servers themselves.
      let refused: ActionRun | undefined;
      if (router !== "nginx") {
        refused = await step("rollback", { reason: "back to green", to: "green", force: "true" });
        expect(refused.code).toBe(1);
        expectFirstLines(refused, "Failed", /^\*\*Next:\*\* Run deploy-standby for green first/);
        const nextLine = refused.summary.split("\n").find((l) => l.startsWith("**Next:**")) ?? "";
        expect(nextLine).not.toMatch(/force/);
        if (router === "kubernetes") expect(nextLine).toContain("kubectl scale deployment/shop-green -n shop --replicas=2");
      }

      const redeployed = await step("deploy-standby", { version: "v2", ...box.redeploy });
      expect(redeployed.code, redeployed.stdout).toBe(0);
      box.setApps("green", { errorRate: 1 });
      const reverted = await step("switch", {
        "step-interval": "2s",
        "max-error-rate": "5%",
        ...probe,
      });
      expect(reverted.code).toBe(1);
      expectFirstLines(reverted, "Reverted", /fix the release and run the blue-green workflow again; blue serves production/);

      box.setApps("green", { errorRate: 0 });
      expect((await step("switch")).code).toBe(0);
      const soak = startAction(
        "soak-monitor",
        { ...box.inputs, ...WHERE, duration: "60s", window: "2s", ...probe },
        { ...box.env, ...RUNNER },
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      box.setApps("green", { errorRate: 1 });
      const soakRolledBack = await soak.result;
      expect(soakRolledBack.outputs.result, soakRolledBack.stdout).toBe("rolled-back");
      expectFirstLines(soakRolledBack, "Rolled back", /fix the release and run the blue-green workflow again/);

      // The router's note on how it moves traffic belongs where traffic moved, not where nothing was reloaded.
      if (router === "nginx") {
        expect(switched.summary).toContain("**Long-lived connections:**");
        for (const quiet of [status, deployed, soaked, tornDown, after])
          expect(quiet.summary).not.toContain("Long-lived connections");
      }
      runs.push(
        status,
        deployed,
        switched,
        soaked,
        rolledBack,
        tornDown,
        after,
        reverted,
        soakRolledBack,
        ...(refused ? [refused] : []),
      );
      expectOwnWords(runs, router);
    } finally {
      await box.stop();
    }
  });
});
