// nginx-exec under faults, end to end (issue 25 cases 1 and 8 and its put-back finding): the
// committed bundles through an ssh-like prefix that drops connections or stalls, against a real
// nginx under load. A dropped connection is tried again; a stalled command ends at the cancel; a
// failed reload is followed by a reload onto the restored file, or by "state unknown"; a put-back
// never overwrites another writer.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderManagedFile } from "../../src/routers/nginx/rewrite.ts";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { asPercent, blockWeights, weighBlock } from "../../src/routers/nginx/weights.ts";
import { cancelLikeRunner, untilLogged } from "../sandbox/cancel.ts";
import { isFailure, LoadGenerator, type LoadRecord } from "../sandbox/load.ts";
import { ExecFaults } from "../sandbox/nginx/exec-faults.ts";
import { nginxOrSkip, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";

const RATE = 60;
/** nginx takes a file a moment after the reload signal: requests that soon after are left out. */
const RELOAD_MARGIN_MS = 1_000;
const { skip } = nginxOrSkip();
let world: NginxWorld;
let faults: ExecFaults;

function load(): LoadGenerator {
  return new LoadGenerator(`${world.urls.prod}/version`, RATE, {}, { retryClosedConnections: true }).start();
}

function production(): { blue: number; green: number } {
  const block = parseManagedFile(world.proxy.readFile(), world.proxy.file).upstreams.find((u) => u.name === UPSTREAM);
  return asPercent(blockWeights(block!));
}

function errors(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => l.startsWith("::error::"))
    .join("\n");
}

/** Requests sent once nginx has had time to take the file the step left. */
async function settledRecords(traffic: LoadGenerator): Promise<{ all: LoadRecord[]; after: LoadRecord[] }> {
  const from = Date.now() + RELOAD_MARGIN_MS;
  await new Promise((resolve) => setTimeout(resolve, RELOAD_MARGIN_MS + 500));
  const all = await traffic.stop();
  return { all, after: all.filter((r) => r.at > from) };
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return { ...world.inputs, "nginx-exec": faults.prefix, ...extra };
}

/** A reload command that reloads nginx, then fails: every time, or only the first time. */
function failingReload(name: string, once: boolean): string {
  const script = join(world.proxy.dir, `${name}.sh`);
  const marker = join(world.proxy.dir, `${name}.failed`);
  const body = once
    ? `${world.proxy.reloadCommand} || exit 1\n[ -e ${marker} ] && exit 0\ntouch ${marker}\necho "reload: lost the answer" >&2\nexit 1\n`
    : `${world.proxy.reloadCommand} || exit 1\necho "reload: lost the answer" >&2\nexit 1\n`;
  writeFileSync(script, body);
  return `sh ${script}`;
}

describe.skipIf(skip)("nginx-exec under faults, end to end through a real nginx", () => {
  beforeAll(async () => {
    world = await startNginxWorld();
    faults = new ExecFaults(world.proxy.dir);
  });
  afterAll(() => world?.stop());
  beforeEach(async () => {
    faults.reset();
    await world.reset();
  });

  it("finishes a stepped switch through a connection that drops every third time (case 1)", async () => {
    faults.dropEvery(3);
    const traffic = load();
    const run = await runAction("switch", inputs({ strategy: "steps", steps: "10,50,100", "step-interval": "1s" }));
    const { all, after } = await settledRecords(traffic);
    expect(run.code, run.stdout).toBe(0);
    expect(faults.calls).toBeGreaterThan(6);
    expect(production()).toEqual({ blue: 0, green: 100 });
    expect(run.outputs).toMatchObject({ "active-color": "green", switched: "true" });
    expect(all.filter(isFailure)).toEqual([]);
    expect(after.length).toBeGreaterThan(20);
    expect(after.every((r) => r.version === "v2")).toBe(true);
  });

  it("tries a command past nginx-exec-timeout again, and switches", async () => {
    faults.hangNextWrite(20);
    const traffic = load();
    const run = await runAction("switch", inputs({ "nginx-exec-timeout": "2s" }));
    const { all, after } = await settledRecords(traffic);
    expect(run.code, run.stdout).toBe(0);
    expect(faults.hanging).toBe(true);
    expect(production()).toEqual({ blue: 0, green: 100 });
    expect(all.filter(isFailure)).toEqual([]);
    expect(after.every((r) => r.version === "v2")).toBe(true);
  }, 60_000);

  it("puts the file back after a runner's cancel although the put-back's first connections drop", async () => {
    const traffic = load();
    const { child, result } = startAction("switch", inputs({ strategy: "steps", steps: "10,100", "step-interval": "30s" }));
    await untilLogged(child, /\(10% on green\)/);
    expect(production()).toEqual({ blue: 90, green: 10 });
    faults.drop(3);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    await cancel.exited;
    const { all, after } = await settledRecords(traffic);
    expect(run.code).toBe(1);
    expect(cancel.sent).toEqual(["SIGINT"]);
    expect(run.stdout).toMatch(/Every route was put back as it was before this run/);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(all.filter(isFailure)).toEqual([]);
    expect(after.every((r) => r.version === "v1")).toBe(true);
  });

  it("stops a stalled write at the runner's cancel and puts the file back within its grace", async () => {
    const traffic = load();
    const { child, result } = startAction("switch", inputs({ strategy: "steps", steps: "10,100", "step-interval": "1s" }));
    await untilLogged(child, /\(10% on green\)/);
    faults.hangNextWrite(60);
    const deadline = Date.now() + 20_000;
    while (!faults.hanging && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(faults.hanging).toBe(true);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    await cancel.exited;
    const { all, after } = await settledRecords(traffic);
    expect(run.code).toBe(1);
    expect(cancel.sent).not.toContain("SIGKILL");
    expect(run.stdout).toMatch(/Every route was put back as it was before this run/);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(all.filter(isFailure)).toEqual([]);
    expect(after.every((r) => r.version === "v1")).toBe(true);
  }, 60_000);

  it("reloads onto the restored file when a reload fails after nginx took the new one (case 8)", async () => {
    const traffic = load();
    const run = await runAction("switch", inputs({ "nginx-reload-command": failingReload("reload-once", true) }));
    const { all, after } = await settledRecords(traffic);
    expect(run.code).toBe(1);
    expect(errors(run.stdout)).toContain("The previous file is back in place and nginx was reloaded onto it");
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(all.filter(isFailure)).toEqual([]);
    expect(after.length).toBeGreaterThan(20);
    expect(after.every((r) => r.version === "v1")).toBe(true);
  });

  it("says the state is unknown, never 'put back', when every reload fails after nginx took the file (case 8)", async () => {
    const traffic = load();
    const run = await runAction("switch", inputs({ "nginx-reload-command": failingReload("reload-never", false) }));
    const { after } = await settledRecords(traffic);
    expect(run.code).toBe(1);
    expect(errors(run.stdout)).toMatch(/nginx's state is unknown.*run status/);
    expect(run.stdout).not.toMatch(/Every route was put back/);
    // The last reload signal nginx took carried the restored file.
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(after.every((r) => r.version === "v1")).toBe(true);
  });

  it("does not overwrite another writer's change with its put-back (medium)", async () => {
    const traffic = load();
    const { child, result } = startAction("switch", inputs({ strategy: "steps", steps: "10,100", "step-interval": "30s" }));
    await untilLogged(child, /\(10% on green\)/);
    const managed = parseManagedFile(world.proxy.readFile(), world.proxy.file);
    const servers = {
      blue: world.servers.blue.map((address) => ({ address, params: [] })),
      green: world.servers.green.map((address) => ({ address, params: [] })),
    };
    const upstreams = managed.upstreams.map((u) => (u.name === UPSTREAM ? weighBlock(u, { blue: 0, green: 100 }, servers) : u));
    const theirs = renderManagedFile({ ...managed, upstreams });
    await world.proxy.replace(theirs);
    const cancel = cancelLikeRunner(child);
    const run = await result;
    await cancel.exited;
    const { all, after } = await settledRecords(traffic);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("changed since this run read it: it now reads blue 0 / green 100");
    expect(run.stdout).not.toMatch(/Every route was put back/);
    expect(world.proxy.readFile()).toBe(theirs);
    expect(all.filter(isFailure)).toEqual([]);
    expect(after.every((r) => r.version === "v2")).toBe(true);
  });
});
