// The nginx sandbox and the router's internals against a real nginx: the install sequence through
// the exec prefix, nginx's own test refusing a file, graceful reloads under load, health probes.

import { readdirSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readNginxConfig } from "../../src/routers/nginx/config.ts";
import { execShell, type Shell } from "../../src/routers/nginx/exec.ts";
import { probeServers } from "../../src/routers/nginx/health.ts";
import { FileChangedError, installFile, readManagedText } from "../../src/routers/nginx/install.ts";
import { NginxProxy } from "../../src/routers/nginx/proxy.ts";
import { renderManagedFile } from "../../src/routers/nginx/rewrite.ts";
import { parseManagedFile, type Server } from "../../src/routers/nginx/upstream-file.ts";
import { blockWeights, type Weights, weighBlock } from "../../src/routers/nginx/weights.ts";
import { LoadGenerator, summarize } from "./load.ts";
import { nginxOrSkip, TEST_UPSTREAM, UPSTREAM } from "./nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "./nginx/world.ts";

const { skip } = nginxOrSkip();

async function get(url: string): Promise<{ status: number; version: string }> {
  const response = await fetch(url);
  await response.body?.cancel();
  return { status: response.status, version: response.headers.get("x-app-version") ?? "" };
}

describe.skipIf(skip)("the nginx sandbox", () => {
  let world: NginxWorld;
  let shell: Shell;
  beforeAll(async () => {
    world = await startNginxWorld();
    shell = execShell("");
  });
  afterAll(() => world?.stop());
  beforeEach(() => world.reset());

  const servers = (): Record<"blue" | "green", Server[]> => ({
    blue: world.servers.blue.map((address) => ({ address, params: ["max_fails=3"] })),
    green: world.servers.green.map((address) => ({ address, params: ["max_fails=3"] })),
  });

  /** The managed file with production at `weights` and the test upstream the other way. */
  async function weighted(weights: Weights): Promise<string> {
    const managed = parseManagedFile(await readManagedText(shell, world.proxy.file), world.proxy.file);
    const flipped = { blue: weights.green, green: weights.blue };
    return renderManagedFile({
      ...managed,
      upstreams: managed.upstreams.map((u) => weighBlock(u, u.name === UPSTREAM ? weights : flipped, servers())),
    });
  }

  async function install(text: string, prefix = ""): Promise<void> {
    const old = world.proxy.workers();
    await installFile(execShell(prefix), { file: world.proxy.file, ...commands() }, world.proxy.readFile(), text);
    await world.proxy.waitReloaded(old);
  }

  const commands = () => ({ testCommand: world.proxy.testCommand, reloadCommand: world.proxy.reloadCommand });

  it("serves blue on production and green on the test port, from the hand-written file", async () => {
    expect(await get(`${world.urls.prod}/version`)).toEqual({ status: 200, version: "v1" });
    expect(await get(`${world.urls.test}/version`)).toEqual({ status: 200, version: "v2" });
    const managed = parseManagedFile(world.proxy.readFile(), world.proxy.file);
    expect(managed.upstreams.map((u) => [u.name, blockWeights(u)])).toEqual([
      [UPSTREAM, { blue: 2, green: 0 }],
      [TEST_UPSTREAM, { blue: 0, green: 2 }],
    ]);
  });

  it("moves traffic by weight through a graceful reload, under load, with no failed request", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/version`, 150, {}, { retryClosedConnections: true }).start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await install(await weighted({ blue: 90, green: 10 }));
    const at10 = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await install(await weighted({ blue: 0, green: 100 }));
    const at100 = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const records = await load.stop();
    expect(summarize(records).failedRequests).toBe(0);
    const during = records.filter((r) => r.at > at10 + 100 && r.at < at100 - 100);
    const green = during.filter((r) => r.version === "v2").length / during.length;
    expect(green).toBeGreaterThan(0.04);
    expect(green).toBeLessThan(0.2);
    expect(records.filter((r) => r.at > at100 + 100).every((r) => r.version === "v2")).toBe(true);
    expect(await get(`${world.urls.test}/version`)).toEqual({ status: 200, version: "v1" });
    expect(world.proxy.readFile()).toContain("max_fails=3");
  });

  it("goes through the exec prefix for reads, writes, tests and reloads", async () => {
    // `nice -n 0` stands for docker exec -i / ssh: a command that runs the rest and passes stdin on.
    const text = await weighted({ blue: 0, green: 100 });
    await install(text, "nice -n 0");
    expect(await readManagedText(execShell("nice -n 0"), world.proxy.file)).toBe(text);
    expect(await get(`${world.urls.prod}/version`)).toEqual({ status: 200, version: "v2" });
    await expect(readManagedText(execShell("false"), world.proxy.file)).rejects.toThrow("through 'false sh'");
  });

  it("puts the previous file back when nginx's test refuses the new one, and does not reload", async () => {
    const before = world.proxy.readFile();
    const workers = world.proxy.workers();
    const broken = (await weighted({ blue: 0, green: 100 })).replace("max_fails=3", "max_fails=many");
    const error = await installFile(shell, { file: world.proxy.file, ...commands() }, before, broken).catch((e: Error) => e);
    expect(String(error)).toMatch(
      /nginx-test-command .* refused the new upstream file: nginx: \[emerg\] invalid parameter "max_fails=many"/,
    );
    expect(String(error)).toContain("The previous file is back in place and nginx was not reloaded");
    expect(world.proxy.readFile()).toBe(before);
    expect(world.proxy.workers().sort()).toEqual(workers.sort());
    expect(await get(`${world.urls.prod}/version`)).toEqual({ status: 200, version: "v1" });
    expect(readdirSync(world.proxy.folder).filter((name) => name.includes("cutover-"))).toEqual([]);
  });

  it("lets slow requests in flight finish on the old workers across a reload", async () => {
    world.setApps("blue", { latencyMs: 2_000 });
    const slow = Array.from({ length: 20 }, () => get(`${world.urls.prod}/version`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await installFile(
      shell,
      { file: world.proxy.file, ...commands() },
      world.proxy.readFile(),
      await weighted({ blue: 0, green: 100 }),
    );
    // New workers take new requests once the master has re-read the file and forked them: a moment
    // after the signal, seconds on a loaded machine; each answer from an old worker costs blue's 2 s.
    const deadline = Date.now() + 15_000;
    while ((await get(`${world.urls.prod}/version`)).version !== "v2" && Date.now() < deadline);
    expect(await get(`${world.urls.prod}/version`)).toEqual({ status: 200, version: "v2" });
    expect(await Promise.all(slow)).toEqual(Array.from({ length: 20 }, () => ({ status: 200, version: "v1" })));
  });

  it("probes each server of a color on its health path", async () => {
    world.apps.green[1]!.behaviour.healthy = false;
    const health = await probeServers(servers().green, "/health");
    expect(health.map((h) => h.state)).toEqual(["healthy", "unhealthy"]);
    expect(health[1]).toMatchObject({ id: "127.0.0.1", port: world.apps.green[1]!.port, reason: "HTTP 503" });
    const gone = await probeServers([{ address: "127.0.0.1:1", params: [] }], "/health");
    expect(gone[0]).toMatchObject({ state: "unhealthy", reason: "NoAnswer" });
  });

  function proxyFor(inputs: Record<string, string> = {}): NginxProxy {
    for (const [name, value] of Object.entries({ ...world.inputs, ...inputs }))
      process.env[`INPUT_${name.toUpperCase()}`] = value;
    try {
      return new NginxProxy(readNginxConfig());
    } finally {
      for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
    }
  }

  it("writes every block and the ledger as one unit, and reads them back", async () => {
    const proxy = proxyFor();
    const seen = await proxy.read();
    let next = proxy.weighed(seen.managed, UPSTREAM, { blue: 50, green: 50 });
    next = proxy.weighed(next, TEST_UPSTREAM, { blue: 50, green: 50 });
    next = proxy.withLedger(next, "green", { "cutover:version": "v2" }, []);
    await proxy.write(seen, next);
    const back = await proxy.read();
    expect(back.managed.upstreams).toEqual(next.upstreams);
    expect(back.managed.ledger).toEqual(next.ledger);
    expect(back.managed.upstreams.map(blockWeights)).toEqual([
      { blue: 2, green: 2 },
      { blue: 2, green: 2 },
    ]);
    expect(await proxy.ledger()).toEqual({ blue: {}, green: { "cutover:version": "v2" } });
  });

  it("does not write over a file someone else changed after it was read", async () => {
    const proxy = proxyFor();
    const seen = await proxy.read();
    const theirs = world.proxy.readFile().replace("# Included by nginx.conf", "# edited by a person");
    await world.proxy.replace(theirs);
    const error = await proxy.write(seen, proxy.weighed(seen.managed, UPSTREAM, { blue: 0, green: 100 })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FileChangedError);
    expect(world.proxy.readFile()).toBe(theirs);
  });

  it("names a missing file and shows the file to start from", async () => {
    const proxy = proxyFor({ "nginx-upstream-file": `${world.proxy.dir}/nope.conf` });
    await expect(proxy.read()).rejects.toThrow(
      /nope\.conf does not exist .* with blue live it reads: upstream backend \{ server 127\.0\.0\.1:\d+ weight=1; # blue/,
    );
  });

  it("refuses a hand-edited file it cannot read, and an upstream the file lacks", async () => {
    await world.proxy.replace(world.proxy.readFile().replace(/ # green\n/, "\n"));
    await expect(proxyFor().read()).rejects.toThrow(
      /cannot be read at line \d+: a server line must end in '# blue' or '# green'/,
    );
    await world.reset();
    await expect(proxyFor({ "nginx-upstream": "shop" }).read()).rejects.toThrow(
      "has no 'upstream shop' block, which nginx-upstream names (upstreams found: backend, backend-test)",
    );
  });
});
