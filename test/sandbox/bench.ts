// npm run bench [-- --report FILE] [--runs N]: figures measured on this machine, in one run.
// Machines here are shared and noisy, so every time is a median, and comparisons are ratios
// taken in the same run.
import { spawn } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LoadGenerator, lastNotFrom, summarize } from "./load.ts";
import { ROOT, runAction } from "./run-action.ts";
import { startWorld, type World } from "./world.ts";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 5);
const LOAD_RATE = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function bareNodeMs(): Promise<number> {
  const started = performance.now();
  await new Promise((resolve) => spawn(process.execPath, ["-e", ""], { stdio: "ignore" }).on("close", resolve));
  return performance.now() - started;
}

interface StepFigures {
  step: string;
  medianMs: number;
  ratioToBareNode: number;
  awsCalls: number;
  awsWrites: number;
  /** For steps that move traffic: the calls made before the first route write. */
  callsBeforeTrafficMoves?: number;
}

/** Runs `step` RUNS times; `inputs(i)` lets a step alternate so that every run really moves traffic. */
async function measure(
  world: World,
  step: string,
  inputs: (i: number) => Record<string, string>,
  bare: number,
): Promise<StepFigures> {
  const times: number[] = [];
  let calls = world.aws.calls;
  for (let i = 0; i < RUNS; i++) {
    world.aws.calls.length = 0;
    const run = await runAction(step, { ...world.inputs, ...inputs(i) }, world.env);
    if (run.code !== 0) throw new Error(`${step} failed during the bench:\n${run.stdout}`);
    times.push(run.ms);
    calls = [...world.aws.calls];
  }
  const firstWrite = calls.findIndex((c) => c.action === "ModifyListener" || c.action === "ModifyRule");
  const ms = median(times);
  return {
    step,
    medianMs: Math.round(ms),
    ratioToBareNode: Number((ms / bare).toFixed(1)),
    awsCalls: calls.length,
    awsWrites: calls.filter((c) => c.write).length,
    ...(firstWrite >= 0 ? { callsBeforeTrafficMoves: firstWrite } : {}),
  };
}

interface UnderLoad {
  step: string;
  ratePerSecond: number;
  requests: number;
  failedRequests: number;
  /** From the step's start until every request is answered by the color it moved traffic to. */
  msUntilAllOnNewColor: number;
}

/** Runs one traffic-moving step while the load generator sends LOAD_RATE requests/s. */
async function underLoad(world: World, step: string, inputs: Record<string, string>, newVersion: string): Promise<UnderLoad> {
  const load = new LoadGenerator(`${world.urls.prod}/version`, LOAD_RATE).start();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const startedAt = Date.now();
  const run = await runAction(step, { ...world.inputs, ...inputs }, world.env);
  if (run.code !== 0) throw new Error(`${step} failed during the bench:\n${run.stdout}`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const records = await load.stop();
  const figures = summarize(records);
  return {
    step,
    ratePerSecond: LOAD_RATE,
    requests: figures.requests,
    failedRequests: figures.failedRequests,
    msUntilAllOnNewColor: lastNotFrom(records, newVersion, startedAt) - startedAt,
  };
}

/** AWS calls of one switch per strategy, from a fresh world state each time. */
async function callsPerStrategy(world: World): Promise<{ strategy: string; awsCalls: number; awsWrites: number }[]> {
  const strategies: [string, Record<string, string>][] = [
    ["all-at-once", {}],
    ["linear 25%", { strategy: "linear", "linear-percent": "25", "step-interval": "300ms" }],
    ["steps 10,50,100", { strategy: "steps", steps: "10,50,100", "step-interval": "300ms" }],
  ];
  const figures = [];
  for (const [strategy, inputs] of strategies) {
    await world.reset();
    const run = await runAction("switch", { ...world.inputs, ...inputs }, world.env);
    if (run.code !== 0) throw new Error(`switch (${strategy}) failed during the bench:\n${run.stdout}`);
    figures.push({ strategy, awsCalls: world.aws.calls.length, awsWrites: world.aws.calls.filter((c) => c.write).length });
  }
  return figures;
}

function distSize(): { totalBytes: number; sharedBundleBytes: number; files: number } {
  const dir = path.join(ROOT, "dist");
  const files = readdirSync(dir);
  return {
    totalBytes: files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0),
    sharedBundleBytes: statSync(path.join(dir, "index.js")).size,
    files: files.length,
  };
}

const world = await startWorld({ rules: 2 });
// Every figure below is from this one world, in this one run.
try {
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) bareTimes.push(await bareNodeMs());
  const bare = median(bareTimes);
  const colors = (i: number) => (i % 2 === 0 ? "green" : "blue");
  const steps = [
    await measure(world, "status", () => ({}), bare),
    await measure(world, "switch", (i) => ({ to: colors(i) }), bare),
    await measure(world, "rollback", (i) => ({ to: colors(i), reason: "bench" }), bare),
  ];
  await world.reset();
  const loaded = [
    await underLoad(world, "switch", { "expected-active-color": "blue" }, "v2"),
    await underLoad(world, "rollback", { reason: "bench", "expected-active-color": "green" }, "v1"),
  ];
  const strategies = await callsPerStrategy(world);
  const report = {
    runs: RUNS,
    strategies,
    bareNodeMs: Math.round(bare),
    steps,
    underLoad: loaded,
    rollbackFromFaultOnsetMs: "not measured yet: needs soak-monitor",
    dist: distSize(),
  };

  console.log(`Medians over ${RUNS} runs; bare \`node -e ""\`: ${report.bareNodeMs} ms`);
  console.log("step       median ms   × bare node   AWS calls   writes   calls before traffic moves");
  for (const s of steps) {
    console.log(
      `${s.step.padEnd(10)} ${String(s.medianMs).padStart(9)}   ${String(s.ratioToBareNode).padStart(11)}   ${String(s.awsCalls).padStart(9)}   ${String(s.awsWrites).padStart(6)}   ${s.callsBeforeTrafficMoves ?? "—"}`,
    );
  }
  console.log(`\nUnder load (${LOAD_RATE} requests/s on the production listener):`);
  for (const l of loaded) {
    console.log(
      `${l.step.padEnd(10)} ${l.requests} requests, ${l.failedRequests} failed, all on the new color ${l.msUntilAllOnNewColor} ms after the step started`,
    );
  }
  console.log(`rollback from fault onset: ${report.rollbackFromFaultOnsetMs}`);
  console.log("\nAWS calls of one switch, by strategy (listener + 2 rules + test listener):");
  for (const s of strategies) console.log(`${s.strategy.padEnd(16)} ${s.awsCalls} calls, ${s.awsWrites} writes`);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  console.log(
    `dist: ${mb(report.dist.totalBytes)} in ${report.dist.files} files (shared bundle ${mb(report.dist.sharedBundleBytes)})`,
  );
  const out = arg("--report");
  if (out) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await world.stop();
}
