// smoke-test and warm-caches, the committed bundles against the sandbox's apps.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;
const dir = mkdtempSync(path.join(tmpdir(), "cutover-probes-"));

beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.stop());
beforeEach(() => world.reset());

function smoke(inputs: Record<string, string>) {
  return runAction("smoke-test", { ...world.inputs, "report-path": path.join(dir, "report.json"), ...inputs }, world.env);
}

function report(): { results: { name: string; target: string; ok: boolean; reason?: string }[] } {
  return JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8"));
}

const HTTP_CHECKS = `
checks:
  - name: home
    path: /
    expect:
      status: 200
      body-contains: [<html, shop]
      body-matches: "version v\\\\d"
      header: { content-type: text/html; charset=utf-8 }
      header-matches: { x-app-version: "^v2$" }
    max-latency: 2s
  - name: api
    path: /api/info
    headers: { Accept: application/json }
    expect: { status: "200-299", json: { version: v2, items.0.price: 12.5 } }
`;

describe("smoke-test", () => {
  it("runs GET / and GET /health on the standby, found through the test listener", async () => {
    const run = await runAction("smoke-test", world.inputs, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ passed: "2", failed: "0", "standby-color": "green" });
    expect(run.stdout).toMatch(/The standby is reached through the test listener at http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.summary).toContain("| ✅ | home | http | standby | 200 |");
  });

  it("refuses to call the live color the standby when a switch left the test listener behind", async () => {
    const { "test-listener-arn": _test, ...withoutTest } = world.inputs;
    const switched = await runAction("switch", withoutTest, world.env);
    expect(switched.code, switched.stdout).toBe(0);
    expect(switched.stdout).toMatch(
      /::warning::No test route was given \(test-listener-arn, test-rule-arns\)\. .*test-listener-arn/,
    );
    // The test listener still sends to green, which is now live.
    expect(world.weightsOf(world.testListener.arn)).toEqual({ blue: 0, green: 100 });

    const status = await runAction("status", world.inputs, world.env);
    expect(status.code, status.stdout).toBe(0);
    const problem =
      /The test route test listener\/\S+ \(blue 0 \/ green 100\) does not send to the standby, blue: it reaches the live color, green\..*test-listener-arn/;
    expect(status.stdout).toMatch(new RegExp(`::warning::${problem.source}`));
    expect(status.summary).toMatch(problem);

    const run = await smoke({});
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`::error::smoke-test would be checking the live color, not the standby. ${problem.source}`),
    );
    expect(run.stdout).not.toContain("Checking the standby color");
    expect(run.summary).toMatch(
      /^### ❌ Failed · cutover smoke-test\n[\s\S]*?\n\*\*What happened:\*\* smoke-test would be checking the live color/,
    );
  });

  it("passes http checks of every expectation, and names each failed one", async () => {
    const ok = await smoke({ checks: HTTP_CHECKS });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.outputs.passed).toBe("2");

    world.setApps("green", { version: "v3" });
    const bad = await smoke({ checks: HTTP_CHECKS });
    expect(bad.code).toBe(1);
    expect(bad.outputs.failed).toBe("2");
    expect(report().results.find((r) => r.name === "home")?.reason).toBe("header x-app-version does not match /^v2$/");
    expect(report().results.find((r) => r.name === "api")?.reason).toBe('json version is "v3", expected "v2"');
    expect(bad.summary).toContain('json version is \\"v3\\"'.replaceAll("\\", ""));
  });

  it("catches an asset missing from green", async () => {
    const checks = "- name: assets\n  kind: assets\n  path: /\n";
    expect((await smoke({ checks })).code).toBe(0);
    world.setApps("green", { brokenAssets: true });
    const run = await smoke({ checks });
    expect(run.code).toBe(1);
    const reason = report().results[0]?.reason ?? "";
    expect(reason).toMatch(/^2 of 2 assets failed: /);
    expect(reason).toMatch(/\/assets\/app\.[0-9a-f]+\.css 404/);
    expect(reason).toMatch(/\/assets\/app\.[0-9a-f]+\.js 404/);
  });

  it("catches sessions that green does not share", async () => {
    const checks =
      "- name: session\n  kind: session\n  steps: [{ method: POST, path: /session }]\n  verify: { path: /session }\n  expect: { status: 200 }\n";
    const inputs = { checks, "active-url": world.urls.prod };
    expect((await smoke(inputs)).code).toBe(0);
    world.setApps("green", { sharedSessions: false });
    const run = await smoke(inputs);
    expect(run.code).toBe(1);
    expect(report().results[0]?.reason).toBe("with the active color's session: status 401, expected 200");
  });

  it("compares both colors and reports a changed JSON shape", async () => {
    const checks = "- name: api\n  kind: compare\n  path: /api/info\n";
    const inputs = { checks, target: "both", "active-url": world.urls.prod };
    expect((await smoke(inputs)).code).toBe(0);
    world.setApps("green", { breakApi: true });
    const run = await smoke(inputs);
    expect(run.code).toBe(1);
    expect(report().results[0]?.reason).toBe(
      ".color (string) is gone; .items[].id changed from number to string; .colour (string) is new",
    );
  });

  it("absorbs a brief 503 with retries", async () => {
    // Each of green's two app servers fails its next request: two 503s in a row.
    world.setApps("green", { failNext: 1 });
    expect((await smoke({ retries: "0" })).code).toBe(1);
    world.setApps("green", { failNext: 1 });
    const run = await smoke({ retries: "3" });
    expect(run.code, run.stdout).toBe(0);
  });

  it("never prints a header value it was given", async () => {
    const secret = "s3cr3t-token-4242";
    const run = await smoke({ headers: `Authorization: Bearer ${secret}\nX-Trace: on`, checks: "- name: home\n  path: /nope\n" });
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n").filter((l) => l.includes(secret));
    expect(lines).toEqual([`::add-mask::Bearer ${secret}`]);
    expect(run.summary).not.toContain(secret);
    expect(readFileSync(path.join(dir, "report.json"), "utf8")).not.toContain(secret);
  });
});

describe("warm-caches", () => {
  it("warms paths and a nested sitemap, and shows the first pass against the last", async () => {
    const run = await runAction(
      "warm-caches",
      {
        ...world.inputs,
        paths: "/,/version",
        sitemap: `${world.urls.blueApp}/sitemap.xml`,
        "requests-per-path": "3",
        duration: "600ms",
        concurrency: "4",
      },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("Warming 3 path(s) × 3");
    expect(Number(run.outputs.requests)).toBeGreaterThanOrEqual(18);
    expect(run.outputs.errors).toBe("0");
    expect(run.summary).toMatch(/\| first \| 9 \| 0 \|/);
    expect(run.summary).toMatch(/\| last \(#\d+\) \| 9 \| 0 \|/);
  });

  it("counts errors without failing on single ones, and fails above max-error-rate", async () => {
    world.setApps("green", { failNext: 1 });
    const few = await runAction("warm-caches", { ...world.inputs, paths: "/version", "requests-per-path": "40" }, world.env);
    expect(few.code, few.stdout).toBe(0);
    expect(few.outputs.errors).toBe("2");
    world.setApps("green", { errorRate: 0.5 });
    const many = await runAction("warm-caches", { ...world.inputs, paths: "/version", "requests-per-path": "40" }, world.env);
    expect(many.code).toBe(1);
    expect(many.stdout).toMatch(/::error::warm-caches saw \d+\.\d% errors, more than max-error-rate 5\.0%/);
  });

  it("warms 10,000 paths", async () => {
    const file = path.join(dir, "paths.txt");
    writeFileSync(file, Array.from({ length: 10_000 }, (_, i) => `/version?page=${i}`).join("\n"));
    const run = await runAction("warm-caches", { ...world.inputs, "paths-file": file, concurrency: "32" }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.requests).toBe("10000");
  });
});

describe("bad input for the probing steps", () => {
  const cases: [string, string, Record<string, string>, RegExp][] = [
    ["smoke-test", "checks", { checks: "- name: home\n  path: /\n   bad: indent\n" }, /line \d+: is not valid YAML/],
    [
      "smoke-test",
      "checks",
      { checks: "- name: home\n  path: /\n  expct: { status: 200 }\n" },
      /line 3: unknown key "expct" in check "home"/,
    ],
    [
      "smoke-test",
      "checks",
      { checks: "- name: home\n  path: /\n  expect: { body-matches: '([a-z' }\n" },
      /line 3: check "home" expect\.body-matches is not a valid regular expression/,
    ],
    [
      "smoke-test",
      "checks",
      { checks: "- name: home\n  path: /\n  expect: { status: ok }\n" },
      /line 3: .*expect\.status must be a status/,
    ],
    [
      "smoke-test",
      "checks",
      { checks: "/nonexistent/smoke.yml" },
      /names the file \/nonexistent\/smoke\.yml, which cannot be read/,
    ],
    ["smoke-test", "url", { url: "test.shop.example.com/health" }, /is not a URL/],
    [
      "smoke-test",
      "target",
      { checks: "- name: a\n  kind: compare\n  path: /\n" },
      /must be both when checks include a compare check/,
    ],
    ["smoke-test", "headers", { headers: "Authorization Bearer x" }, /line 1 is not a "Name: value" header/],
    ["smoke-test", "concurrency", { concurrency: "0" }, /between 1 and 256/],
    ["warm-caches", "concurrency", { concurrency: "0" }, /between 1 and 256/],
    ["warm-caches", "requests-per-path", { "requests-per-path": "0" }, /between 1 and 1000/],
    ["warm-caches", "paths", { paths: "version" }, /does not start with \//],
    ["warm-caches", "sitemap", { sitemap: "/sitemap.xml" }, /is not a URL/],
  ];

  it.each(cases.map(([step, input, inputs, problem], i) => ({ i, step, input, inputs, problem })))(
    "#$i $step: $input",
    async ({ step, input, inputs, problem }) => {
      world.aws.calls.length = 0;
      const run = await runAction(step, { ...world.inputs, ...inputs }, world.env);
      expect(run.code).toBe(1);
      const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
      expect(errors, run.stdout).toHaveLength(1);
      expect(errors[0]).toContain(`Input '${input}'`);
      expect(errors[0]).toMatch(problem);
      expect(errors[0]).toContain("Example:");
      expect(world.aws.calls).toEqual([]);
    },
  );

  it("says so when the sitemap is not XML", async () => {
    const run = await runAction("warm-caches", { ...world.inputs, sitemap: `${world.urls.blueApp}/version` }, world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Input 'sitemap': http:\/\/127\.0\.0\.1:\d+\/version is not XML \(it starts with "v1\\n"\)/,
    );
  });
});
