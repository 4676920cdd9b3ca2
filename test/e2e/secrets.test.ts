// Over 300 lines: the secrets, the commands' environment and the hosts share one ALB world and one cluster.
// Secrets stay in, and credentials go only where they belong: a kubeconfig's content never reaches
// an error, every credential in it is masked once loaded, a token in a URL's query is hidden in the
// form cutover prints the URL, and no secret input or credential field reaches a log, summary,
// output, report or child environment in any printed form (raw, URL-encoded, base64, JSON-escaped,
// split across lines, cut to 40 characters). Commands get only the variables they need, and the
// standby's headers go only to the standby. Committed bundles against the sandbox, real processes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { execShell } from "../../src/routers/nginx/exec.ts";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { type ActionRun, runAction } from "../sandbox/run-action.ts";
import { closeServer, listenLocal } from "../sandbox/serve.ts";
import { startWorld, type World } from "../sandbox/world.ts";

const dir = mkdtempSync(path.join(tmpdir(), "cutover-secrets-"));
let world: World;
let cluster: Cluster;
beforeAll(async () => {
  [world, cluster] = await Promise.all([startWorld(), startCluster()]);
});
afterAll(async () => {
  await Promise.all([world.stop(), cluster.stop()]);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => world.reset());

/** A secret whose printed forms all differ: URL-encoding, JSON escaping and base64 each change it. */
const secret = (name: string) => `${name}-${Math.random().toString(36).slice(2, 14)}/+="q"\\sl@sh;x${"z".repeat(30)}`;

/** Every form cutover could print a secret in. */
function forms(value: string): string[] {
  const half = Math.floor(value.length / 2);
  return [
    value,
    encodeURIComponent(value),
    Buffer.from(value).toString("base64"),
    Buffer.from(value).toString("base64url"),
    JSON.stringify(value).slice(1, -1),
    `${value.slice(0, half)}\n${value.slice(half)}`,
    value.slice(0, 40),
  ];
}

/** What cutover wrote, as the runner and later jobs see it: the add-mask commands go to the runner alone. */
function written(run: ActionRun, ...files: string[]): string {
  const log = run.raw
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  return [log, run.stderr, run.summary, JSON.stringify(run.outputs), ...files.map((f) => readFileSync(f, "utf8"))].join("\n");
}

function expectNoForm(text: string, secrets: string[]): void {
  const joined = text.replace(/\r?\n/g, "");
  for (const value of secrets) {
    for (const form of forms(value)) {
      expect(text.includes(form), `a form of ${value.slice(0, 8)}… was written: ${form}`).toBe(false);
      expect(joined.includes(form.replace("\n", "")), `${value.slice(0, 8)}… was written across lines`).toBe(false);
    }
  }
}

/** An app that leaks: its answer holds every form of the secrets it was told to echo. */
async function leakyApp(leaked: () => string[]): Promise<{ url: string; server: Server; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    const echo = leaked().flatMap(forms).join(" | ");
    res.writeHead(200, { "content-type": "application/json", "x-app-version": "v2" }).end(JSON.stringify({ version: echo }));
  });
  return { url: await listenLocal(server), server, seen };
}

describe("a kubeconfig is a credential file", () => {
  it("names a YAML mistake by reason and position, and never quotes the file", async () => {
    const token = secret("kube-token");
    const password = secret("kube-password");
    const file = path.join(dir, "broken");
    // The mis-indented line comes right after the credentials, as in the report.
    writeFileSync(
      file,
      `apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: ${JSON.stringify(token)}\n    password: ${JSON.stringify(password)}\n   username: ci\ncurrent-context: x\n`,
    );
    const run = await runAction("status", { router: "kubernetes", namespace: "shop", service: "shop", kubeconfig: file });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Could not load the kubeconfig: it is not valid YAML: bad indentation of a mapping entry at line 8, column \d+ \(the file's content is not shown/,
    );
    expectNoForm(written(run), [token, password]);
  });

  it("masks every credential of a loaded kubeconfig, and no form of one is written even when an app echoes it", async () => {
    const file = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
    const extra = {
      password: secret("other-password"),
      key: Buffer.from(`-----BEGIN PRIVATE KEY-----\n${secret("pem")}\n-----END PRIVATE KEY-----\n`).toString("base64"),
    };
    const config = readFileSync(file, "utf8").replace(
      "users:\n",
      `users:\n  - name: other\n    user:\n      username: ops\n      password: ${JSON.stringify(extra.password)}\n      client-key-data: ${extra.key}\n`,
    );
    writeFileSync(file, config);
    const app = await leakyApp(() => [cluster.api.token, extra.password]);
    try {
      const report = path.join(dir, "kube-report.json");
      const run = await runAction("smoke-test", {
        router: "kubernetes",
        namespace: "shop",
        service: "shop",
        "test-service": "shop-preview",
        kubeconfig: file,
        url: app.url,
        checks: "- name: api\n  path: /api\n  expect:\n    json: { version: v2 }\n",
        "report-path": report,
      });
      expect(run.code, run.stdout).toBe(1);
      for (const value of [cluster.api.token, extra.password, extra.key]) expect(run.raw).toContain(`::add-mask::${value}`);
      expectNoForm(written(run, report), [cluster.api.token, extra.password, extra.key]);
    } finally {
      await closeServer(app.server);
    }
  });
});

describe("secret inputs on the ALB router", () => {
  it("hides a header value and query tokens in every form, in the log, summary, outputs and report", async () => {
    const bearer = secret("bearer");
    const queryToken = secret("query");
    const checkToken = secret("check");
    const apiKey = secret("api-key");
    const app = await leakyApp(() => [bearer, queryToken, checkToken, apiKey]);
    try {
      const report = path.join(dir, "alb-report.json");
      // Upper case and no trailing slash: cutover prints the URL normalised, which a mask of it as given misses.
      const url = `${app.url.replace("127.0.0.1", "LOCALHOST")}?token=${encodeURIComponent(queryToken)}`;
      const run = await runAction(
        "smoke-test",
        {
          ...world.inputs,
          url,
          headers: `Authorization: Bearer ${bearer}`,
          checks: `- name: api\n  path: /api?access_token=${encodeURIComponent(checkToken)}\n  headers: { X-Api-Key: ${JSON.stringify(apiKey)} }\n  expect:\n    json: { version: v2 }\n`,
          "report-path": report,
        },
        world.env,
      );
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toMatch(/Checking the standby color \(green\) at http:\/\/localhost:\d+\/\?token=\*\*\*/);
      expect(JSON.parse(readFileSync(report, "utf8")).bases.standby).toMatch(/\?token=\*\*\*$/);
      expectNoForm(written(run, report), [bearer, queryToken, checkToken, apiKey]);
      expect(app.seen[0]?.authorization).toBe(`Bearer ${bearer}`);
    } finally {
      await closeServer(app.server);
    }
  });
});

describe("what commands are given", () => {
  /** The variables a command saw, as `env -0` printed them. */
  const envOf = (file: string) =>
    Object.fromEntries(
      readFileSync(file, "utf8")
        .split("\0")
        .filter(Boolean)
        .map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
    );
  const outside = { EXTRA_ONE: "1", EXTRA_TWO: "2", NOT_LISTED: "no", "INPUT_GITHUB-TOKEN": secret("ghs") };

  function expectOnlyNeeded(env: Record<string, string>, log: string, label: string): void {
    const names = Object.keys(env).sort();
    expect(names.filter((n) => n.startsWith("INPUT_"))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["PATH", "HOME", "GITHUB_REPOSITORY", "EXTRA_ONE", "EXTRA_TWO"]));
    expect(names).not.toContain("NOT_LISTED");
    // bash itself sets PWD, SHLVL and _ when it starts; cutover does not pass them.
    const given = names.filter((n) => !["PWD", "SHLVL", "_"].includes(n));
    expect(given.filter((n) => !/^(PATH|HOME|CI|GITHUB_\w+|RUNNER_\w+|CUTOVER_\w+|EXTRA_\w+)$/.test(n))).toEqual([]);
    expect(log).toContain(`Running ${label} (timeout 30m), with ${given.join(", ")}`);
  }

  it("gives deploy-command and teardown-command PATH, HOME, the runner's and cutover's variables and env-passthrough, never INPUT_*", async () => {
    const headers = `Authorization: Bearer ${secret("bearer")}`;
    const deployed = path.join(dir, "deploy-env");
    const deploy = await runAction(
      "deploy-standby",
      { ...world.inputs, version: "v3", headers, "env-passthrough": "EXTRA_*", "deploy-command": `env -0 > ${deployed}` },
      { ...world.env, ...outside },
    );
    expect(deploy.code, deploy.stdout).toBe(0);
    expectOnlyNeeded(envOf(deployed), deploy.stdout, "deploy-command");
    expect(envOf(deployed).CUTOVER_VERSION).toBe("v3");

    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const tornDown = path.join(dir, "teardown-env");
    const teardown = await runAction(
      "teardown",
      {
        ...world.inputs,
        ttl: "0s",
        headers,
        "deregister-targets": "false",
        "env-passthrough": "EXTRA_ONE, EXTRA_TWO",
        "teardown-command": `env -0 > ${tornDown}`,
      },
      { ...world.env, ...outside },
    );
    expect(teardown.code, teardown.stdout).toBe(0);
    expectOnlyNeeded(envOf(tornDown), teardown.stdout, "teardown-command");
  });

  it("refuses INPUT_* in env-passthrough before anything runs", async () => {
    const run = await runAction(
      "deploy-standby",
      { ...world.inputs, version: "v3", "env-passthrough": "INPUT_HEADERS" },
      world.env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'env-passthrough'.*INPUT_HEADERS is a step input/);
  });

  it("gives nginx-exec the same, never the step's inputs", async () => {
    const seen = path.join(dir, "exec-env");
    const saved = { ...process.env };
    Object.assign(process.env, outside, { INPUT_HEADERS: "Authorization: Bearer x" });
    try {
      const shell = execShell(`bash -c 'env -0 > ${seen}; exec "$0"'`, undefined, ["EXTRA_*"]);
      const result = await shell.run("echo reached");
      expect(result).toMatchObject({ code: 0, stdout: "reached\n" });
    } finally {
      process.env = saved;
    }
    const env = envOf(seen);
    expect(Object.keys(env).filter((n) => n.startsWith("INPUT_") || n === "NOT_LISTED")).toEqual([]);
    expect(env).toMatchObject({ EXTRA_ONE: "1", EXTRA_TWO: "2" });
  });
});

describe("credentials go only to the host they belong to", () => {
  let standby: Server;
  let other: Server;
  let urls: { standby: string; other: string };
  const seen: { host: "standby" | "other"; path: string; authorization?: string }[] = [];
  beforeAll(async () => {
    const serve = (host: "standby" | "other") =>
      createServer((req, res) => {
        seen.push({ host, path: req.url ?? "/", authorization: req.headers.authorization });
        if (req.url === "/sitemap.xml") {
          const locs = ["/", "/products"].map((p) => `<url><loc>${urls.standby}${p}</loc></url>`).join("");
          res.writeHead(200, { "content-type": "application/xml" }).end(`<?xml version="1.0"?><urlset>${locs}</urlset>`);
        } else if (req.url === "/") {
          res
            .writeHead(200, { "content-type": "text/html" })
            .end(`<html><script src="${urls.other}/assets/app.js"></script></html>`);
        } else res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
      });
    standby = serve("standby");
    other = serve("other");
    urls = { standby: await listenLocal(standby), other: await listenLocal(other) };
  });
  afterAll(() => Promise.all([closeServer(standby), closeServer(other)]));
  beforeEach(() => {
    seen.length = 0;
  });
  const bearer = "Bearer standby-only-token-0123456789";
  const authorizedOn = (host: "standby" | "other") => seen.filter((r) => r.host === host).map((r) => r.authorization ?? "none");

  it("warm-caches sends headers to the standby, not to the sitemap's host unless credential-origins names it", async () => {
    const inputs = {
      ...world.inputs,
      url: urls.standby,
      sitemap: `${urls.other}/sitemap.xml`,
      headers: `Authorization: ${bearer}`,
    };
    const run = await runAction("warm-caches", inputs, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(authorizedOn("other")).toEqual(["none"]);
    expect(new Set(authorizedOn("standby"))).toEqual(new Set([bearer]));

    seen.length = 0;
    const named = await runAction("warm-caches", { ...inputs, "credential-origins": urls.other }, world.env);
    expect(named.code, named.stdout).toBe(0);
    expect(authorizedOn("other")).toEqual([bearer]);
  });

  it("smoke-test's asset checks send no headers to a cdn-origins origin", async () => {
    const run = await runAction(
      "smoke-test",
      {
        ...world.inputs,
        url: urls.standby,
        "cdn-origins": urls.other,
        headers: `Authorization: ${bearer}`,
        checks: "- name: assets\n  kind: assets\n  path: /\n",
      },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(seen.filter((r) => r.host === "other").map((r) => r.path)).toEqual(["/assets/app.js"]);
    expect(authorizedOn("other")).toEqual(["none"]);
    expect(authorizedOn("standby")).toEqual([bearer]);
  });
});
