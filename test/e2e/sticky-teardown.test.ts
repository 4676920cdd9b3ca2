// Teardown and group stickiness with sticky-sessions: keep (issue 35): the old color stays in the
// sticky forward at weight 0, so clients its cookie pinned still reach it until the pin runs out.
// Teardown waits for that, says when it is safe, and then no pinned client sees a failure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

/** The forward's TargetGroupStickinessConfig.DurationSeconds: short, so the pin runs out within the test. */
const STICKY_SECONDS = 8;

let world: World;

beforeAll(async () => {
  world = await startWorld({ stickySeconds: STICKY_SECONDS, timeScale: 0.05 });
});
afterAll(() => world.stop());

describe("teardown after a switch with sticky-sessions: keep", () => {
  it("waits until clients pinned to the old color are let go, says when, then tears it down with none failing", {
    timeout: 60_000,
  }, async () => {
    const first = await fetch(`${world.urls.prod}/version`);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect(first.headers.get("x-app-version")).toBe("v1");
    const pinned = new LoadGenerator(`${world.urls.prod}/version`, 30, { cookie }).start();
    const others = new LoadGenerator(`${world.urls.prod}/version`, 30).start();

    const switched = await runAction("switch", world.inputs, world.env);
    expect(switched.code, switched.stdout).toBe(0);
    const early = await runAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    const retiredAt = Date.parse(world.elbv2.tags.get(world.blue.arn)?.get("cutover:retired-at") ?? "");
    // The pin's DurationSeconds after blue's retirement, and a second for the tag's whole seconds.
    const safeAt = retiredAt + STICKY_SECONDS * 1000 + 1000;
    expect(early.code, early.stdout).toBe(0);
    expect(early.outputs["torn-down"]).toBe("false");
    expect(early.stdout).toMatch(
      /Nothing to tear down: blue was retired \S+ ago, but clients pinned to it by session stickiness/,
    );
    expect(early.stdout).toContain(`may reach it until ${new Date(safeAt).toISOString()}: teardown will be safe then.`);
    expect(world.aws.calls.filter((c) => c.action === "DeregisterTargets")).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, safeAt - Date.now())));
    const late = await runAction("teardown", { ...world.inputs, ttl: "0s" }, world.env);
    expect(late.code, late.stdout).toBe(0);
    expect(late.outputs).toMatchObject({ "torn-down": "true", "torn-down-color": "blue" });
    const [stuck, rest] = await Promise.all([pinned.stop(), others.stop()]);

    // The pinned client did reach blue after the switch, and never saw a failure.
    expect(stuck.some((r) => r.version === "v1" && r.at > retiredAt + 1000)).toBe(true);
    expect(stuck.filter(isFailure)).toEqual([]);
    expect(stuck.at(-1)?.version).toBe("v2");
    expect(rest.filter(isFailure)).toEqual([]);
  });
});
