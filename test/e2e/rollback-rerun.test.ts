// A rollback run a second time, as the Actions page's re-run does (same inputs, attempt 2), never
// moves production back to the color the first attempt left. The ALB case, where the first
// attempt failed on its CDN purge, is in purge.test.ts; here the same on nginx and Kubernetes.
import { describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";
import { routers } from "../support/router-sandboxes.ts";

describe.concurrent("a rollback run again", () => {
  for (const router of routers) {
    it.skipIf(router.skip)(`${router.name}: keeps production on the color it restored`, async () => {
      const sandbox = await router.start();
      try {
        expect((await runAction("switch", sandbox.inputs)).code).toBe(0);
        const inputs = { ...sandbox.inputs, reason: "green broke checkout" };
        const first = await runAction("rollback", inputs);
        expect(first.code, first.stdout).toBe(0);
        expect(sandbox.live()).toBe("blue");
        const load = new LoadGenerator(sandbox.prod, 40, {}, { keepAlive: false }).start();
        const again = await runAction("rollback", inputs, { GITHUB_RUN_ATTEMPT: "2" });
        const records = await load.stop();
        expect(again.code, again.stdout).toBe(0);
        expect(again.stdout).toMatch(/::warning::green was left by a rollback at \S+ .* to: previous means blue/);
        expect(again.outputs).toMatchObject({ "active-color": "blue", switched: "false" });
        expect(sandbox.live()).toBe("blue");
        expect(sandbox.greenReason()).toBe("green broke checkout");
        expect(records.length).toBeGreaterThan(0);
        expect(records.filter(isFailure)).toEqual([]);
        expect(records.every((r) => r.version === "v1")).toBe(true);
      } finally {
        await sandbox.stop();
      }
    });
  }
});
