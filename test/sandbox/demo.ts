// npm run demo [-- --report FILE]: the main job on the local sandbox. It runs the committed step
// bundles exactly as GitHub's runner does and prints what each one did.
import { writeFileSync } from "node:fs";
import { STEP_NAMES } from "../../src/step-names.ts";
import { type ActionRun, runAction } from "./run-action.ts";
import { startWorld, type World } from "./world.ts";

interface StepReport {
  name: string;
  ok: boolean;
  ms: number;
}

interface ScenarioReport {
  name: string;
  ok: boolean;
  requests: number;
  failedRequests: number;
  switchMs: number | null;
  rtoMs: number | null;
  steps: StepReport[];
}

/** Every step DESIGN.md names; the demo says which of them are not built yet. */
const PLANNED = [
  "status",
  "deploy-standby",
  "smoke-test",
  "warm-caches",
  "switch",
  "purge-cdn",
  "soak-monitor",
  "rollback",
  "teardown",
];

async function step(world: World, steps: StepReport[], name: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction(name, { ...world.inputs, ...inputs }, world.env);
  const ok = run.code === 0;
  steps.push({ name, ok, ms: Math.round(run.ms) });
  const outputs = ["active-color", "previous-color", "switched-at"]
    .filter((key) => run.outputs[key])
    .map((key) => `${key}=${run.outputs[key]}`)
    .join(" ");
  console.log(`  ${ok ? "ok  " : "FAIL"} ${name.padEnd(9)} ${String(Math.round(run.ms)).padStart(5)} ms  ${outputs}`);
  for (const line of run.stdout
    .split("\n")
    .filter((l) => /^(::error::|::warning::|Plan|Already|Rollback requested|Read back)/.test(l))) {
    console.log(`         │ ${line}`);
  }
  return run;
}

async function roundTrip(): Promise<ScenarioReport> {
  const world = await startWorld({ rules: 1, authenticate: true });
  const steps: StepReport[] = [];
  try {
    console.log("\nScenario round-trip: status → switch → status → rollback → status (blue starts live)");
    await step(world, steps, "status");
    const switched = await step(world, steps, "switch", { "expected-active-color": "blue" });
    await step(world, steps, "status");
    await step(world, steps, "rollback", { reason: "demo: manual rollback" });
    const last = await step(world, steps, "status");
    const calls = world.aws.calls;
    console.log(`  AWS calls: ${calls.length} in all, ${calls.filter((c) => c.write).length} writes.`);
    const ok = steps.every((s) => s.ok) && last.outputs["active-color"] === "blue";
    const switchMs = steps.find((s) => s.name === "switch")?.ms ?? null;
    return {
      name: "round-trip",
      ok: ok && switched.outputs.switched === "true",
      requests: 0,
      failedRequests: 0,
      switchMs,
      rtoMs: null,
      steps,
    };
  } finally {
    await world.stop();
  }
}

const reportAt = process.argv.indexOf("--report");
const missing = PLANNED.filter((name) => !(STEP_NAMES as readonly string[]).includes(name));
console.log(`cutover demo on the local sandbox. Steps built: ${STEP_NAMES.join(", ")}.`);
console.log(`Not built yet: ${missing.join(", ")}.`);
const scenarios = [await roundTrip()];
const ok = scenarios.every((s) => s.ok);
console.log(`\n${ok ? "Demo passed." : "Demo FAILED."}`);
if (reportAt > 0 && process.argv[reportAt + 1]) {
  writeFileSync(process.argv[reportAt + 1] as string, `${JSON.stringify({ ok, scenarios }, null, 2)}\n`);
}
process.exitCode = ok ? 0 : 1;
