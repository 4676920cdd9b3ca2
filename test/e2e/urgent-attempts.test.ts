// A cancel's put-back on every router: each of the engine's attempts is one call at the router.
// The routers' urgent calls make one bounded attempt (ALB's urgent client, the Kubernetes calls,
// nginx-exec), and the engine alone tries again with its short backoff until the runner's grace
// ends: a layer under it that retried too would hide failures from its log and stretch each attempt.
// The cases run one after another: a cancel's grace is wall-clock time.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { blockWeights } from "../../src/routers/nginx/weights.ts";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS, untilLogged } from "../sandbox/cancel.ts";
import { startCluster } from "../sandbox/kubernetes/cluster.ts";
import { ROUTERS } from "../sandbox/kubernetes/routers.ts";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { ExecFaults } from "../sandbox/nginx/exec-faults.ts";
import { nginxOrSkip, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { startNginxWorld } from "../sandbox/nginx/world.ts";
import { type ActionRun, startAction } from "../sandbox/run-action.ts";
import { startWorld } from "../sandbox/world.ts";

/** How many of the put-back's first calls at the router fail. */
const FAILURES = 2;

/** The engine's own count: one line per failed attempt of a put-back write. */
function engineFailures(stdout: string): number {
  return stdout.split("\n").filter((l) => /^Put back .*: attempt \d+ failed \(/.test(l)).length;
}

/**
 * A switch whose gates watch green for 30 s; once they do, `inject` makes the router's next calls
 * fail, and the runner cancels: the put-back meets the failures.
 */
async function cancelledSwitch(
  inputs: Record<string, string>,
  prod: string,
  inject: () => void,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const load = new LoadGenerator(prod, 20, {}, { retryClosedConnections: true }).start();
  const { child, result } = startAction("switch", { ...inputs, "probe-url": prod, "step-interval": "30s" }, env);
  await untilLogged(child, /Gates watch green/);
  inject();
  const cancel = cancelLikeRunner(child);
  const run = await result;
  expect((await cancel.exited) - cancel.at, run.stdout).toBeLessThan(RUNNER_SIGTERM_AFTER_MS);
  expect(run.stdout).toMatch(/::error::The run was cancelled.*Every route was put back/);
  expect((await load.stop()).filter(isFailure)).toEqual([]);
  return run;
}

describe("a cancel's put-back: one call at the router per engine attempt", () => {
  it("alb", async () => {
    const world = await startWorld({ timeScale: 0.05 });
    try {
      const writes = () =>
        world.aws.calls.filter((c) => c.action === "ModifyListener" && JSON.stringify(c.params).includes(world.listener.arn));
      let before = 0;
      const run = await cancelledSwitch(
        world.inputs,
        `${world.urls.prod}/version`,
        () => {
          before = writes().length;
          world.aws.faults.push({ action: "ModifyListener", arn: world.listener.arn, mode: "error", count: FAILURES });
        },
        world.env,
      );
      const putBack = writes().slice(before);
      expect(putBack.filter((c) => c.error)).toHaveLength(FAILURES);
      expect(engineFailures(run.stdout), run.stdout).toBe(FAILURES);
      expect(putBack).toHaveLength(FAILURES + 1);
      expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    } finally {
      await world.stop();
    }
  }, 60_000);

  it.skipIf(nginxOrSkip().skip)(
    "nginx (nginx-exec)",
    async () => {
      const world = await startNginxWorld();
      const faults = new ExecFaults(world.proxy.dir);
      try {
        const inputs = { ...world.inputs, "nginx-exec": faults.prefix };
        const run = await cancelledSwitch(inputs, `${world.urls.prod}/version`, () => faults.drop(FAILURES));
        expect(readFileSync(path.join(faults.dir, "drops"), "utf8").trim(), "every dropped connection was met").toBe("0");
        // The upstreams share one file, so one read serves the attempts of every route waiting on it:
        // a dropped connection fails each of them, and none lands later than the attempt after the drops.
        expect(engineFailures(run.stdout), run.stdout).toBeGreaterThanOrEqual(FAILURES);
        const landed = [...run.stdout.matchAll(/^Put back .* landed on attempt (\d+)\.$/gm)].map((m) => Number(m[1]));
        expect(landed.length).toBeGreaterThan(0);
        expect(Math.max(...landed)).toBeLessThanOrEqual(FAILURES + 1);
        const block = parseManagedFile(world.proxy.readFile(), world.proxy.file).upstreams.find((u) => u.name === UPSTREAM);
        expect(block && blockWeights(block).green).toBe(0);
      } finally {
        await world.stop();
      }
    },
    60_000,
  );

  for (const r of ROUTERS) {
    it(r.router, async () => {
      const cluster = await startCluster();
      const dir = mkdtempSync(path.join(tmpdir(), "cutover-urgent-"));
      try {
        const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
        const inputs = { router: r.router, namespace: "shop", kubeconfig, ...r.inputs };
        const patches = () =>
          cluster.api.calls.filter((c) => c.verb === "patch" && c.resource === r.resource && c.name === "shop");
        let before = 0;
        const run = await cancelledSwitch(inputs, `${r.prod(cluster)}/version`, () => {
          before = patches().length;
          cluster.api.faults.push({ verb: "patch", resource: r.resource, name: "shop", mode: "error", count: FAILURES });
        });
        const putBack = patches().slice(before);
        expect(putBack.filter((c) => c.status === 500)).toHaveLength(FAILURES);
        expect(engineFailures(run.stdout), run.stdout).toBe(FAILURES);
        expect(putBack).toHaveLength(FAILURES + 1);
        expect(r.on(cluster, "shop")).toBe("blue");
      } finally {
        await cluster.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
