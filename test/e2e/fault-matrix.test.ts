// The fault matrix (issue 13): every write of switch, rollback, deploy-standby, teardown and
// purge-cdn, hit by throttling, an error, latency, or a runner-style cancel in the middle of it.
// Whatever happens, the router ends as it was before the step or as the step means to leave it,
// and the outputs name the color that real requests reach. Cases run concurrently, one sandbox
// world per lane, because each case owns its router.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelLikeRunner, RUNNER_SIGTERM_AFTER_MS } from "../sandbox/cancel.ts";
import { type ActionRun, startAction } from "../sandbox/run-action.ts";
import { type SandboxColor, startWorld, type World } from "../sandbox/world.ts";

type Mode = "throttle" | "error" | "latency" | "timeout" | "cancel";
const MODES: Mode[] = ["throttle", "error", "latency", "timeout", "cancel"];
/** Past the ELBv2 client's per-call timeout (10 s in src/routers/alb/elbv2.ts): the call is given up on and retried. */
const PAST_TIMEOUT_MS = 10_500;
const LANES = 6;
const ATTEMPTS = 3;

interface Write {
  action: string;
  /** Which resource's call the fault hits, from the world. */
  arn?: (w: World) => string;
  /** Let this many matching calls through first (teardown's mark is its first AddTags). */
  after?: number;
}

interface StepCase {
  step: string;
  /** The color live before the step, and the one it means to leave live. */
  from: SandboxColor;
  to: SandboxColor;
  writes: Write[];
  prepare(w: World): void;
  inputs(w: World): Record<string, string>;
  /** The faults this step's calls meet; all of MODES unless said. */
  modes?: Mode[];
  /** Modes after which the routes must be back where they started: the step put them back. */
  revertsOn?: Mode[];
  name?: string;
}

const RETIRED = "2026-01-01T00:00:00Z";

const STEPS: StepCase[] = [
  {
    step: "switch",
    from: "blue",
    to: "green",
    writes: [
      { action: "ModifyListener", arn: (w) => w.listener.arn },
      { action: "ModifyListener", arn: (w) => w.testListener.arn },
      { action: "ModifyRule" },
      { action: "AddTags" },
    ],
    prepare: () => undefined,
    inputs: (w) => w.inputs,
  },
  {
    step: "rollback",
    from: "green",
    to: "blue",
    writes: [
      { action: "ModifyListener", arn: (w) => w.listener.arn },
      { action: "ModifyListener", arn: (w) => w.testListener.arn },
      { action: "ModifyRule" },
      { action: "AddTags" },
      { action: "CreateInvalidation" },
    ],
    prepare: (w) => w.settleOn("green"),
    inputs: (w) => ({ ...w.inputs, reason: "fault matrix", "distribution-id": w.distributionId, timeout: "5s" }),
  },
  {
    step: "deploy-standby",
    from: "blue",
    to: "blue",
    writes: [{ action: "RegisterTargets" }, { action: "DeregisterTargets" }, { action: "AddTags" }, { action: "RemoveTags" }],
    prepare: (w) => w.elbv2.tags.set(w.green.arn, new Map([["cutover:retired-at", RETIRED]])),
    inputs: (w) => ({
      ...w.inputs,
      version: "v3",
      // The first blue app's address stands in for a new target of green; the old ones are replaced.
      "register-targets": `127.0.0.1:${w.apps.green[0]?.port}`,
      "replace-targets": "true",
      "health-timeout": "5s",
    }),
  },
  {
    step: "teardown",
    from: "green",
    to: "green",
    writes: [{ action: "AddTags" }, { action: "DeregisterTargets" }, { action: "AddTags", after: 1 }, { action: "RemoveTags" }],
    prepare: (w) => {
      w.settleOn("green");
      w.elbv2.tags.set(w.blue.arn, new Map([["cutover:retired-at", RETIRED]]));
    },
    inputs: (w) => ({ ...w.inputs, ttl: "0s", "drain-timeout": "10s" }),
  },
  {
    // One read between the steps of a stepped switch fails after all its attempts: the re-read
    // before step 2, the read-back's pool health, the ledger read before the next write.
    step: "switch",
    name: "stepped switch",
    from: "blue",
    to: "green",
    writes: [
      { action: "DescribeListeners", after: 2 },
      { action: "DescribeTargetHealth", after: 1 },
      { action: "DescribeTags", after: 1 },
    ],
    modes: ["error", "timeout"],
    revertsOn: ["error"],
    prepare: () => undefined,
    inputs: (w) => ({ ...w.inputs, strategy: "steps", steps: "50", "step-interval": "1s" }),
  },
  {
    step: "purge-cdn",
    from: "blue",
    to: "blue",
    writes: [{ action: "CreateInvalidation" }],
    prepare: () => undefined,
    inputs: (w) => ({ ...w.inputs, "distribution-id": w.distributionId, timeout: "5s" }),
  },
];

interface Case {
  name: string;
  step: StepCase;
  write: Write;
  mode: Mode;
}

const CASES: Case[] = STEPS.flatMap((step) =>
  step.writes.flatMap((write) =>
    (step.modes ?? MODES).map((mode) => ({
      name: `${step.name ?? step.step} × ${write.action}${write.after ? ` (call ${write.after + 1})` : ""}${write.arn ? " (one route)" : ""} × ${mode}`,
      step,
      write,
      mode,
    })),
  ),
);

interface Verdict {
  name: string;
  problems: string[];
  run?: ActionRun;
}

function routesOn(w: World): SandboxColor | "split" {
  const color = (arn: string) => {
    const weights = w.weightsOf(arn);
    return weights.green === 0 ? "blue" : weights.blue === 0 ? "green" : "split";
  };
  const production = [w.listener.arn, ...w.ruleArns].map(color);
  const test = color(w.testListener.arn);
  const on = production[0] ?? "split";
  const standby = on === "blue" ? "green" : "blue";
  return production.every((c) => c === on) && (test === standby || on === "split") ? on : "split";
}

async function served(w: World): Promise<string> {
  const answers = await Promise.all(
    Array.from({ length: 6 }, () =>
      fetch(`${w.urls.prod}/version`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.headers.get("x-app-version"),
        () => "no answer",
      ),
    ),
  );
  return [...new Set(answers)].join(",");
}

async function runCase(w: World, c: Case): Promise<Verdict> {
  await w.reset();
  c.step.prepare(w);
  const arn = c.write.arn?.(w);
  const fault =
    c.mode === "throttle"
      ? { mode: "throttle" as const, count: 2 }
      : c.mode === "error"
        ? // The write fails once, after all of its attempts; an outage that never ends is another story.
          { mode: "error" as const, count: ATTEMPTS }
        : c.mode === "timeout"
          ? { mode: "latency" as const, count: 1, latencyMs: PAST_TIMEOUT_MS }
          : { mode: "latency" as const, count: 1, latencyMs: c.mode === "cancel" ? 2_000 : 600 };
  w.aws.faults.push({ action: c.write.action, arn, after: c.write.after, ...fault });
  const { child, result } = startAction(c.step.step, { ...c.step.inputs(w), "max-attempts": String(ATTEMPTS) }, w.env);
  let cancel: ReturnType<typeof cancelLikeRunner> | undefined;
  if (c.mode === "cancel") {
    const hit = () =>
      w.aws.calls.filter((call) => call.action === c.write.action && (!arn || JSON.stringify(call.params).includes(arn))).length >
      (c.write.after ?? 0);
    while (!hit() && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    cancel = cancelLikeRunner(child);
  }
  const run = await result;
  const problems: string[] = [];
  if (cancel && !cancel.sent.includes("SIGINT")) problems.push("the step ended before the cancel: nothing was tested");
  if (cancel && (await cancel.exited) - cancel.at >= RUNNER_SIGTERM_AFTER_MS) problems.push("not out before SIGTERM");
  // A write ELBv2 accepted may show a moment later; the router must settle on before or after.
  const on = routesOn(w);
  if (on !== c.step.from && on !== c.step.to) problems.push(`routes ${on}, neither ${c.step.from} nor ${c.step.to}`);
  if (c.step.revertsOn?.includes(c.mode) && on !== c.step.from) problems.push(`routes ${on}, not put back on ${c.step.from}`);
  const expected = on === "blue" ? "v1" : "v2";
  // Traffic follows a route write a moment after Describe shows it: bounded wait, not a sleep.
  let version = await served(w);
  for (const deadline = Date.now() + 3_000; version !== expected && Date.now() < deadline; ) version = await served(w);
  if (version !== expected) problems.push(`traffic reaches ${version}, routes say ${on}`);
  // SIGINT kills steps that hold no routes; they leave no outputs, and nothing to undo.
  const killed = child.signalCode !== null;
  if (!killed && run.outputs["active-color"] !== on) problems.push(`active-color ${run.outputs["active-color"]}, routes ${on}`);
  if (!killed && run.outputs.shifting !== "false") problems.push(`shifting ${run.outputs.shifting}`);
  if (run.stdout.includes("unexpected error")) problems.push("reported as a bug");
  return { name: c.name, problems, run };
}

describe(`fault matrix: ${CASES.length} cases (${STEPS.length} steps: their writes × ${MODES.join(", ")}; a stepped switch's reads between steps)`, () => {
  let worlds: World[] = [];
  beforeAll(async () => {
    // Six worlds share this process's event loop: a slower clock keeps their health checks'
    // timeouts (5 s of AWS time) from being missed on a busy machine.
    worlds = await Promise.all(Array.from({ length: LANES }, () => startWorld({ rules: 1, timeScale: 0.06 })));
  });
  afterAll(() => Promise.all(worlds.map((w) => w.stop())));

  it("ends every case on the before or the after, with outputs that match the traffic", async () => {
    const only = process.env.MATRIX_ONLY;
    const queue = CASES.filter((c) => !only || c.name.includes(only));
    const verdicts: Verdict[] = [];
    await Promise.all(
      worlds.map(async (w) => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const t = Date.now();
          verdicts.push(await runCase(w, c));
          if (process.env.MATRIX_LOG) console.log(`${Date.now() - t} ms ${c.name}`);
        }
      }),
    );
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
  }, 600_000);
});
