// The fault matrix on the Kubernetes routers (issue 25): every write of switch, rollback,
// deploy-standby and teardown on kubernetes, gateway-api and istio, hit by a 500 that outlasts
// max-attempts, a 429, latency past the per-call timeout, or a runner-style cancel in the middle of
// it; and per step, one read that fails for good once the step has written. Whatever happens, the
// routes end as they were before the step or as the step means to leave them, and the outputs name
// the color that real requests reach. Each case runs on a cluster of its own; a few at a time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS } from "../sandbox/cancel.ts";
import type { ApiFault } from "../sandbox/kubernetes/api.ts";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { type KubeRouter, ROUTERS, type RouteColor, untilServed, versionOf } from "../sandbox/kubernetes/routers.ts";
import type { Any } from "../sandbox/kubernetes/store.ts";
import { type ActionRun, startAction } from "../sandbox/run-action.ts";
import type { SandboxColor } from "../sandbox/world.ts";

type Mode = "error" | "throttle" | "latency" | "cancel";
const MODES: Mode[] = ["error", "throttle", "latency", "cancel"];
const LANES = 4;
const ATTEMPTS = 3;
/** verify-timeout 12s: each attempt of an API call may take 3 s (a quarter of it). */
const VERIFY_TIMEOUT = "12s";
const PAST_TIMEOUT_MS = 3_400;
/** A write that hangs this long is cancelled 300 ms into it. */
const CANCEL_LATENCY_MS = 1_500;
const RETIRED = "2026-01-01T00:00:00Z";

interface Write {
  what: string;
  /** The API resource and object the fault hits; `route` is the router's route resource. */
  resource: "route" | "deployments";
  name?: string;
  after?: number;
}

interface StepCase {
  step: string;
  from: SandboxColor;
  to: SandboxColor;
  writes: Write[];
  prepare(cluster: Cluster, r: KubeRouter): Promise<void>;
  inputs: Record<string, string>;
}

const ROUTE_WRITES: Write[] = [
  { what: "production route", resource: "route", name: "shop" },
  { what: "test route", resource: "route", name: "shop-preview" },
  { what: "ledger", resource: "deployments" },
];

const STEPS: StepCase[] = [
  { step: "switch", from: "blue", to: "green", writes: ROUTE_WRITES, prepare: async () => undefined, inputs: {} },
  {
    step: "rollback",
    from: "green",
    to: "blue",
    writes: ROUTE_WRITES,
    prepare: (cluster, r) => settleOn(cluster, r, "green"),
    inputs: { reason: "fault matrix" },
  },
  {
    step: "deploy-standby",
    from: "blue",
    to: "blue",
    writes: [
      { what: "image", resource: "deployments", name: "shop-green" },
      { what: "ledger", resource: "deployments", name: "shop-green", after: 1 },
    ],
    prepare: async () => undefined,
    inputs: { version: "v3", image: "sandbox/shop:v3", "health-timeout": "20s" },
  },
  {
    step: "teardown",
    from: "green",
    to: "green",
    writes: [
      { what: "teardown mark", resource: "deployments", name: "shop-blue" },
      { what: "scale to 0", resource: "deployments", name: "shop-blue", after: 2 },
      { what: "torn-down tag", resource: "deployments", name: "shop-blue", after: 3 },
    ],
    prepare: async (cluster, r) => {
      await settleOn(cluster, r, "green");
      annotate(cluster, "shop-blue", { "cutover/retired-at": RETIRED });
    },
    inputs: { ttl: "0s", "drain-timeout": "20s" },
  },
];

interface Case {
  name: string;
  router: KubeRouter;
  step: StepCase;
  write?: Write;
  mode: Mode | "read";
}

const CASES: Case[] = ROUTERS.flatMap((router) =>
  STEPS.flatMap((step) => [
    ...step.writes.flatMap((write) =>
      MODES.map((mode) => ({ name: `${router.router} ${step.step} × ${write.what} × ${mode}`, router, step, write, mode })),
    ),
    { name: `${router.router} ${step.step} × one failed read after its first write`, router, step, mode: "read" as const },
  ]),
);

function annotate(cluster: Cluster, deployment: string, annotations: Record<string, string>): void {
  const d = cluster.store.get("deployments", "shop", deployment) as NonNullable<ReturnType<typeof cluster.store.get>>;
  d.metadata.annotations = { ...d.metadata.annotations, ...annotations };
  cluster.store.update("deployments", d);
}

/** Production on `color` and the test route on the other, as a finished switch leaves them. */
async function settleOn(cluster: Cluster, r: KubeRouter, color: SandboxColor): Promise<void> {
  const other = color === "blue" ? "green" : "blue";
  for (const [name, on] of [
    ["shop", color],
    ["shop-preview", other],
  ] as const) {
    const o = cluster.store.get(r.resource, "shop", name) as NonNullable<ReturnType<typeof cluster.store.get>>;
    const spec = o.spec as Any;
    if (r.router === "kubernetes") spec.selector.version = on;
    for (const b of r.router === "gateway-api" ? spec.rules[0].backendRefs : r.router === "istio" ? spec.http[0].route : [])
      b.weight = String(b.name ?? b.destination.subset).endsWith(on) ? 100 : 0;
    cluster.store.update(r.resource, o);
  }
  if ((await untilServed(r.prod(cluster), versionOf(color))) !== versionOf(color)) throw new Error(`not settled on ${color}`);
}

function faultFor(c: Case): ApiFault | undefined {
  const w = c.write;
  if (!w) return undefined;
  const resource = w.resource === "route" ? c.router.resource : w.resource;
  const mode =
    c.mode === "error"
      ? // Fails on every attempt: the write fails for good.
        { mode: "error" as const, count: ATTEMPTS }
      : c.mode === "throttle"
        ? { mode: "throttle" as const, count: 2 }
        : { mode: "latency" as const, count: 1, latencyMs: c.mode === "cancel" ? CANCEL_LATENCY_MS : PAST_TIMEOUT_MS };
  return { verb: "patch", resource, ...(w.name ? { name: w.name } : {}), ...(w.after ? { after: w.after } : {}), ...mode };
}

interface Verdict {
  name: string;
  problems: string[];
  run?: ActionRun;
}

function routesOn(cluster: Cluster, r: KubeRouter): RouteColor {
  const on = r.on(cluster, "shop");
  const test = r.on(cluster, "shop-preview");
  return on !== "split" && test !== "split" && test !== on ? on : "split";
}

async function untilGone(cluster: Cluster, fault: ApiFault, child: { exitCode: number | null }): Promise<boolean> {
  while (cluster.api.faults.includes(fault)) {
    if (child.exitCode !== null) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

async function runCase(c: Case): Promise<Verdict> {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-matrix-"));
  try {
    const r = c.router;
    await c.step.prepare(cluster, r);
    const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
    const inputs = {
      router: r.router,
      namespace: "shop",
      kubeconfig,
      ...r.inputs,
      ...c.step.inputs,
      "verify-timeout": VERIFY_TIMEOUT,
      "max-attempts": String(ATTEMPTS),
    };
    const fault = faultFor(c);
    if (fault) cluster.api.faults.push(fault);
    const writesBefore = cluster.api.writes().length;
    const { child, result } = startAction(c.step.step, inputs);
    let cancel: ReturnType<typeof cancelLikeRunner> | undefined;
    let hungUntil = 0;
    if (c.mode === "cancel" && fault && (await untilGone(cluster, fault, child))) {
      hungUntil = Date.now() + CANCEL_LATENCY_MS;
      await new Promise((resolve) => setTimeout(resolve, 300));
      cancel = cancelLikeRunner(child);
    }
    if (c.mode === "read") {
      // Once the step has written anything, the next read fails on every attempt.
      while (cluster.api.writes().length === writesBefore && child.exitCode === null)
        await new Promise((resolve) => setTimeout(resolve, 10));
      cluster.api.faults.push({ verb: "get", resource: "*", mode: "error", count: ATTEMPTS });
    }
    const run = await result;
    // A write cut off by the cancel still lands when its latency is over: judge after that.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, hungUntil + 200 - Date.now())));
    return { name: c.name, problems: await judge(cluster, c, run, child, cancel), run };
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function judge(
  cluster: Cluster,
  c: Case,
  run: ActionRun,
  child: { signalCode: NodeJS.Signals | null },
  cancel: ReturnType<typeof cancelLikeRunner> | undefined,
): Promise<string[]> {
  const problems: string[] = [];
  if (c.mode === "cancel" && !cancel) problems.push("the step ended before the cancel: nothing was tested");
  if (cancel && (await cancel.exited) - cancel.at >= RUNNER_SIGTERM_AFTER_MS) problems.push("not out before SIGTERM");
  const on = routesOn(cluster, c.router);
  if (on !== c.step.from && on !== c.step.to) problems.push(`routes ${on}, neither ${c.step.from} nor ${c.step.to}`);
  if (on !== "split") {
    const served = await untilServed(c.router.prod(cluster), versionOf(on));
    if (served !== versionOf(on)) problems.push(`traffic reaches ${served}, routes say ${on}`);
  }
  // SIGINT kills steps that hold no routes; they leave no outputs, and nothing to undo.
  const killed = child.signalCode !== null;
  if (!killed && run.outputs["active-color"] !== on) problems.push(`active-color ${run.outputs["active-color"]}, routes ${on}`);
  if (!killed && run.outputs.shifting !== "false") problems.push(`shifting ${run.outputs.shifting}`);
  if (run.stdout.includes("unexpected error")) problems.push("reported as a bug");
  return problems;
}

describe(`Kubernetes fault matrix: ${CASES.length} cases (${ROUTERS.length} routers × ${STEPS.length} steps; each write × ${MODES.join(", ")}, and a failed read per step)`, () => {
  it("ends every case on the before or the after, with outputs that match the traffic", async () => {
    const only = process.env.MATRIX_ONLY;
    const queue = CASES.filter((c) => !only || c.name.includes(only));
    const verdicts: Verdict[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const t = Date.now();
          verdicts.push(await runCase(c));
          if (process.env.MATRIX_LOG) console.log(`${Date.now() - t} ms ${c.name}`);
        }
      }),
    );
    if (process.env.MATRIX_LOG) console.log(`${verdicts.length} cases in ${Date.now() - started} ms`);
    const failed = verdicts.filter((v) => v.problems.length);
    expect(
      failed.map(
        (v) =>
          `${v.name}: ${v.problems.join("; ")}\n${v.run?.stdout
            .split("\n")
            .filter((l) => l.startsWith("::"))
            .join("\n")}`,
      ),
    ).toEqual([]);
    expect(verdicts).toHaveLength(only ? verdicts.length : CASES.length);
  }, 900_000);
});
