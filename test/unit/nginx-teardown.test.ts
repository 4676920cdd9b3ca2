// teardown's one promise through the nginx router: it never marks down a color that has weight in
// the production upstream, even when someone rewrites the managed file between its reads.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Color } from "../../src/core/color.ts";
import { LEDGER } from "../../src/routers/ledger-keys.ts";
import type { NginxRouterConfig } from "../../src/routers/nginx/config.ts";
import { execShell, type Shell } from "../../src/routers/nginx/exec.ts";
import { connectNginx } from "../../src/routers/nginx/index.ts";
import { renderManagedFile } from "../../src/routers/nginx/rewrite.ts";
import { type Ledger, parseManagedFile, type Server } from "../../src/routers/nginx/upstream-file.ts";
import { blockWeights, type Weights, weighBlock } from "../../src/routers/nginx/weights.ts";
import { step as teardown } from "../../src/steps/teardown.ts";
import { random } from "../support/random.ts";

const HOUR = 3_600_000;
// Each case runs the real teardown step over a real file through sh: a few seconds per ten cases.
const CASES = 60;
const dir = mkdtempSync(path.join(tmpdir(), "cutover-nginx-teardown-"));
const FILE = path.join(dir, "upstreams.conf");
// Nothing listens on port 1: probes answer at once, unhealthy.
const SERVERS: Record<Color, Server[]> = {
  blue: [{ address: "127.0.0.1:1", params: ["max_fails=3"] }],
  green: [{ address: "127.0.0.2:1", params: ["max_fails=3"] }],
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function randomWeights(next: () => number): Weights {
  const pick = next();
  if (pick < 0.42) return { blue: 100, green: 0 };
  if (pick < 0.84) return { blue: 0, green: 100 };
  const green = 1 + Math.floor(next() * 99);
  return { blue: 100 - green, green };
}

function randomLedger(next: () => number): Ledger {
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z");
  const ledger: Ledger = { blue: {}, green: {} };
  for (const color of ["blue", "green"] as const) {
    if (next() < 0.85) ledger[color][LEDGER.retiredAt] = at(Math.floor(next() * 72));
    if (next() < 0.2) ledger[color][LEDGER.deployedAt] = at(Math.floor(next() * 72));
    if (next() < 0.1) ledger[color][LEDGER.tornDownAt] = at(Math.floor(next() * 24));
  }
  return ledger;
}

function fileText(production: Weights, test: boolean, ledger: Ledger): string {
  const block = (name: string, weights: Weights) => weighBlock({ name, directives: [], servers: [] }, weights, SERVERS);
  const upstreams = [
    block("backend", production),
    ...(test ? [block("backend-test", { blue: production.green, green: production.blue })] : []),
  ];
  return renderManagedFile({ upstreams, ledger });
}

/** A local shell that lets a test rewrite the file before a read, and records every file it replaced. */
function watchedShell(onRead: (reads: number) => void, replaced: { before: string; after: string }[]): Shell {
  const sh = execShell("");
  let reads = 0;
  return {
    via: "sh",
    async run(script, options) {
      if (/^cat -- "\$f"$/m.test(script)) onRead(++reads);
      const before = readFileSync(FILE, "utf8");
      const result = await sh.run(script, options);
      const after = readFileSync(FILE, "utf8");
      if (after !== before) replaced.push({ before, after });
      return result;
    },
  };
}

function config(test: boolean): NginxRouterConfig {
  const nginx = {
    file: FILE,
    upstream: "backend",
    ...(test ? { testUpstream: "backend-test" } : {}),
    servers: SERVERS,
    exec: "",
    testCommand: "true",
    reloadCommand: "true",
    healthPath: "/health",
    execTimeoutMs: 30_000,
    allowSymlink: false,
  };
  const route = (id: string, role: "production" | "test") => ({
    id,
    role,
    name: `upstream ${id}`,
    short: id,
    input: "nginx-upstream",
  });
  return {
    kind: "nginx",
    description: "nginx",
    routes: [route("backend", "production"), ...(test ? [route("backend-test", "test")] : [])],
    pools: { blue: "127.0.0.1:1", green: "127.0.0.2:1" },
    verifyTimeoutMs: 1_000,
    testUrlKnown: false,
    testRouteInputs: ["nginx-test-upstream"],
    capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
    aws: { region: "us-east-1", partition: "aws", maxAttempts: 1 },
    nginx,
  };
}

/** The colors a write took out of service: up in some block before, down in every block after. */
function markedDown(before: string, after: string): Color[] {
  const up = (text: string, color: Color) =>
    parseManagedFile(text, FILE).upstreams.some((u) => u.servers.some((s) => s.color === color && s.weight > 0));
  return (["blue", "green"] as const).filter((c) => up(before, c) && !up(after, c));
}

describe(`teardown never marks down a color with production weight, through nginx (property, ${CASES} cases)`, () => {
  beforeEach(() => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
  });

  it("holds for generated files, ledgers, TTLs, and files rewritten between check and act", async () => {
    let acted = 0;
    let changedUnderfoot = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const next = random(seed);
      const test = next() < 0.5;
      writeFileSync(FILE, fileText(randomWeights(next), test, randomLedger(next)));
      const flipAt = next() < 0.5 ? 2 + Math.floor(next() * 2) : -1;
      const replaced: { before: string; after: string }[] = [];
      const shell = watchedShell((reads) => {
        if (reads !== flipAt) return;
        changedUnderfoot += 1;
        const now = parseManagedFile(readFileSync(FILE, "utf8"), FILE);
        writeFileSync(FILE, fileText(randomWeights(next), test, now.ledger));
      }, replaced);
      const router = config(test);
      const ports = {
        router: connectNginx(router, shell),
        metrics: () => Promise.reject(new Error("unused")),
        cdn: () => Promise.reject(new Error("unused")),
      };
      const inputs = {
        router,
        ttlMs: next() < 0.5 ? 0 : Math.floor(next() * 48) * HOUR,
        deregister: true,
        commandTimeoutMs: 1000,
        drainTimeoutMs: 0,
        dryRun: false,
      };
      await teardown.run(inputs, ports).catch(() => undefined);
      for (const { before, after } of replaced) {
        for (const color of markedDown(before, after)) {
          acted += 1;
          const production = parseManagedFile(before, FILE).upstreams.find((u) => u.name === "backend");
          expect(blockWeights(production!)[color], `seed ${seed}: marked ${color} down while it had weight`).toBe(0);
        }
      }
    }
    expect(acted, "some generated cases must act, or the property says nothing").toBeGreaterThan(10);
    expect(changedUnderfoot).toBeGreaterThan(10);
  }, 180_000);
});
