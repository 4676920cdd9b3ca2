// npm run bench [-- --report FILE] [--runs N]: figures measured on this machine, in one run.
// Machines here are shared and noisy, so every time is a median, and comparisons are ratios
// taken in the same run.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { percentile } from "../../src/probe/stats.ts";
import type { Fault } from "./aws/server.ts";
import { LoadGenerator, lastNotFrom, median, summarize } from "./load.ts";
import { nginxFlip } from "./nginx/bench.ts";
import { describeDetection, prometheusDetection } from "./prometheus/bench.ts";
import { route53Flip } from "./route53/bench.ts";
import { githubFiles, ROOT, runAction, startAction, stepEnv } from "./run-action.ts";
import { defaultSoak, faultAt, HEALTHY, P95_OVER_MEDIAN, seeded, simulateSoak, stream } from "./soak-sim.ts";
import { startWorld, type World } from "./world.ts";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 5);
const LOAD_RATE = 200;

async function bareNodeMs(): Promise<number> {
  const started = performance.now();
  await new Promise((resolve) => spawn(process.execPath, ["-e", ""], { stdio: "ignore" }).on("close", resolve));
  return performance.now() - started;
}

/** CPU time (user + system) of one process, as the kernel counts it and bash's `time` reports it. */
function cpuMs(args: string[], env: Record<string, string> = {}): Promise<number> {
  const script = 'TIMEFORMAT="%3U %3S"; time "$@" >/dev/null 2>&1';
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script, "cpu", ...args], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d));
    child.on("close", () => {
      const [user, system] = err.trim().split(/\s+/).slice(-2).map(Number);
      if (user === undefined || system === undefined || Number.isNaN(user + system)) reject(new Error(`no CPU time in ${err}`));
      else resolve((user + system) * 1000);
    });
  });
}

/**
 * Start-up, in CPU time (the machine is shared, and CPU time is what the process itself spent):
 * a step that loads and rejects a bad input, and a status round trip on the sandbox, each
 * against a bare `node -e ""` in the same rounds.
 */
async function startUp(world: World) {
  const bad = stepEnv({}, { ...world.inputs, "listener-arn": "not-an-arn" });
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-bench-status-"));
  const status = stepEnv(githubFiles(dir), world.inputs, world.env);
  // A step in a job, with RUNNER_TEMP: the compile cache of the job's earlier steps (one run warms it).
  const inJob = { ...status, RUNNER_TEMP: dir };
  await cpuMs([process.execPath, path.join(ROOT, "dist/status.js")], inJob);
  // The bad input as a job's first step: a fresh RUNNER_TEMP each time, so the cache is written, not read.
  const firstStep = () => ({ ...bad, RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), "cutover-bench-temp-")) });
  const bare: number[] = [];
  const reject: number[] = [];
  const roundTrip: number[] = [];
  const cachedRoundTrip: number[] = [];
  for (let i = 0; i < RUNS * 2; i++) {
    bare.push(await cpuMs([process.execPath, "-e", ""]));
    reject.push(await cpuMs([process.execPath, path.join(ROOT, "dist/switch.js")], firstStep()));
    roundTrip.push(await cpuMs([process.execPath, path.join(ROOT, "dist/status.js")], status));
    cachedRoundTrip.push(await cpuMs([process.execPath, path.join(ROOT, "dist/status.js")], inJob));
  }
  const base = median(bare);
  // Each round's own ratio to the bare node measured beside it: the machine's speed drifts
  // between rounds, and a ratio within one round does not see the drift.
  const ratio = (values: number[]) => Number(median(values.map((v, i) => v / (bare[i] ?? Number.NaN))).toFixed(2));
  return {
    runs: RUNS * 2,
    bareNodeCpuMs: Math.round(base),
    rejectBadInputCpuMs: Math.round(median(reject)),
    rejectBadInputRatio: ratio(reject),
    statusRoundTripCpuMs: Math.round(median(roundTrip)),
    statusRoundTripRatio: ratio(roundTrip),
    /** As a later step of a job, reading the compile cache its earlier steps wrote. */
    statusRoundTripInJobRatio: ratio(cachedRoundTrip),
  };
}

const SIM_SOAKS = 1000;
const SIM_ONSET_MS = 60_000;
/** Alarm-based rollback (CodeDeploy, ECS) waits for at least one 60 s metric period, then the alarm's evaluation. */
const ALARM_ANCHOR_MS = 60_000;

/**
 * The soak's probe judge on a virtual clock with soak-monitor's default inputs: healthy ten-minute
 * soaks for false rollbacks, and faulty ones for the delay from the fault's onset to the decision.
 */
function soakJudge() {
  const started = performance.now();
  const config = defaultSoak(10 * 60_000);
  let falseRollbacks = 0;
  let probes = 0;
  for (let seed = 1; seed <= SIM_SOAKS; seed++) {
    const soak = simulateSoak(config, stream(seeded(seed), HEALTHY));
    if (soak.breachAt !== undefined) falseRollbacks += 1;
    probes += soak.probes;
  }
  const faults = [
    ["5% errors", { ...HEALTHY, errorRate: 0.05 }],
    ["50% errors", { ...HEALTHY, errorRate: 0.5 }],
    ["p95 latency 2× max-p95-latency", { ...HEALTHY, medianMs: (2 * config.maxP95Ms) / P95_OVER_MEDIAN, spikes: 0 }],
  ] as const;
  const detection = faults.map(([fault, bad]) => {
    const delays: number[] = [];
    let early = 0;
    for (let seed = 1; seed <= SIM_SOAKS; seed++) {
      const rng = seeded(1_000_000 + seed);
      const onset = SIM_ONSET_MS + rng() * 1_000;
      const { breachAt } = simulateSoak(config, faultAt(onset, stream(rng, HEALTHY), stream(rng, bad)));
      if (breachAt !== undefined && breachAt < onset) early += 1;
      else delays.push(breachAt === undefined ? Number.POSITIVE_INFINITY : breachAt - onset);
    }
    const sorted = delays.sort((a, b) => a - b);
    return {
      fault,
      medianMs: Math.round(median(sorted)),
      p95Ms: Math.round(percentile(sorted, 95)),
      rolledBackBeforeOnset: early,
      missed: sorted.filter((d) => d === Number.POSITIVE_INFINITY).length,
    };
  });
  return {
    soaks: SIM_SOAKS,
    soakMinutes: config.durationMs / 60_000,
    healthy: "0.5% errors, log-normal latency around 40 ms with 1% spikes eight times slower",
    falseRollbacks,
    healthyProbesPerSecond: Number((probes / SIM_SOAKS / (config.durationMs / 1000)).toFixed(1)),
    detection,
    alarmAnchorMs: ALARM_ANCHOR_MS,
    simulationMs: Math.round(performance.now() - started),
  };
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

const READS: Record<string, string> = {
  DescribeListeners: "routes",
  DescribeRules: "routes",
  DescribeTags: "ledger",
  DescribeTargetHealth: "health",
};
const READ_LATENCY_MS = 150;

/**
 * The reads a switch's first write waits for in turn, each with what went out alongside it. Every
 * read is slowed to READ_LATENCY_MS, so that reads sent together overlap plainly: a read waited for
 * an earlier one only if it reached the sandbox after that one was answered.
 */
async function readsInTurn(world: World): Promise<{ rounds: string[][]; calls: number }> {
  const faults: Fault[] = Object.keys(READS).map((action) => ({
    action,
    mode: "latency",
    count: 100,
    latencyMs: READ_LATENCY_MS,
  }));
  world.aws.faults.push(...faults);
  world.aws.calls.length = 0;
  world.settleOn("blue");
  try {
    const run = await runAction("switch", { ...world.inputs, to: "green" }, world.env);
    if (run.code !== 0) throw new Error(`switch failed during the bench:\n${run.stdout}`);
  } finally {
    world.aws.faults.splice(0, world.aws.faults.length, ...world.aws.faults.filter((f) => !faults.includes(f)));
    world.settleOn("blue");
  }
  const calls = world.aws.calls;
  const firstWrite = calls.findIndex((c) => c.write);
  if (firstWrite < 0) throw new Error("the switch measured for reads in turn wrote nothing");
  const reads = calls.slice(0, firstWrite);
  const round: number[] = [];
  const rounds: string[][] = [];
  reads.forEach((call, i) => {
    const waitedFor = reads.slice(0, i).map((earlier, j) => ((earlier.answeredAt ?? Infinity) <= call.at ? (round[j] ?? 0) : -1));
    const own = Math.max(-1, ...waitedFor) + 1;
    round[i] = own;
    const kinds = rounds[own] ?? [];
    rounds[own] = kinds;
    const kind = READS[call.action] ?? call.action;
    if (!kinds.includes(kind)) kinds.push(kind);
  });
  return { rounds, calls: reads.length };
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
    ...(firstWrite >= 0
      ? {
          callsBeforeTrafficMoves: firstWrite,
        }
      : {}),
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

const WARM_PATHS = 1000;
const WARM_SECONDS = 3;
const WARM_CONCURRENCY = 16;
const WARM_RUNS = 5;
const SOAK_RUNS = 3;

/** warm-caches and autocannon, the same number of requests to the same target at the same concurrency. */
async function warmThroughput(world: World) {
  await world.reset();
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cutover-bench-")), "paths.txt");
  writeFileSync(file, Array.from({ length: WARM_PATHS }, (_, i) => `/version?i=${i}`).join("\n"));
  const warm: number[] = [];
  const cannon: number[] = [];
  // The sandbox's own JIT takes a few seconds of this rate to settle, and whichever client ran
  // first met it cold: one uncounted round of each warms it, then the order alternates (ABBA)
  // so that neither side always goes first. On this shared 2-core machine both clients' runs
  // fall into a fast and a slow mode (up to 2x apart, at random), so each client is measured by
  // its best run, the one least disturbed, as timeit takes the fastest; every run is printed.
  await autocannonRps(world);
  await warmCachesRps(world, file);
  for (let i = 0; i < WARM_RUNS; i++) {
    if (i % 2 === 0) warm.push(await warmCachesRps(world, file));
    cannon.push(await autocannonRps(world));
    if (i % 2 === 1) warm.push(await warmCachesRps(world, file));
  }
  const [bestWarm, bestCannon] = [Math.round(Math.max(...warm)), Math.round(Math.max(...cannon))];
  return {
    warmCachesRps: bestWarm,
    autocannonRps: bestCannon,
    ratio: Number((bestWarm / bestCannon).toFixed(2)),
    warmCachesRuns: warm.map(Math.round),
    autocannonRuns: cannon.map(Math.round),
    seconds: WARM_SECONDS,
    concurrency: WARM_CONCURRENCY,
    runs: WARM_RUNS,
  };
}

async function warmCachesRps(world: World, pathsFile: string): Promise<number> {
  const inputs = {
    ...world.inputs,
    url: world.urls.test,
    "paths-file": pathsFile,
    concurrency: String(WARM_CONCURRENCY),
    duration: `${WARM_SECONDS}s`,
  };
  const run = await runAction("warm-caches", inputs, world.env);
  if (run.code !== 0) throw new Error(`warm-caches failed during the bench:\n${run.stdout}`);
  return Number(run.outputs["requests-per-second"]);
}

/**
 * autocannon in its own process, as warm-caches is, so neither shares the sandbox's event loop.
 * Run for a duration: with a request count, autocannon's clock ticks in whole seconds.
 */
function autocannonRps(world: World): Promise<number> {
  const cli = path.join(ROOT, "node_modules/autocannon/autocannon.js");
  const args = [cli, "-j", "-c", String(WARM_CONCURRENCY), "-d", String(WARM_SECONDS), `${world.urls.test}/version`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(out) as { duration: number; requests: { total: number } };
      resolve(result.requests.total / result.duration);
    });
  });
}

/** switch then purge-cdn: the AWS calls of the purge, and the time from the flip until the edge serves green. */
async function purgeFigures(
  world: World,
): Promise<{ awsCallsPerPurge: number; msFromFlipToEdge: number; invalidationMs: number }> {
  await world.reset();
  await fetch(`${world.urls.cdn}/`).then((r) => r.text());
  const started = Date.now();
  if ((await runAction("switch", world.inputs, world.env)).code !== 0) throw new Error("switch failed during the bench");
  world.aws.calls.length = 0;
  const run = await runAction("purge-cdn", { ...world.inputs, "distribution-id": world.distributionId }, world.env);
  if (run.code !== 0) throw new Error(`purge-cdn failed during the bench:\n${run.stdout}`);
  const awsCallsPerPurge = world.aws.calls.length;
  for (;;) {
    const res = await fetch(`${world.urls.cdn}/`);
    await res.text();
    if (res.headers.get("x-app-version") === "v2") break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { awsCallsPerPurge, msFromFlipToEdge: Date.now() - started, invalidationMs: world.options.invalidationMs };
}

/** AWS calls of one deploy-standby and one teardown (after a switch, ttl 0s). */
async function lifecycleCalls(world: World): Promise<{ step: string; awsCalls: number; awsWrites: number }[]> {
  await world.reset();
  const counted = async (step: string, inputs: Record<string, string>) => {
    world.aws.calls.length = 0;
    const run = await runAction(step, { ...world.inputs, ...inputs }, world.env);
    if (run.code !== 0) throw new Error(`${step} failed during the bench:\n${run.stdout}`);
    return { step, awsCalls: world.aws.calls.length, awsWrites: world.aws.calls.filter((c) => c.write).length };
  };
  const deploy = await counted("deploy-standby", { version: "v2" });
  await counted("switch", {});
  return [deploy, await counted("teardown", { ttl: "0s" })];
}

/** soak-monitor with its defaults: from the fault's onset until every request is answered by blue again. */
async function soakRollback(world: World): Promise<{ medianMs: number; runsMs: number[]; awsCallsPerSoakMinute: number }> {
  const runsMs: number[] = [];
  for (let i = 0; i < SOAK_RUNS; i++) {
    await world.reset();
    if ((await runAction("switch", world.inputs, world.env)).code !== 0) throw new Error("switch failed during the bench");
    const load = new LoadGenerator(`${world.urls.prod}/version`, LOAD_RATE).start();
    const { result } = startAction(
      "soak-monitor",
      { ...world.inputs, "probe-url": `${world.urls.prod}/version`, duration: "60s" },
      world.env,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const faultAt = Date.now();
    world.setApps("green", { errorRate: 1 });
    const run = await result;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const records = await load.stop();
    if (run.outputs.result !== "rolled-back") throw new Error(`soak-monitor did not roll back during the bench:\n${run.stdout}`);
    runsMs.push(lastNotFrom(records, "v1", faultAt) - faultAt);
  }
  // AWS calls of a quiet soak with every AWS source on, at the default poll interval, per minute.
  await world.reset();
  world.cloudwatch.setAlarm("shop-5xx", "OK");
  world.aws.calls.length = 0;
  const soakMs = 30_000;
  const quiet = await runAction(
    "soak-monitor",
    {
      ...world.inputs,
      "cloudwatch-metrics": "true",
      "alarm-names": "shop-5xx",
      duration: `${soakMs / 1000}s`,
      "require-traffic": "false",
    },
    world.env,
  );
  if (quiet.code !== 0) throw new Error(`the quiet soak failed during the bench:\n${quiet.stdout}`);
  const soakCalls = world.aws.calls.filter((c) => c.action === "GetMetricData" || c.action === "DescribeAlarms").length;
  return { medianMs: Math.round(median(runsMs)), runsMs, awsCallsPerSoakMinute: Math.round((soakCalls / soakMs) * 60_000) };
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
  const warmCaches = await warmThroughput(world);
  const purge = await purgeFigures(world);
  const lifecycle = await lifecycleCalls(world);
  const soak = await soakRollback(world);
  const reads = await readsInTurn(world);
  const startup = await startUp(world);
  const judge = soakJudge();
  const nginx = await nginxFlip(RUNS, LOAD_RATE);
  const prometheusSoak = await prometheusDetection(3);
  const route53 = await route53Flip(RUNS, LOAD_RATE);
  const report = {
    runs: RUNS,
    contention: "a shared 2-core machine with other work running: medians and ratios taken in the same rounds",
    startup,
    soakJudge: judge,
    strategies,
    warmCaches,
    purge,
    lifecycle,
    bareNodeMs: Math.round(bare),
    steps,
    underLoad: loaded,
    soak,
    readsBeforeFirstWrite: reads,
    nginx,
    prometheusSoak,
    route53,
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
  console.log(
    `soak-monitor with defaults: rollback ${soak.medianMs} ms from fault onset until every request is answered by blue (median of ${soak.runsMs.join(", ")} ms); ${soak.awsCallsPerSoakMinute} AWS calls per minute of soak with CloudWatch metrics and alarms on`,
  );
  console.log(
    typeof nginx === "string"
      ? `nginx: not measured: ${nginx}`
      : `nginx (real nginx, ${nginx.ratePerSecond} requests/s): every request on the new color ${nginx.medianMs} ms after the write of the upstream file (median of ${nginx.runsMs.join(", ")} ms); ${nginx.requests} requests, ${nginx.failedRequests} failed`,
  );
  console.log(
    typeof route53 === "string"
      ? `route53: not measured: ${route53}`
      : `route53 (4 name servers, unbound, TTL ${route53.ttlSeconds} s, ${route53.ratePerSecond} requests/s): from the write, INSYNC ${route53.writeToInsyncMs} ms, every name server agreeing ${route53.writeToAuthorityMs} ms, end of the TTL tail ${route53.writeToTailEndMs} ms; last new connection to the old color ${route53.lastNewConnectionToOldMs} ms after the step began (medians); ${route53.requests} requests, ${route53.failedRequests} failed`,
  );
  console.log("\nAWS calls of one switch, by strategy (listener + 2 rules + test listener):");
  for (const s of strategies) console.log(`${s.strategy.padEnd(16)} ${s.awsCalls} calls, ${s.awsWrites} writes`);
  console.log(
    `\nwarm-caches ${warmCaches.warmCachesRps} requests/s, autocannon ${warmCaches.autocannonRps} requests/s (${warmCaches.seconds}s each, ${warmCaches.concurrency} at a time, same target, best of ${warmCaches.runs}: ${warmCaches.warmCachesRuns.join(", ")} and ${warmCaches.autocannonRuns.join(", ")}): ratio ${warmCaches.ratio}`,
  );
  console.log(
    `purge-cdn: ${purge.awsCallsPerPurge} AWS calls per purge; edge serves green ${purge.msFromFlipToEdge} ms after the switch started (sandbox invalidations take ${purge.invalidationMs} ms)`,
  );
  for (const l of lifecycle) console.log(`${l.step}: ${l.awsCalls} AWS calls, ${l.awsWrites} writes`);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  console.log(
    `dist: ${mb(report.dist.totalBytes)} in ${report.dist.files} files (shared bundle ${mb(report.dist.sharedBundleBytes)})`,
  );
  console.log(
    `\nStart-up, CPU time, median of ${startup.runs}: bare node ${startup.bareNodeCpuMs} ms; load + reject a bad input ${startup.rejectBadInputCpuMs} ms (${startup.rejectBadInputRatio}×); status round trip ${startup.statusRoundTripCpuMs} ms (${startup.statusRoundTripRatio}× without a compile cache; ${startup.statusRoundTripInJobRatio}× as a later step of a job, with the cache in RUNNER_TEMP)`,
  );
  const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "never");
  console.log(
    `\nSoak judge on a virtual clock, defaults, ${judge.soaks} soaks of ${judge.soakMinutes} min each (${judge.simulationMs} ms):`,
  );
  console.log(
    `healthy green (${judge.healthy}): ${judge.falseRollbacks} false rollbacks; ${judge.healthyProbesPerSecond} probes/s on average`,
  );
  for (const d of judge.detection) {
    console.log(
      `${d.fault.padEnd(31)} decision ${seconds(d.medianMs)} median, ${seconds(d.p95Ms)} p95 after onset; ${d.rolledBackBeforeOnset} before onset, ${d.missed} missed`,
    );
  }
  console.log(
    `alarm-based rollback (CodeDeploy, ECS): at least ${seconds(judge.alarmAnchorMs)} (one 60 s period) plus the alarm's evaluation`,
  );

  for (const line of describeDetection(prometheusSoak)) console.log(line);

  const [five, fifty, slow] = judge.detection;
  const goals: [string, string, string][] = [
    [
      "load + reject a bad input, median CPU ratio to bare node",
      `${startup.rejectBadInputRatio}× (first step of a job)`,
      "≤ 2.0×",
    ],
    [
      "status round trip on the sandbox, median CPU ratio",
      `${startup.statusRoundTripInJobRatio}× in a job (${startup.statusRoundTripRatio}× without cache)`,
      "≤ 3.5×",
    ],
    [
      "reads before the first write, in turn (all-at-once)",
      `${reads.rounds.length} (${reads.rounds.map((kinds) => kinds.join(" with ")).join(", then ")}; ${reads.calls} calls)`,
      "≤ 2",
    ],
    [`false rollbacks, healthy green, ${judge.soaks} soaks of 10 min`, String(judge.falseRollbacks), "0 (at most 1)"],
    [
      "detection delay at 5% / 50% errors, median",
      `${seconds(five?.medianMs ?? Number.NaN)} / ${seconds(fifty?.medianMs ?? Number.NaN)}`,
      "≤ 5 s / ≤ 1.5 s",
    ],
    ["detection delay, p95 latency doubled past the limit, median", seconds(slow?.medianMs ?? Number.NaN), "≤ 10 s"],
    ["warm-caches against autocannon", String(warmCaches.ratio), "≥ 0.8"],
    [
      "nginx: write to 100 % of new requests on the new color, median",
      typeof nginx === "string" ? `not measured (${nginx})` : `${nginx.medianMs} ms`,
      "≤ 1 s",
    ],
  ];
  console.log(`\nGoals, all measured in this one run (${report.contention}):`);
  for (const [figure, measured, goal] of goals) console.log(`  ${figure.padEnd(62)} ${measured.padEnd(40)} goal ${goal}`);
  const out = arg("--report");
  if (out) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await world.stop();
}
