// "No data" is never "passed", on every router: a soak whose only source never answered fails
// without moving traffic. The ALB case (alarm-names, every DescribeAlarms failing) is in soak.test.ts.
import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction } from "../sandbox/run-action.ts";
import { routers } from "../support/router-sandboxes.ts";

/** A metrics endpoint that is down: every request gets a 503. */
async function downMetrics(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => res.writeHead(503).end("unavailable"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { url: `http://127.0.0.1:${address.port}/metrics.json`, close: () => server.close() };
}

describe.concurrent("a soak whose only source never answered", () => {
  for (const router of routers) {
    it.skipIf(router.skip)(`${router.name}: fails with metrics-url silent, and traffic stays`, async () => {
      const [sandbox, metrics] = await Promise.all([router.start(), downMetrics()]);
      try {
        const load = new LoadGenerator(sandbox.prod, 40, {}, { keepAlive: false }).start();
        const run = await runAction("soak-monitor", {
          ...sandbox.inputs,
          "metrics-url": metrics.url,
          duration: "2s",
          "poll-interval": "500ms",
        });
        const records = await load.stop();
        expect(run.code).toBe(1);
        expect(run.outputs.result).toBe("failed");
        expect(run.stdout).toContain("::warning::metrics-url could not be read this time: HTTP 503");
        expect(run.stdout).toMatch(
          /::error::The soak got no answer from metrics-url in \S+ \(see the warnings above\), so it cannot say that blue is healthy: no data is not a pass\./,
        );
        expect(sandbox.live()).toBe("blue");
        expect(records.filter(isFailure)).toEqual([]);
      } finally {
        metrics.close();
        await sandbox.stop();
      }
    });
  }
});
