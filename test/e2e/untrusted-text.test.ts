// Text cutover did not write cannot steer the runner or the job summary, whatever its source: an
// app's answers (body and header), a CloudWatch alarm's reason, a user's rollback reason, the
// ledger's annotations on a cluster, and a parser's message. Hostile strings go through each
// source, and through every way cutover writes, and the raw log and the summary are judged as the
// runner and GitHub read them (test/support/untrusted.ts).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { SEEDED_ROUTES } from "../sandbox/kubernetes/route-inputs.ts";
import { nginxOrSkip } from "../sandbox/nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import { githubFiles, parseFileCommands, ROOT, runAction } from "../sandbox/run-action.ts";
import { closeServer, listenLocal } from "../sandbox/serve.ts";
import { startWorld, type World } from "../sandbox/world.ts";
import { random } from "../support/random.ts";
import { forgedCommands, hostileHeader, hostileText, liveMarkup } from "../support/untrusted.ts";

const dir = mkdtempSync(path.join(tmpdir(), "cutover-untrusted-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectInert(run: { raw: string; summary: string }): void {
  expect(forgedCommands(run.raw)).toEqual([]);
  expect(liveMarkup(run.summary)).toEqual([]);
}

describe("every way cutover writes", () => {
  it("neutralises 300 hostile strings in log lines, warnings, errors, groups and the summary", async () => {
    const texts = Array.from({ length: 300 }, (_, seed) => hostileText(seed + 1, 1 + (seed % 6)));
    const files = githubFiles(mkdtempSync(path.join(dir, "print-")));
    const child = spawn(process.execPath, [path.join(ROOT, "test/support/print-untrusted.ts")], {
      env: { PATH: process.env.PATH, ...files, CUTOVER_TEST_TEXTS: JSON.stringify(texts) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let raw = "";
    child.stdout.on("data", (d: Buffer) => (raw += d));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, "utf8");
    expect(forgedCommands(raw)).toEqual([]);
    expect(liveMarkup(summary)).toEqual([]);
    // The strings are shown, not dropped: each one's plain words reach the log and the summary.
    expect(raw).toContain("verify-url answered abc");
    expect(summary).toContain("evil.example");
    // Outputs go to GITHUB_OUTPUT under a random delimiter, unchanged.
    expect(parseFileCommands(readFileSync(files.GITHUB_OUTPUT, "utf8"))["text-7"]).toBe(texts[7]);
  });
});

describe("every way cutover writes, with secrets", () => {
  /** A random secret of printable ASCII, 12 to 80 characters, that no test text holds by chance. */
  const secretOf = (next: () => number) =>
    `S${Array.from({ length: 11 + Math.floor(next() * 69) }, () => String.fromCharCode(33 + Math.floor(next() * 94))).join("")}`;

  it("hides 60 random secrets in every printed form: raw, URL-encoded, base64, JSON, split, cut to 40, in a URL", async () => {
    const next = random(77);
    const secrets = Array.from({ length: 60 }, () => secretOf(next));
    const files = githubFiles(mkdtempSync(path.join(dir, "secrets-")));
    const child = spawn(process.execPath, [path.join(ROOT, "test/support/print-untrusted.ts")], {
      env: { PATH: process.env.PATH, ...files, CUTOVER_TEST_SECRETS: JSON.stringify(secrets) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let raw = "";
    let report = "";
    child.stdout.on("data", (d: Buffer) => (raw += d));
    child.stderr.on("data", (d: Buffer) => (report += d));
    expect(await new Promise((resolve) => child.on("close", resolve))).toBe(0);
    const log = raw
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    const written = [log, report, readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"), readFileSync(files.GITHUB_OUTPUT, "utf8")];
    const leaks = secrets.flatMap((secret) =>
      [
        secret,
        encodeURIComponent(secret),
        Buffer.from(secret).toString("base64"),
        JSON.stringify(secret).slice(1, -1),
        secret.slice(0, 40),
      ]
        .filter((form) => form.length >= 8)
        .filter((form) => written.some((text) => text.includes(form) || text.replace(/\r?\n/g, "").includes(form))),
    );
    expect(leaks).toEqual([]);
    expect(log).toContain("answered *** in time");
  });
});

describe("hostile text from the ALB sandbox's sources", () => {
  let world: World;
  let app: Server;
  let appUrl: string;
  let seed = 1000;
  beforeAll(async () => {
    world = await startWorld();
    // An app that answers a different hostile version on every request, in its JSON and its header.
    app = createServer((_req, res) => {
      seed += 1;
      res.writeHead(200, { "content-type": "application/json", "x-app-version": hostileHeader(seed) });
      res.end(JSON.stringify({ version: hostileText(seed) }));
    });
    appUrl = await listenLocal(app);
  });
  afterAll(async () => {
    await Promise.all([world.stop(), closeServer(app)]);
  });

  it("an app's version answers, in its JSON body and in its header", async () => {
    const checks: Record<string, string>[] = [{ "version-field": "version" }, { "version-header": "x-app-version" }];
    for (const check of checks) {
      await world.reset();
      const run = await runAction(
        "switch",
        { ...world.inputs, "verify-url": `${appUrl}/version`, "expected-version": "v2", "verify-timeout": "2s", ...check },
        world.env,
      );
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toMatch(/verify-url did not serve v2/);
      expectInert(run);
    }
  });

  it("a CloudWatch alarm's reason", async () => {
    await world.reset();
    world.cloudwatch.setAlarm("shop-5xx", "ALARM", `${hostileText(7, 8)} <img src=x> ##[warning]pwned`);
    const run = await runAction(
      "switch",
      { ...world.inputs, strategy: "linear", "linear-percent": "50", "step-interval": "1s", "alarm-names": "shop-5xx" },
      world.env,
    );
    expect(run.code).toBe(1);
    // Already firing before the switch: refused before the first write, with the alarm's reason.
    expect(run.stdout).toMatch(/alarm-names: shop-5xx is in ALARM already \(/);
    expect(world.aws.calls.filter((c) => c.write)).toEqual([]);
    expectInert(run);
  });

  // AWS tag values allow letters, digits, separators (\p{Z}, U+2028 included) and _ . : / = + - @
  // ("Tag naming limits and requirements", Tagging AWS resources); the ledger is read back as is.
  it("the ledger's tags on the target groups", async () => {
    await world.reset();
    const hostile = [
      "::error::pwned",
      "\u2028::warning::pwned",
      "x\u2029::add-mask::pwned",
      "https://evil.example/x",
      "ops@evil.example",
    ];
    for (const [i, group] of [world.blue, world.green].entries()) {
      world.elbv2.tags.set(
        group.arn,
        new Map([
          ["cutover:version", hostile[i] as string],
          ["cutover:live-since", hostile[2] as string],
          ["cutover:retired-at", hostile[3] as string],
          ["cutover:rollback-reason", hostile.join(" ")],
        ]),
      );
    }
    const run = await runAction("status", world.inputs, world.env);
    expect(run.code, run.stdout).toBe(0);
    expectInert(run);
  });

  it("a user's rollback reason", async () => {
    await world.reset();
    world.settleOn("green");
    const reason = hostileText(11, 8).replaceAll("\u0000", "");
    const run = await runAction("rollback", { ...world.inputs, reason }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expectInert(run);
    const status = await runAction("status", world.inputs, world.env);
    expectInert(status);
  });
});

describe("hostile text from a cluster's ledger and a kubeconfig", () => {
  let cluster: Cluster;
  let inputs: Record<string, string>;
  beforeAll(async () => {
    cluster = await startCluster();
    inputs = {
      router: "kubernetes",
      namespace: "shop",
      ...SEEDED_ROUTES.kubernetes,
      kubeconfig: cluster.writeKubeconfig(path.join(dir, "kubeconfig")),
    };
  });
  afterAll(() => cluster.stop());

  it("annotations anyone who can annotate a Deployment may write", async () => {
    for (const name of ["shop-blue", "shop-green"]) {
      const deployment = cluster.store.get("deployments", "shop", name);
      if (!deployment) throw new Error(`no Deployment ${name}`);
      const seedOf = name.length;
      deployment.metadata.annotations = {
        ...deployment.metadata.annotations,
        "cutover/version": hostileText(seedOf + 20, 6),
        "cutover/live-since": hostileText(seedOf + 21),
        "cutover/retired-at": hostileText(seedOf + 22),
        "cutover/rollback-reason": hostileText(seedOf + 23, 8),
      };
      cluster.store.update("deployments", deployment);
    }
    const run = await runAction("status", inputs);
    expect(run.code, run.stdout).toBe(0);
    expectInert(run);
  });

  it("a kubeconfig's parser error", async () => {
    const file = path.join(dir, "broken-kubeconfig");
    writeFileSync(file, `apiVersion: v1\nclusters:\n- name: x\n  cluster:\n    server: "${hostileHeader(31)}"\n   bad: [\n`);
    const run = await runAction("status", { ...inputs, kubeconfig: file });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Could not load the kubeconfig: it is not valid YAML: .* at line \d+, column \d+/);
    expectInert(run);
  });
});

describe.skipIf(nginxOrSkip().skip)("hostile text from the nginx proxy's managed file", () => {
  let nginx: NginxWorld;
  beforeAll(async () => {
    nginx = await startNginxWorld();
  });
  afterAll(() => nginx.stop());
  /** A file holds lines: a hostile value is one line, whatever else it holds. */
  const oneLine = (seed: number) => hostileText(seed, 6).replace(/[\r\n\u2028\u2029\u0085]/g, " ");

  it("ledger lines anyone who can write the file may change, and a line the parser refuses", async () => {
    const file = nginx.proxy.readFile();
    const ledger = ["version", "live-since", "retired-at", "rollback-reason"].map(
      (key, i) => `# ledger green cutover:${key}=${oneLine(40 + i)}`,
    );
    await nginx.proxy.replace(file.replace(/^(# Edit it only.*)$/m, `$1\n#\n${ledger.join("\n")}`));
    const status = await runAction("status", nginx.inputs);
    expect(status.code, status.stdout).toBe(0);
    expectInert(status);

    await nginx.proxy.replace(`${file}\n# ledger ${oneLine(50)}\n`);
    const refused = await runAction("status", nginx.inputs);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::.*cannot be read at line \d+/);
    expectInert(refused);
    await nginx.proxy.replace(file);
  });
});
