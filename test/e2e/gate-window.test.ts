// The switch's probes gate at the end of its window: a probe still within its own timeout when the
// window ends is let finish and judged, not counted as an error. On a loaded runner (or behind a
// slow first answer) the one probe in flight at the end of the window was cut off and failed a 1%
// gate: the reusable workflows' releases put the routes back for it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());

it("judges a slow but good answer that outlasts the gate's window as a good probe", async () => {
  // Every answer of green takes 1.2 s; the window is 1 s, and the p95 limit 2 s.
  world.setApps("green", { latencyMs: 1_200 });
  const run = await runAction(
    "switch",
    { ...world.inputs, "step-interval": "1s", "probe-url": `${world.urls.prod}/version`, "max-p95-latency": "2s" },
    world.env,
  );
  world.setApps("green", { latencyMs: 0 });
  expect(run.code, run.stdout).toBe(0);
  expect(run.stdout).toMatch(/Gates passed: (\d+) probes \(2xx \1\), error rate 0\.0%/);
  expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
});
