// The nginx fault matrix (issue 25): every write of switch, rollback, deploy-standby and teardown
// through nginx-exec (ledger writes and reloading writes alike, counted by the ssh-like prefix),
// crossed with an error, latency past nginx-exec-timeout, a runner's cancel in the middle of the
// write, and one failed read after it. Whatever happens, the file ends as it was before the step
// or as the step means to leave it, nginx serves what the file says, and the outputs name the
// color real requests reach. Cases run concurrently, one real nginx per lane.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { asPercent, blockWeights } from "../../src/routers/nginx/weights.ts";
import { cancelLikeRunner } from "../sandbox/cancel.ts";
import { ExecFaults } from "../sandbox/nginx/exec-faults.ts";
import { nginxOrSkip, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import { type ActionRun, runAction, startAction } from "../sandbox/run-action.ts";

type Mode = "error" | "latency" | "cancel" | "read";
const MODES: Mode[] = ["error", "latency", "cancel", "read"];
const LANES = 4;
/** Past it a stalled command is stopped and tried again: latency cases stall for longer. */
const EXEC_TIMEOUT = "2s";
const { skip } = nginxOrSkip();

interface Lane {
  world: NginxWorld;
  faults: ExecFaults;
}

interface StepCase {
  step: string;
  /** The color live before the step, and the one it means to leave live. */
  from: "blue" | "green";
  to: "blue" | "green";
  prepare(lane: Lane): Promise<void>;
  inputs(lane: Lane): Record<string, string>;
}

function routerInputs({ world, faults }: Lane): Record<string, string> {
  return { ...world.inputs, "nginx-exec": faults.prefix, "nginx-exec-timeout": EXEC_TIMEOUT };
}

async function settleOnGreen(lane: Lane): Promise<void> {
  const run = await runAction("switch", { ...lane.world.inputs });
  if (run.code !== 0) throw new Error(`preparing green failed:\n${run.stdout}`);
}

const STEPS: StepCase[] = [
  { step: "switch", from: "blue", to: "green", prepare: async () => {}, inputs: routerInputs },
  {
    step: "rollback",
    from: "green",
    to: "blue",
    prepare: settleOnGreen,
    inputs: (lane) => ({ ...routerInputs(lane), reason: "fault matrix" }),
  },
  {
    step: "deploy-standby",
    from: "blue",
    to: "blue",
    prepare: async () => {},
    inputs: (lane) => ({ ...routerInputs(lane), version: "v2", "health-timeout": "10s" }),
  },
  {
    step: "teardown",
    from: "green",
    to: "green",
    prepare: settleOnGreen,
    inputs: (lane) => ({ ...routerInputs(lane), ttl: "0s" }),
  },
];

/** Lanes handed out one case at a time. */
class Pool {
  readonly #free: Lane[] = [];
  readonly #waiting: ((lane: Lane) => void)[] = [];

  add(lane: Lane): void {
    const next = this.#waiting.shift();
    if (next) next(lane);
    else this.#free.push(lane);
  }

  async with<T>(work: (lane: Lane) => Promise<T>): Promise<T> {
    const lane = this.#free.pop() ?? (await new Promise<Lane>((resolve) => this.#waiting.push(resolve)));
    try {
      return await work(lane);
    } finally {
      this.add(lane);
    }
  }
}

const pool = new Pool();
const lanes: Lane[] = [];

function live(world: NginxWorld): "blue" | "green" | "split" {
  const block = parseManagedFile(world.proxy.readFile(), world.proxy.file).upstreams.find((u) => u.name === UPSTREAM);
  const share = asPercent(blockWeights(block!));
  return share.blue === 100 ? "blue" : share.green === 100 ? "green" : "split";
}

/**
 * Waits until `count` requests in a row reach `expected`, or 10 s: a reload takes effect once
 * nginx's new workers take over, which may be after the step that asked for it has exited.
 */
async function served(world: NginxWorld, expected: string, count = 15): Promise<string> {
  const deadline = Date.now() + 10_000;
  let versions: string[] = [];
  while (Date.now() < deadline) {
    versions = [];
    for (let i = 0; i < count; i++) {
      // A graceful reload closes kept-alive connections: such a sample only says "not yet".
      const response = await fetch(`${world.urls.prod}/version`).catch((error: Error) => error);
      if (response instanceof Error) {
        versions.push(`failed (${(response.cause as { code?: string } | undefined)?.code ?? response.message})`);
        continue;
      }
      await response.body?.cancel();
      versions.push(response.status === 200 ? (response.headers.get("x-app-version") ?? "?") : `HTTP ${response.status}`);
    }
    if (versions.every((v) => v === expected)) return expected;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return [...new Set(versions)].join(",");
}

async function runCase(lane: Lane, step: StepCase, write: number, mode: Mode): Promise<string[]> {
  const { world, faults } = lane;
  faults.reset();
  await world.reset();
  await step.prepare(lane);
  faults.reset();
  faults.aim(mode === "latency" ? "hang" : mode === "cancel" ? "hang" : mode, write, mode === "latency" ? 10 : 60);
  const { child, result } = startAction(step.step, step.inputs(lane));
  let run: ActionRun;
  if (mode === "cancel") {
    const deadline = Date.now() + 20_000;
    while (!faults.hanging && child.exitCode === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cancel = faults.hanging ? cancelLikeRunner(child) : undefined;
    run = await result;
    if (cancel?.sent.includes("SIGKILL")) return [`needed SIGKILL after the cancel:\n${run.stdout}`];
  } else run = await result;
  const problems: string[] = [];
  const color = live(world);
  if (color !== step.from && color !== step.to) problems.push(`the file is ${color}, neither ${step.from} nor ${step.to}`);
  const expected = color === "blue" ? "v1" : "v2";
  const version = await served(world, expected);
  if (version !== expected) problems.push(`the file says ${color} but requests reach ${version}`);
  const active = run.outputs["active-color"];
  if (active && active !== color) problems.push(`active-color says ${active} while ${color} serves`);
  if (mode === "latency" && run.code !== 0)
    problems.push(`a stalled command past its deadline is tried again, yet the step failed`);
  return problems.length ? [...problems, `exit ${run.code}:\n${run.stdout}`] : [];
}

describe.skipIf(skip)("the nginx fault matrix: every write × {error, latency, cancel, failed read}", () => {
  const census = new Map<string, number>();

  beforeAll(async () => {
    for (let i = 0; i < LANES; i++) {
      const world = await startNginxWorld();
      const lane = { world, faults: new ExecFaults(world.proxy.dir) };
      lanes.push(lane);
    }
    for (const lane of lanes) pool.add(lane);
    // How many writes each step makes through nginx-exec when nothing fails.
    await Promise.all(
      STEPS.map((step) =>
        pool.with(async (lane) => {
          await lane.world.reset();
          await step.prepare(lane);
          lane.faults.reset();
          const run = await runAction(step.step, step.inputs(lane));
          if (run.code !== 0) throw new Error(`${step.step} failed without a fault:\n${run.stdout}`);
          census.set(step.step, lane.faults.writes);
        }),
      ),
    );
  }, 120_000);
  afterAll(async () => {
    const size = [...census.values()].reduce((total, writes) => total + writes * MODES.length, 0);
    console.info(
      `nginx fault matrix: ${size} cases (${[...census].map(([s, w]) => `${s} ${w} writes`).join(", ")}) on ${LANES} lanes`,
    );
    await Promise.all(lanes.map((l) => l.world.stop()));
  });

  it.concurrent.each(STEPS.map((s) => [s.step, s] as const))(
    "%s ends before or after, serving what its file and outputs say",
    async (_, step) => {
      const writes = census.get(step.step) ?? 0;
      expect(writes, `${step.step} makes writes`).toBeGreaterThan(0);
      const cases = Array.from({ length: writes }, (_, i) => MODES.map((mode) => ({ write: i + 1, mode }))).flat();
      const verdicts = await Promise.all(
        cases.map(({ write, mode }) =>
          pool.with(async (lane) => ({ name: `write ${write} × ${mode}`, problems: await runCase(lane, step, write, mode) })),
        ),
      );
      expect(verdicts.filter((v) => v.problems.length > 0)).toEqual([]);
    },
    600_000,
  );
});
