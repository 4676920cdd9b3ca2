// docs/iam-policy.json must allow every AWS action cutover makes: every call in the source, and
// every call the sandbox records while each step runs with its AWS-using options on.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

/** Each AWS SDK client package cutover bundles, by the IAM prefix of its actions. */
const PREFIX: Record<string, string> = {
  "elastic-load-balancing-v2": "elasticloadbalancing",
  cloudwatch: "cloudwatch",
  cloudfront: "cloudfront",
  "route-53": "route53",
};

/** The sandbox's service names, as its call log records them. */
const SERVICE: Record<string, string> = { elbv2: "elasticloadbalancing", cloudwatch: "cloudwatch", cloudfront: "cloudfront" };

const policy = JSON.parse(readFileSync(path.join(ROOT, "docs/iam-policy.json"), "utf8")) as { Statement: { Action: string[] }[] };
const allowed = new Set(policy.Statement.flatMap((s) => s.Action));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

describe("docs/iam-policy.json", () => {
  it("allows every AWS call in the source", () => {
    // Every command a file sends (`new DescribeListenersCommand(`), under the prefix of the SDK
    // package it imports its commands from: however the call is wrapped, the command is named.
    const calls = sources(path.join(ROOT, "src")).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const client = /from "@aws-sdk\/client-([\w-]+)"/.exec(text)?.[1];
      const sent = [...text.matchAll(/new (\w+)Command\(/g)].map(([, op]) => op as string);
      if (sent.length && !(client && PREFIX[client])) throw new Error(`${file} sends AWS commands from an unknown client`);
      return sent.map((op) => `${PREFIX[client as string]}:${op}`);
    });
    expect(calls.length).toBeGreaterThan(10);
    for (const action of new Set(calls)) expect(allowed, action).toContain(action);
  });

  describe("against what the sandbox records", () => {
    let world: World;
    beforeAll(async () => {
      world = await startWorld();
    });
    afterAll(() => world.stop());

    it("allows every action of a whole release, its rollback and its teardown", async () => {
      const cdn = { "distribution-id": world.distributionId };
      const app = await world.addApp("green", {}, false);
      world.cloudwatch.setAlarm("shop-5xx", "OK");
      const runs = [
        ["status", {}],
        ["deploy-standby", { version: "v2", "register-targets": `127.0.0.1:${app.port}` }],
        ["smoke-test", {}],
        ["warm-caches", {}],
        ["switch", { "alarm-names": "shop-5xx", "step-interval": "1s", "drain-timeout": "3s" }],
        ["purge-cdn", cdn],
        [
          "soak-monitor",
          {
            "probe-url": `${world.urls.prod}/version`,
            "cloudwatch-metrics": "true",
            "poll-interval": "1s",
            "alarm-names": "shop-5xx",
            duration: "3s",
          },
        ],
        ["rollback", { reason: "iam test", ...cdn }],
        ["teardown", { ttl: "0s" }],
      ] as const;
      for (const [step, inputs] of runs) {
        const run = await runAction(step, { ...world.inputs, ...inputs }, world.env);
        expect(run.code, `${step}: ${run.stdout}`).toBe(0);
      }
      const recorded = new Set(world.aws.calls.map((c) => `${SERVICE[c.service]}:${c.action}`));
      expect(recorded.size).toBeGreaterThanOrEqual(15);
      for (const action of recorded) expect(allowed, action).toContain(action);
    }, 90_000);
  });
});
