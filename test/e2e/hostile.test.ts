// Hostile endpoints and inputs, and cancels as GitHub's runner sends them: every wait is bounded,
// requests stay on their host, secrets stay masked, bad input is an input error, and signals
// reach the user's commands. Real traffic through the sandbox and a misbehaving endpoint. One
// file over 300 lines, as the red team's cases 3 and 10 to 15 share the endpoint and the cancel.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HostileServer } from "../sandbox/hostile.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;
let hostile: HostileServer;
/** Another host: nothing may ever reach it. */
let other: HostileServer;
const dir = mkdtempSync(path.join(tmpdir(), "cutover-hostile-"));

beforeAll(async () => {
  world = await startWorld();
  hostile = await new HostileServer().listen();
  other = await new HostileServer().listen();
  hostile.redirectTo = other.url;
});
afterAll(async () => {
  await Promise.all([world.stop(), hostile.close(), other.close()]);
});
beforeEach(async () => {
  await world.reset();
  hostile.seen.length = 0;
  other.seen.length = 0;
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Cancels as GitHub's runner does: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that. */
async function cancelLikeRunner(child: ChildProcess): Promise<string[]> {
  const exited = new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
  );
  const sent: string[] = [];
  for (const [signal, afterMs] of [
    ["SIGINT", 0],
    ["SIGTERM", 7_500],
    ["SIGKILL", 2_500],
  ] as const) {
    if (await Promise.race([exited.then(() => true), wait(afterMs).then(() => false)])) break;
    child.kill(signal);
    sent.push(signal);
  }
  await exited;
  return sent;
}

async function until(what: string, ok: () => boolean, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!ok()) {
    if (child && child.exitCode !== null) throw new Error(`the step exited with ${child.exitCode} before ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(20);
  }
}

function production(): { blue: number; green: number } {
  return world.weightsOf(world.listener.arn);
}

function requested(server: HostileServer, prefix: string): boolean {
  return server.seen.some((r) => r.path.startsWith(prefix));
}

/** The log as the runner shows it: a masked value may only appear in its own add-mask command. */
function expectHidden(log: string, secret: string): void {
  expect(log).toContain(`::add-mask::${secret}`);
  const leaks = log.split("\n").filter((line) => line.includes(secret) && !line.startsWith("::add-mask::"));
  expect(leaks).toEqual([]);
}

describe("case 3: a trickling verify-url or gate cannot hold a switch", () => {
  it("counts a verify-url that trickles as failed answers, reports progress and puts the routes back at verify-timeout", async () => {
    const run = await runAction(
      "switch",
      { ...world.inputs, "verify-url": `${hostile.url}/trickle`, "expected-version": "v2", "verify-timeout": "7s" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`Waiting for ${hostile.url}/trickle to serve v2: seen .*; \\S+ left\\.`));
    expect(run.stdout).toMatch(
      /::error::verify-url did not serve v2: after \S+ it still answered error \(no whole answer in time\) ×\d+\./,
    );
    expect(production()).toEqual({ blue: 100, green: 0 });
  });

  it("judges a trickling gate as failed probes in its window, with a progress line on the way", async () => {
    const run = await runAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "30", "step-interval": "12s", "probe-url": `${hostile.url}/trickle` },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Gates watching green: \d+ probes \(error \d+\), error rate 100\.0%.*; \S+ left\./);
    expect(run.stdout).toMatch(/::error::.*The probes gate failed: error rate 100\.0% > max-error-rate/);
    expect(production()).toEqual({ blue: 100, green: 0 });
  });

  it("puts the routes back on a runner-style cancel during a trickling verify-url, before SIGTERM", async () => {
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, "verify-url": `${hostile.url}/trickle`, "expected-version": "v2", "verify-timeout": "5m" },
      world.env,
    );
    await until("verify-url is asked", () => requested(hostile, "/trickle"), child);
    const sent = await cancelLikeRunner(child);
    const run = await result;
    expect(sent).toEqual(["SIGINT"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("SIGINT received: putting the weights back before exiting.");
    expect(production()).toEqual({ blue: 100, green: 0 });
  });

  it("puts the routes back on a runner-style cancel while a gate probes a trickling URL at 30%", async () => {
    const { child, result } = startAction(
      "switch",
      { ...world.inputs, strategy: "steps", steps: "30", "step-interval": "5m", "probe-url": `${hostile.url}/trickle` },
      world.env,
    );
    await until("the gate probes", () => requested(hostile, "/trickle"), child);
    expect(production()).toEqual({ blue: 70, green: 30 });
    const sent = await cancelLikeRunner(child);
    const run = await result;
    expect(sent).toEqual(["SIGINT"]);
    expect(run.stdout).toMatch(/::error::The run was cancelled\. Every route was put back/);
    expect(production()).toEqual({ blue: 100, green: 0 });
  });
});

describe("case 10: requests stay on their host", () => {
  const token = "Authorization: Bearer t0ken-never-leaves";

  it("refuses a smoke-test path that names another host, before any request", async () => {
    for (const leak of [`//127.0.0.1:${new URL(other.url).port}/leak`, `/\\127.0.0.1:${new URL(other.url).port}/leak`]) {
      const run = await runAction(
        "smoke-test",
        { ...world.inputs, headers: token, checks: `- name: leak\n  path: ${JSON.stringify(leak)}\n` },
        world.env,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::Input 'checks' \(inline\) line 2: check "leak" path .* names another host/);
    }
    expect(other.seen).toEqual([]);
  });

  it("refuses a warm-caches path, listed or in a paths-file, that names another host", async () => {
    const leak = `//127.0.0.1:${new URL(other.url).port}/leak`;
    const listed = await runAction("warm-caches", { ...world.inputs, headers: token, paths: `/,${leak}` }, world.env);
    expect(listed.code).toBe(1);
    expect(listed.stdout).toMatch(/::error::Input 'paths' holds ".*", which names another host/);
    const file = path.join(dir, "warm-paths.txt");
    writeFileSync(file, `/\n${leak}\n`);
    const fromFile = await runAction("warm-caches", { ...world.inputs, headers: token, "paths-file": file }, world.env);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stdout).toMatch(/::error::Input 'paths-file' holds ".*", which names another host/);
    expect(other.seen).toEqual([]);
  });

  it("warms a sitemap's pages on the warmed host only, and fetches no sitemap from another host", async () => {
    const run = await runAction(
      "warm-caches",
      { ...world.inputs, url: hostile.url, headers: token, sitemap: `${hostile.url}/sitemap.xml` },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(other.seen).toEqual([]);
    expect(hostile.seen.map((r) => r.path)).toEqual(["/sitemap.xml", "/pages.xml", `/${new URL(other.url).host}/page`]);
  });

  it("does not follow a redirect to another origin with the Authorization header or cookies", async () => {
    const run = await runAction(
      "smoke-test",
      {
        ...world.inputs,
        url: hostile.url,
        headers: `${token}\nCookie: session=s3ssion-never-leaves`,
        checks: "- name: away\n  path: /away\n",
      },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(hostile.seen[0]?.headers.authorization).toBe("Bearer t0ken-never-leaves");
    expect(other.seen).toEqual([]);
  });
});

describe("case 11: a request's timeout covers the whole answer, and a body is capped", () => {
  it("fails smoke checks against a trickling and a 2 GB body within the timeout", async () => {
    const report = path.join(dir, "smoke-report.json");
    const run = await runAction(
      "smoke-test",
      {
        ...world.inputs,
        url: hostile.url,
        timeout: "2s",
        "report-path": report,
        checks: "- name: trickle\n  path: /trickle\n- name: huge\n  path: /huge\n",
      },
      world.env,
    );
    expect(run.code).toBe(1);
    const reasons = JSON.parse(readFileSync(report, "utf8")).results.map((r: { reason: string }) => r.reason);
    expect(reasons).toEqual([
      "no answer: no whole answer within 2.0s",
      "no answer: the body is larger than 16 MiB; reading stopped there",
    ]);
    expect(run.outputs).toMatchObject({ passed: "0", failed: "2" });
  });

  it("counts warm-caches requests to a trickling or huge body as errors, with progress while it waits", async () => {
    const run = await runAction(
      "warm-caches",
      { ...world.inputs, url: hostile.url, timeout: "11s", paths: "/trickle,/huge" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Pass 1: 1 of 2 requests answered; 1 probes \(error 1\)/);
    expect(run.outputs).toMatchObject({ requests: "2", errors: "2" });
    expect(run.stdout).toMatch(/::error::warm-caches saw 100\.0% errors/);
  });

  it("judges a trickling soak probe as errors and rolls back, not as too little traffic", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const run = await runAction(
      "soak-monitor",
      {
        ...world.inputs,
        "probe-url": `${hostile.url}/trickle`,
        "probe-timeout": "1s",
        "probe-interval": "100ms",
        duration: "20s",
        window: "5s",
        "min-samples": "5",
      },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("rolled-back");
    expect(run.outputs["breach-reason"]).toMatch(/^probes: error rate 100\.0%/);
    expect(production()).toEqual({ blue: 100, green: 0 });
  });
});

describe("case 12: URL userinfo is masked everywhere", () => {
  const withUser = (url: string, user: string, password: string) => url.replace("http://", `http://${user}:${password}@`);

  it("in smoke-test's log and report", async () => {
    const report = path.join(dir, "masked-report.json");
    const run = await runAction(
      "smoke-test",
      { ...world.inputs, url: withUser(world.urls.test, "alice", "sm0ke-pw"), "report-path": report },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expectHidden(run.stdout, "sm0ke-pw");
    expect(run.stdout).toMatch(/Checking the standby color \(green\) at http:\/\/\*\*\*@127\.0\.0\.1:\d+\//);
    expect(readFileSync(report, "utf8")).not.toContain("sm0ke-pw");
  });

  it("in switch's gate line", async () => {
    const run = await runAction(
      "switch",
      {
        ...world.inputs,
        "probe-url": withUser(`${world.urls.prod}/version`, "gate", "g4te-pw"),
        "probe-interval": "50ms",
        "step-interval": "2s",
      },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Gates: .*probes of http:\/\/\*\*\*@127\.0\.0\.1:\d+\/version/);
    expectHidden(run.stdout, "g4te-pw");
  });

  it("in purge-cdn's progress", async () => {
    const run = await runAction(
      "purge-cdn",
      {
        ...world.inputs,
        "distribution-id": world.distributionId,
        "verify-url": withUser(`${world.urls.cdn}/`, "edge", "purg3-pw"),
        "expected-version": "v9",
        timeout: "8s",
      },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Waiting for http:\/\/\*\*\*@127\.0\.0\.1:\d+\/ to serve v9/);
    expectHidden(run.stdout, "purg3-pw");
  });

  it("in input errors", async () => {
    const scheme = await runAction("switch", { ...world.inputs, "probe-url": "ftp://u:err0r-pw@example.com/x" }, world.env);
    expect(scheme.stdout).toContain(
      `::error::Input 'probe-url' must be an http:// or https:// URL, got "ftp://***@example.com/x"`,
    );
    expectHidden(scheme.stdout, "err0r-pw");
    const unparsed = await runAction("switch", { ...world.inputs, "verify-url": "http://u:err0r-pw@[bad/x" }, world.env);
    expect(unparsed.stdout).toContain(`::error::Input 'verify-url' is not a URL, got "http://***@[bad/x"`);
    expect(unparsed.stdout).not.toContain("err0r-pw");
  });
});

describe("case 13: a header that cannot be sent is an input error", () => {
  it("in the headers input, a control character or a lone CR", async () => {
    for (const headers of ["X-Token: abc\u0001def", "X-A: one\rX-B: two"]) {
      const run = await runAction("warm-caches", { ...world.inputs, headers }, world.env);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::Input 'headers' line 1 is not a "Name: value" header \(the value of X-\w+ holds a control character/,
      );
      expect(run.stdout).not.toContain("This is a bug");
    }
  });

  it("in a check's headers, CR LF", async () => {
    const checks = '- name: home\n  path: /\n- name: evil\n  path: /\n  headers: { X-Evil: "a\\r\\nInjected: yes" }\n';
    const run = await runAction("smoke-test", { ...world.inputs, checks }, world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Input 'checks' \(inline\) line 5: check "evil" headers: the value of X-Evil holds a control character/,
    );
    expect(run.stdout).not.toContain("This is a bug");
  });
});

describe("case 14: the user's command gets the signal, and is killed after a grace period", () => {
  function alive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  it("passes SIGINT to teardown-command, which exits on it", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const pidFile = path.join(dir, "teardown.pid");
    const command = `trap 'echo "teardown-command got INT"; exit 130' INT; echo $$ > ${pidFile}; while :; do sleep 0.1; done`;
    const { child, result } = startAction(
      "teardown",
      { ...world.inputs, ttl: "0s", "deregister-targets": "false", "teardown-command": command },
      world.env,
    );
    await until("the command runs", () => existsSync(pidFile) && statSync(pidFile).size > 0, child);
    const sent = await cancelLikeRunner(child);
    const run = await result;
    expect(sent).toEqual(["SIGINT"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("teardown-command got INT");
    expect(run.stdout).toMatch(/::error::The run was cancelled \(SIGINT\) while teardown-command ran; it was stopped after/);
    expect(alive(Number(readFileSync(pidFile, "utf8")))).toBe(false);
  });

  it("kills a deploy-command that ignores the signal before the runner's SIGTERM, leaving no orphan", async () => {
    const pidFile = path.join(dir, "deploy.pid");
    const command = `trap '' INT TERM; echo $$ > ${pidFile}; while :; do sleep 0.1; done`;
    const { child, result } = startAction(
      "deploy-standby",
      { ...world.inputs, version: "v3", "deploy-command": command },
      world.env,
    );
    await until("the command runs", () => existsSync(pidFile) && statSync(pidFile).size > 0, child);
    const pid = Number(readFileSync(pidFile, "utf8"));
    const sent = await cancelLikeRunner(child);
    const run = await result;
    expect(sent).toEqual(["SIGINT"]);
    expect(run.stdout).toContain("SIGINT received: passing it to deploy-command, which is killed in 5.0s unless it exits.");
    expect(alive(pid)).toBe(false);
  });
});

describe("case 15: a checks file beyond sane limits is refused, and the summary stays under 1 MiB", () => {
  it("refuses a checks file over 1 MB and a list of more than 1,000 checks, before any request", async () => {
    const big = path.join(dir, "big-checks.yml");
    writeFileSync(big, Array.from({ length: 200_000 }, (_, i) => `- name: c${i}\n  path: /\n`).join(""));
    const served = () => [...world.apps.blue, ...world.apps.green].reduce((n, a) => n + a.served, 0);
    const before = served();
    const huge = await runAction("smoke-test", { ...world.inputs, checks: big }, world.env);
    expect(huge.code).toBe(1);
    expect(huge.stdout).toContain(
      `::error::Input 'checks' (${big}) line 1: is larger than 1 MB; split the checks over several steps`,
    );
    const many = path.join(dir, "many-checks.yml");
    writeFileSync(many, Array.from({ length: 1_001 }, (_, i) => `- { name: c${i}, path: / }\n`).join(""));
    const tooMany = await runAction("smoke-test", { ...world.inputs, checks: many }, world.env);
    expect(tooMany.stdout).toContain("holds 1001 checks, more than 1000; split them over several steps");
    expect(served()).toBe(before);
  });

  it("cuts a summary that would pass 1 MiB, with a note, and names only the first failures in the error", async () => {
    const many = path.join(dir, "failing-checks.yml");
    const lacks = "x".repeat(150);
    const name = (i: number) => `check-${String(i).padStart(4, "0")}-${"n".repeat(60)}`;
    writeFileSync(
      many,
      Array.from({ length: 1_000 }, (_, i) => `- { name: ${name(i)}, path: /, expect: { body-contains: ${lacks} } }\n`).join(""),
    );
    // As when earlier phases of the one-step action wrote to the same step's summary.
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, `${"earlier phase\n".repeat(64 * 1024)}`);
    const run = await runAction("smoke-test", { ...world.inputs, checks: many }, { ...world.env, GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(statSync(summary).size).toBeLessThanOrEqual(1024 * 1024);
    expect(readFileSync(summary, "utf8")).toMatch(/> \*\*Cut here\*\*: this summary would be \d+ KiB, over GitHub's 1 MiB limit/);
    const error = run.stdout.split("\n").findLast((l) => l.startsWith("::error::")) ?? "";
    expect(error).toMatch(/^::error::1000 of 1000 smoke checks failed: .*; and 990 more, in the log above$/);
    expect(error.length).toBeLessThan(5_000);
  });
});
