// The nginx router end to end: the committed step bundles, run as the runner does, against a real
// nginx (Debian's package) under load; every promise is seen in traffic and in the managed file.
import { statSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { asPercent, blockWeights } from "../../src/routers/nginx/weights.ts";
import { untilLogged } from "../sandbox/cancel.ts";
import { isFailure, LoadGenerator, type LoadRecord } from "../sandbox/load.ts";
import { nginxOrSkip, TEST_UPSTREAM, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { expectNoAlbWords } from "../support/alb-words.ts";
import { BAD_NGINX_INPUTS } from "../support/nginx-inputs.ts";

const RATE = 150;
const { skip } = nginxOrSkip();

let world: NginxWorld;

/** Each upstream's split as the file holds it now, in percent. */
function split(): Record<string, { blue: number; green: number }> {
  const managed = parseManagedFile(world.proxy.readFile(), world.proxy.file);
  return Object.fromEntries(managed.upstreams.map((u) => [u.name, asPercent(blockWeights(u))]));
}

function load(): LoadGenerator {
  return new LoadGenerator(`${world.urls.prod}/version`, RATE, {}, { retryClosedConnections: true }).start();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function errorLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => line.startsWith("::error::"));
}

/** The production split over time, as the file showed it: sampled while a step runs. */
function watchFile(): { stop: () => { at: number; green: number }[] } {
  const seen: { at: number; green: number }[] = [];
  const timer = setInterval(() => {
    const green = split()[UPSTREAM]?.green ?? 0;
    if (seen.at(-1)?.green !== green) seen.push({ at: Date.now(), green });
  }, 20);
  return {
    stop: () => {
      clearInterval(timer);
      return seen;
    },
  };
}

/**
 * nginx takes the file a moment after it changes (nginx -t, then the reload signal, then new
 * workers): on a busy machine up to a second or so. Requests that soon after a change are left out.
 */
const RELOAD_MARGIN_MS = 1_000;

/** The share of v2 among requests sent while the file held `green` percent, leaving the margin after each change. */
function shareOn(records: LoadRecord[], phases: { at: number; green: number }[], green: number): number {
  const marginMs = RELOAD_MARGIN_MS;
  const index = phases.findIndex((p) => p.green === green);
  const from = (phases[index]?.at ?? Infinity) + marginMs;
  const to = phases[index + 1]?.at ?? Infinity;
  const during = records.filter((r) => r.at >= from && r.at < to);
  expect(during.length, `requests while green had ${green}%`).toBeGreaterThan(100);
  return during.filter((r) => r.version === "v2").length / during.length;
}

describe.skipIf(skip)("the nginx router, end to end through a real nginx", () => {
  beforeAll(async () => {
    world = await startNginxWorld();
  });
  afterAll(() => world?.stop());
  beforeEach(() => world.reset());

  it(`switches all at once at ${RATE} requests/s with no failed request, and writes the ledger in the file`, async () => {
    const traffic = load();
    await settle();
    const run = await runAction("switch", {
      ...world.inputs,
      "verify-url": `${world.urls.prod}/version`,
      "expected-version": "v2",
    });
    const ended = Date.now();
    await settle();
    const records = await traffic.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.filter((r) => r.at > ended).every((r) => r.version === "v2")).toBe(true);
    expect(split()).toEqual({ [UPSTREAM]: { blue: 0, green: 100 }, [TEST_UPSTREAM]: { blue: 100, green: 0 } });
    expect(run.outputs).toMatchObject({ "active-color": "green", "previous-color": "blue", switched: "true" });
    const { ledger } = parseManagedFile(world.proxy.readFile(), world.proxy.file);
    expect(ledger.green["cutover:live-since"]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(ledger.blue["cutover:retired-at"]).toBe(ledger.green["cutover:live-since"]);
    expect(run.summary).toContain("`backend`");
    expect(run.summary).toContain("**Long-lived connections:** nginx reloads gracefully");
  });

  it(`switches in steps of 10, 50 and 100 % at ${RATE} requests/s: the version mix follows the plan`, async () => {
    const traffic = load();
    const file = watchFile();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const run = await runAction("switch", { ...world.inputs, strategy: "steps", steps: "10,50,100", "step-interval": "2500ms" });
    await new Promise((resolve) => setTimeout(resolve, RELOAD_MARGIN_MS + 500));
    const phases = file.stop();
    const records = await traffic.stop();
    expect(run.code, run.stdout).toBe(0);
    expect(records.filter(isFailure)).toEqual([]);
    expect(phases.map((p) => p.green)).toEqual([0, 10, 50, 100]);
    expect(shareOn(records, phases, 0)).toBe(0);
    expect(shareOn(records, phases, 10)).toBeGreaterThan(0.03);
    expect(shareOn(records, phases, 10)).toBeLessThan(0.2);
    expect(shareOn(records, phases, 50)).toBeGreaterThan(0.35);
    expect(shareOn(records, phases, 50)).toBeLessThan(0.65);
    expect(records.filter((r) => r.at > (phases[3]?.at ?? 0) + RELOAD_MARGIN_MS).every((r) => r.version === "v2")).toBe(true);
  });

  it("rolls back in one reload", async () => {
    const switched = await runAction("switch", world.inputs);
    expect(switched.code).toBe(0);
    expectNoAlbWords(switched, "switch");
    const traffic = load();
    const before = await world.proxy.settledReloads();
    const run = await runAction("rollback", { ...world.inputs, reason: "bad release" });
    const ended = Date.now() + RELOAD_MARGIN_MS;
    await new Promise((resolve) => setTimeout(resolve, RELOAD_MARGIN_MS + 300));
    const records = await traffic.stop();
    expect(run.code, run.stdout).toBe(0);
    expect((await world.proxy.settledReloads()) - before).toBe(1);
    expect(split()).toEqual({ [UPSTREAM]: { blue: 100, green: 0 }, [TEST_UPSTREAM]: { blue: 0, green: 100 } });
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.filter((r) => r.at > ended).every((r) => r.version === "v1")).toBe(true);
    expect(parseManagedFile(world.proxy.readFile(), world.proxy.file).ledger.green["cutover:rollback-reason"]).toBe(
      "bad release",
    );
    expectNoAlbWords(run, "rollback");
  });

  it("puts the old file back and reloads when SIGTERM arrives in the middle of a stepped switch", async () => {
    const before = world.proxy.readFile();
    const traffic = load();
    const { child, result } = startAction("switch", {
      ...world.inputs,
      strategy: "steps",
      steps: "10,50,100",
      "step-interval": "20s",
    });
    await untilLogged(child, /\(10% on green\)/);
    expect(split()[UPSTREAM]).toEqual({ blue: 90, green: 10 });
    const reloads = await world.proxy.settledReloads();
    child.kill("SIGTERM");
    const run = await result;
    const ended = Date.now() + RELOAD_MARGIN_MS;
    await new Promise((resolve) => setTimeout(resolve, RELOAD_MARGIN_MS + 300));
    const records = await traffic.stop();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The run was cancelled.* Every route was put back as it was before this run\./);
    expect((await world.proxy.settledReloads()) - reloads).toBe(1);
    expect(split()).toEqual(parseSplit(before));
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.filter((r) => r.at > ended).every((r) => r.version === "v1")).toBe(true);
  });

  it("leaves the upstreams and the traffic as they were when nginx's test refuses the new file, and shows nginx's message", async () => {
    const before = world.proxy.readFile();
    const reloads = await world.proxy.settledReloads();
    const traffic = load();
    const green = world.servers.green.map((s) => `${s} max_fails=abc`).join("\n");
    const run = await runAction("switch", { ...world.inputs, "green-servers": green });
    const records = await traffic.stop();
    expect(run.code).toBe(1);
    const lines = errorLines(run.stdout);
    expect(lines.join("\n")).toMatch(
      /nginx-test-command .* refused the new upstream file: nginx: \[emerg\] invalid parameter "max_fails=abc"/,
    );
    // Only the ledger's comments changed: the write's mark (cutover:last-write), made before the write.
    const upstreams = (text: string) => parseManagedFile(text, world.proxy.file).upstreams;
    expect(upstreams(world.proxy.readFile())).toEqual(upstreams(before));
    expect(await world.proxy.settledReloads()).toBe(reloads);
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.every((r) => r.version === "v1")).toBe(true);
  });

  it("drops none of the slow requests (2 s answers) in flight across the reload", async () => {
    world.setApps("blue", { latencyMs: 2_000 });
    const slow = new LoadGenerator(`${world.urls.prod}/version`, 20, {}, { retryClosedConnections: true }).start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const run = await runAction("switch", world.inputs);
    await settle();
    const records = await slow.stop();
    expect(run.code, run.stdout).toBe(0);
    const onBlue = records.filter((r) => r.version === "v1");
    expect(onBlue.length).toBeGreaterThan(10);
    expect(onBlue.every((r) => r.status === 200 && r.latencyMs >= 2_000)).toBe(true);
    expect(records.filter(isFailure)).toEqual([]);
  });

  it("changes nothing on dry-run: the file as it was, and no reload", async () => {
    const before = world.proxy.readFile();
    const reloads = await world.proxy.settledReloads();
    const run = await runAction("switch", {
      ...world.inputs,
      "dry-run": "true",
      strategy: "steps",
      steps: "10,50,100",
      "step-interval": "1s",
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/dry-run/i);
    expect(world.proxy.readFile()).toBe(before);
    expect(await world.proxy.settledReloads()).toBe(reloads);
  });

  it("deploy-standby waits on each server's health path and records the version; teardown marks the retired color down", async () => {
    world.setApps("green", { healthy: false });
    const sick = await runAction("deploy-standby", { ...world.inputs, version: "v2", "health-timeout": "2s" });
    expect(sick.code).toBe(1);
    // A failed health wait lists each server: in nginx's words, not ALB's.
    expectNoAlbWords(sick, "deploy-standby that fails its health wait");
    expect(errorLines(sick.stdout).join("\n")).toMatch(/green is not healthy after .* \(health-timeout\).*HTTP 503/);
    world.setApps("green", { healthy: true });
    const deployed = await runAction("deploy-standby", { ...world.inputs, version: "v2" });
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(parseManagedFile(world.proxy.readFile(), world.proxy.file).ledger.green["cutover:version"]).toBe("v2");
    expect((await runAction("switch", world.inputs)).code).toBe(0);
    const traffic = load();
    const teardown = await runAction("teardown", { ...world.inputs, ttl: "0s" });
    const records = await traffic.stop();
    expect(teardown.code, teardown.stdout).toBe(0);
    expect(teardown.outputs["torn-down-color"]).toBe("blue");
    expectNoAlbWords(teardown, "teardown");
    const status = await runAction("status", world.inputs);
    expect(status.code, status.stdout).toBe(0);
    expectNoAlbWords(status, "status after teardown");
    const managed = parseManagedFile(world.proxy.readFile(), world.proxy.file);
    for (const block of managed.upstreams) {
      expect(block.servers.filter((s) => s.color === "blue").every((s) => s.weight === 0)).toBe(true);
    }
    expect(split()[UPSTREAM]).toEqual({ blue: 0, green: 100 });
    expect(managed.ledger.blue["cutover:torn-down-at"]).toMatch(/^\d{4}-/);
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.every((r) => r.version === "v2")).toBe(true);
  });

  it.each(BAD_NGINX_INPUTS.map(([input, inputs, problem], i) => ({ i, input, inputs, problem })))(
    "bad input #$i ($input): one error line, and the file untouched",
    async ({ input, inputs, problem }) => {
      const before = world.proxy.readFile();
      const mtime = statSync(world.proxy.file).mtimeMs;
      const run = await runAction("switch", { ...world.inputs, ...inputs });
      expect(run.code).toBe(1);
      const lines = errorLines(run.stdout);
      expect(lines, run.stdout).toHaveLength(1);
      expect(lines[0]).toContain(`Input '${input}'`);
      expect(lines[0]).toContain(problem);
      expect(lines[0]).toMatch(/Example: \S+/);
      expect(world.proxy.readFile()).toBe(before);
      expect(statSync(world.proxy.file).mtimeMs).toBe(mtime);
    },
  );
});

function parseSplit(text: string): Record<string, { blue: number; green: number }> {
  const managed = parseManagedFile(text, "before");
  return Object.fromEntries(managed.upstreams.map((u) => [u.name, asPercent(blockWeights(u))]));
}
