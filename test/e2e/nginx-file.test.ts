// The nginx router's file, end to end (issue 25 cases 7 and 9, its medium and low findings, and
// issue 34 finding 5): the committed bundles against a real nginx under load. What cutover cannot
// fully manage is refused before the first write, with its line; what it writes keeps every byte
// but the weights; its copies follow no symlink and no glob include loads them.
import { lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { asPercent, blockWeights } from "../../src/routers/nginx/weights.ts";
import { isFailure, LoadGenerator, type LoadRecord } from "../sandbox/load.ts";
import { EXTRA_UPSTREAM, initialUpstreams, nginxOrSkip, UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import { runAction } from "../sandbox/run-action.ts";

const RATE = 60;
const { skip } = nginxOrSkip();
let world: NginxWorld;

function load(url = world.urls.prod): LoadGenerator {
  return new LoadGenerator(`${url}/version`, RATE, {}, { retryClosedConnections: true }).start();
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

/** The file as a person leaves it, in place and loaded; the step must then refuse it untouched. */
async function handEdited(text: string): Promise<{ text: string; mtime: number }> {
  await world.proxy.replace(text);
  return { text, mtime: statSync(world.proxy.file).mtimeMs };
}

function untouched(before: { text: string; mtime: number }): void {
  expect(world.proxy.readFile()).toBe(before.text);
  expect(statSync(world.proxy.file).mtimeMs).toBe(before.mtime);
}

const onlyV1 = (records: LoadRecord[]) => records.every((r) => r.status === 200 && r.version === "v1");

describe.skipIf(skip)("the nginx router's file, end to end through a real nginx", () => {
  beforeAll(async () => {
    world = await startNginxWorld();
  });
  afterAll(() => world?.stop());
  beforeEach(() => world.reset());

  it("refuses an include inside the managed upstream before the first write, naming its line (case 7)", async () => {
    const extra = join(world.proxy.dir, "more-blue.conf");
    writeFileSync(extra, `server ${world.servers.blue[0]};\n`);
    const text = world.proxy.readFile().replace(`upstream ${UPSTREAM} {\n`, `upstream ${UPSTREAM} {\n    include ${extra};\n`);
    const before = await handEdited(text);
    const traffic = load();
    const run = await runAction("switch", world.inputs);
    const records = await traffic.stop();
    expect(run.code, run.stdout).toBe(1);
    expect(errors(run.stdout)).toMatch(
      /cannot be read at line 3: 'include' in upstream backend is not a directive cutover understands/,
    );
    untouched(before);
    expect(records.filter(isFailure)).toEqual([]);
    expect(onlyV1(records)).toBe(true);
  });

  it("never marks a color down in a third upstream no switch moves: teardown refuses it, named (case 9)", async () => {
    expect((await runAction("switch", world.inputs)).code).toBe(0);
    const third = [
      `upstream ${EXTRA_UPSTREAM} {`,
      ...world.servers.blue.map((s) => `    server ${s}; # blue`),
      ...world.servers.green.map((s) => `    server ${s} down; # green`),
      "}",
      "",
    ].join("\n");
    const before = await handEdited(`${world.proxy.readFile()}\n${third}`);
    const line = before.text.split("\n").indexOf(`upstream ${EXTRA_UPSTREAM} {`) + 1;
    const traffic = load(world.urls.extra);
    const teardown = await runAction("teardown", { ...world.inputs, ttl: "0s" });
    const switched = await runAction("switch", world.inputs);
    const records = await traffic.stop();
    expect(teardown.code, teardown.stdout).toBe(1);
    expect(errors(teardown.stdout)).toContain(`at line ${line}: upstream ${EXTRA_UPSTREAM} is neither nginx-upstream`);
    expect(switched.code).toBe(1);
    expect(errors(switched.stdout)).toContain(`upstream ${EXTRA_UPSTREAM} is neither`);
    untouched(before);
    expect(records.length).toBeGreaterThan(20);
    expect(onlyV1(records)).toBe(true);
  });

  it("keeps hand-written comments and spacing on its first write, and refuses a server the inputs do not list (low)", async () => {
    const hand = initialUpstreams(world.servers)
      .replace(
        `upstream ${UPSTREAM} {\n`,
        `upstream ${UPSTREAM} {\n    # canary pool, ask ops before editing\n    keepalive  16;\n`,
      )
      .replace(
        "# Included by nginx.conf; managed by cutover.\n",
        "# Included by nginx.conf; managed by cutover.\n# owner: platform team\n\n",
      );
    await handEdited(hand);
    const run = await runAction("switch", world.inputs);
    expect(run.code, run.stdout).toBe(0);
    const written = world.proxy.readFile();
    const weightless = (text: string) =>
      text
        .split("\n")
        .filter((l) => !l.startsWith("# ledger "))
        .join("\n")
        .replace(/[ \t]+(weight=\d+|down)(?=[\s;])/g, "");
    expect(weightless(written)).toBe(weightless(hand));
    expect(production()).toEqual({ blue: 0, green: 100 });

    const stranger = written.replace(`upstream ${UPSTREAM} {\n`, `upstream ${UPSTREAM} {\n    server 127.0.0.1:9; # blue\n`);
    const before = await handEdited(stranger);
    const refused = await runAction("rollback", { ...world.inputs, reason: "a stranger in the file" });
    expect(refused.code).toBe(1);
    expect(errors(refused.stdout)).toContain("at line");
    expect(errors(refused.stdout)).toContain(
      "server 127.0.0.1:9 in upstream backend is marked '# blue' but blue-servers does not list it",
    );
    untouched(before);
  });

  it("writes a file without its final newline, and rolls it back (medium)", async () => {
    await handEdited(initialUpstreams(world.servers).trimEnd());
    const traffic = load();
    const switched = await runAction("switch", world.inputs);
    expect(switched.code, switched.stdout).toBe(0);
    expect(production()).toEqual({ blue: 0, green: 100 });
    await world.proxy.replace(world.proxy.readFile().trimEnd());
    const rolled = await runAction("rollback", { ...world.inputs, reason: "no newline" });
    const ended = Date.now() + 1_000;
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    const records = await traffic.stop();
    expect(rolled.code, rolled.stdout).toBe(0);
    expect(production()).toEqual({ blue: 100, green: 0 });
    expect(world.proxy.readFile().endsWith("}")).toBe(true);
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.filter((r) => r.at > ended).every((r) => r.version === "v1")).toBe(true);
  });

  it("leaves no copy where a glob include of the file's folder loads it, and follows no symlink planted at the old copy names (low; issue 34 #5)", async () => {
    const victim = join(world.proxy.dir, "authorized_keys");
    // A comment: the glob include loads the planted links too, and must find nothing to serve in them.
    writeFileSync(victim, "# ssh-ed25519 AAAA precious\n");
    for (const suffix of [".cutover-new", ".cutover-previous"]) symlinkSync(victim, `${world.proxy.file}${suffix}`);
    try {
      const traffic = load();
      const run = await runAction("switch", world.inputs);
      await new Promise((resolve) => setTimeout(resolve, 1_300));
      const records = await traffic.stop();
      expect(run.code, run.stdout).toBe(0);
      expect(readFileSync(victim, "utf8")).toBe("# ssh-ed25519 AAAA precious\n");
      for (const suffix of [".cutover-new", ".cutover-previous"]) {
        expect(lstatSync(`${world.proxy.file}${suffix}`).isSymbolicLink()).toBe(true);
      }
      expect(production()).toEqual({ blue: 0, green: 100 });
      expect(records.filter(isFailure)).toEqual([]);
      expect(records.at(-1)?.version).toBe("v2");
    } finally {
      for (const suffix of [".cutover-new", ".cutover-previous"]) rmSync(`${world.proxy.file}${suffix}`, { force: true });
    }
    // Every write's copies are gone; the folder nginx includes holds the managed file alone.
    expect(readdirSync(world.proxy.folder)).toEqual(["upstreams.conf"]);
    expect((await runAction("rollback", { ...world.inputs, reason: "glob" })).code).toBe(0);
    expect(readdirSync(world.proxy.folder)).toEqual(["upstreams.conf"]);
  });

  it("refuses a managed path that is a symlink unless nginx-allow-symlink says so, and then keeps the link (issue 34 #5)", async () => {
    const link = join(world.proxy.dir, "upstreams-link.conf");
    symlinkSync(world.proxy.file, link);
    const before = { text: world.proxy.readFile(), mtime: statSync(world.proxy.file).mtimeMs };
    const refused = await runAction("switch", { ...world.inputs, "nginx-upstream-file": link });
    expect(refused.code).toBe(1);
    expect(errors(refused.stdout)).toMatch(/upstreams-link\.conf is a symlink .*nginx-allow-symlink: true/);
    untouched(before);
    const allowed = await runAction("switch", { ...world.inputs, "nginx-upstream-file": link, "nginx-allow-symlink": "true" });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(production()).toEqual({ blue: 0, green: 100 });
    rmSync(link);
  });
});
