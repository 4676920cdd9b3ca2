// Runs the steps on the sandbox, keeps each job summary, and draws them as GitHub would: GFM by
// marked, Mermaid by mermaid, in headless Chromium. It regenerates docs/summary.png for the README.
// Usage: npm run summaries -- [--out DIR] [--router alb|nginx|kubernetes]... [--render-only] [--chromium PATH]
// (Debian: apt-get install chromium). Look at every PNG it writes before a change to a summary lands.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { marked } from "marked";
import { startCluster } from "../test/sandbox/kubernetes/cluster.ts";
import { LoadGenerator } from "../test/sandbox/load.ts";
import { startNginxWorld } from "../test/sandbox/nginx/world.ts";
import { type ActionRun, runAction, startAction } from "../test/sandbox/run-action.ts";
import { type SandboxColor, startWorld } from "../test/sandbox/world.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({
  options: {
    out: { type: "string", default: path.join(tmpdir(), "cutover-summaries") },
    chromium: { type: "string", default: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium" },
    "render-only": { type: "boolean", default: false },
    router: { type: "string", multiple: true },
  },
});
const OUT = args.out as string;
/** README's picture: a stepped switch on ALB. */
const IMAGE = "alb-switch";
const ROUTERS = args.router?.length ? args.router : ["alb", "nginx", "kubernetes"];

/** What a run on GitHub has that the sandbox does not: the commit, the actor, the environment. */
const RUNNER = { GITHUB_SHA: "5e1f2a9c0b7d4e3f8a6b2c1d0e9f8a7b6c5d4e3f", GITHUB_ACTOR: "on-call-amy" };
const WHERE = { environment: "production", "environment-url": "https://shop.example.com/" };

interface Sandbox {
  inputs: Record<string, string>;
  env: Record<string, string>;
  prod: string;
  /** What deploy-standby needs to bring green back after teardown (ALB: its targets). */
  redeploy: Record<string, string>;
  setApps(color: SandboxColor, behaviour: { errorRate: number }): void;
  stop(): Promise<void>;
}

async function sandbox(router: string, dir: string): Promise<Sandbox> {
  if (router === "nginx") {
    const world = await startNginxWorld();
    const { inputs, urls } = world;
    return { inputs, env: {}, prod: urls.prod, redeploy: {}, setApps: (c, b) => world.setApps(c, b), stop: () => world.stop() };
  }
  if (router === "kubernetes") {
    const cluster = await startCluster();
    const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
    const inputs = { router, namespace: "shop", service: "shop", "test-service": "shop-preview", kubeconfig };
    return {
      inputs,
      env: {},
      prod: cluster.urls.prod,
      redeploy: {},
      setApps: (c, b) => cluster.setApps(c, b),
      stop: () => cluster.stop(),
    };
  }
  const world = await startWorld({ timeScale: 0.1 });
  const redeploy = { "register-targets": world.apps.green.map((a) => `127.0.0.1:${a.port}`).join(",") };
  return {
    inputs: world.inputs,
    env: world.env,
    prod: world.urls.prod,
    redeploy,
    setApps: (c, b) => world.setApps(c, b),
    stop: () => world.stop(),
  };
}

/**
 * Every kind of summary on one sandbox, each step leaving it as the next expects: status, a
 * stepped switch, a passed soak, a manual rollback, teardown, status after it, a rollback that
 * fails, a reverted switch and a soak that rolls back.
 */
async function scenarios(router: string, box: Sandbox): Promise<Record<string, ActionRun>> {
  const runs: Record<string, ActionRun> = {};
  const env = { ...box.env, ...RUNNER };
  const step = async (name: string, step: string, inputs: Record<string, string> = {}) => {
    runs[name] = await runAction(step, { ...box.inputs, ...WHERE, ...inputs }, env);
    return runs[name];
  };
  const probe = { "probe-url": `${box.prod}/version`, "probe-interval": "50ms" };
  const stepped: Record<string, string> =
    router === "kubernetes" ? {} : { strategy: "steps", steps: "10,50", "step-interval": "3s" };
  const load = new LoadGenerator(`${box.prod}/version`, 50, {}, { keepAlive: router !== "kubernetes" }).start();
  try {
    await step("status", "status");
    await step("deploy-standby", "deploy-standby", { version: "v2" });
    await step("switch", "switch", { ...stepped, ...probe });
    await step("soak-passed", "soak-monitor", { duration: "8s", ...probe });
    await step("manual-rollback", "rollback", { reason: "p95 2300 ms > 2 s on 30% of checkouts" });
    await step("teardown", "teardown", { ttl: "0s" });
    await step("status-after-teardown", "status");
    await step("failed-rollback", "rollback", { reason: "back to green", to: "green", force: "true" });
    await step("deploy-again", "deploy-standby", { version: "v2", ...box.redeploy });
    box.setApps("green", { errorRate: 1 });
    await step("switch-reverted", "switch", { "step-interval": "4s", "max-error-rate": "5%", ...probe });
    box.setApps("green", { errorRate: 0 });
    await step("switch-again", "switch");
    const soak = startAction("soak-monitor", { ...box.inputs, ...WHERE, duration: "60s", ...probe }, env);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    box.setApps("green", { errorRate: 1 });
    runs["soak-rolled-back"] = await soak.result;
  } finally {
    await load.stop();
  }
  return runs;
}

const CSS = `body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;background:#fff}
main{max-width:900px;padding:16px 24px;border:1px solid #d1d9e0;border-radius:6px;margin:16px}
table{border-collapse:collapse;margin:12px 0;display:block;overflow:auto}th,td{border:1px solid #d1d9e0;padding:4px 12px}
th{background:#f6f8fa}tr:nth-child(2n) td{background:#f6f8fa}code{background:#eff1f3;border-radius:4px;padding:1px 4px;font-size:85%}
h3{font-size:1.25em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em}h4{font-size:1em}pre.mermaid{background:none;text-align:center}`;

/** The summary as an HTML page: GFM with every ```mermaid block left for mermaid to draw. */
function page(markdown: string): string {
  const renderer = new marked.Renderer();
  const code = renderer.code.bind(renderer);
  renderer.code = (token) =>
    token.lang === "mermaid" ? `<pre class="mermaid">${token.text.replaceAll("<", "&lt;")}</pre>` : code(token);
  const body = marked.parse(markdown, { gfm: true, renderer, async: false }) as string;
  const mermaid = readFileSync(path.join(root, "node_modules/mermaid/dist/mermaid.min.js"), "utf8");
  return `<!doctype html><meta charset="utf-8"><style>${CSS}</style><main>${body}</main>
<script>${mermaid}</script><script>mermaid.initialize({startOnLoad:false});
mermaid.run().then(()=>{document.title="drawn"},e=>{document.title="error: "+e.message})</script>`;
}

/** Headless Chromium, driven over the DevTools protocol for a full-page screenshot. */
async function screenshot(chromium: string, html: string, png: string): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), "cutover-chromium-"));
  const browser: ChildProcess = spawn(chromium, [
    ...["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
    ...["--disable-background-networking", "--disable-component-update", "--disable-sync"],
    `--user-data-dir=${profile}`,
    "--remote-debugging-port=0",
    "about:blank",
  ]);
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let err = "";
      browser.stderr?.on("data", (d: Buffer) => {
        err += d;
        const match = /DevTools listening on (ws:\S+)/.exec(err);
        if (match) resolve(match[1] as string);
      });
      browser.on("exit", (code) => reject(new Error(`chromium exited with ${code}: ${err}`)));
    });
    const port = new URL(endpoint).port;
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      webSocketDebuggerUrl: string;
    }[];
    const target = targets.find((t) => t.type === "page") as { webSocketDebuggerUrl: string };
    const cdp = await connect(target.webSocketDebuggerUrl);
    await cdp("Emulation.setDeviceMetricsOverride", { width: 960, height: 800, deviceScaleFactor: 1, mobile: false });
    const file = path.join(profile, "summary.html");
    writeFileSync(file, html);
    await cdp("Page.navigate", { url: `file://${file}` });
    for (let i = 0; i < 100; i++) {
      const { result } = (await cdp("Runtime.evaluate", { expression: "document.title" })) as { result: { value: string } };
      if (result.value === "drawn") break;
      if (i === 99) throw new Error(`mermaid did not finish drawing: ${result.value}`);
      if (result.value.startsWith("error")) throw new Error(result.value);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { result } = (await cdp("Runtime.evaluate", {
      expression: "document.querySelector('main').getBoundingClientRect().bottom + 16",
    })) as { result: { value: number } };
    const clip = { x: 0, y: 0, width: 960, height: Math.ceil(result.value), scale: 1 };
    const shot = (await cdp("Page.captureScreenshot", { format: "png", clip, captureBeyondViewport: true })) as { data: string };
    writeFileSync(png, Buffer.from(shot.data, "base64"));
  } finally {
    browser.kill();
  }
}

async function connect(url: string): Promise<(method: string, params?: object) => Promise<unknown>> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let id = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    waiting.get(message.id)?.(message.error ? new Error(message.error.message) : message.result);
  };
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      id += 1;
      waiting.set(id, (value) => (value instanceof Error ? reject(new Error(`${method}: ${value.message}`)) : resolve(value)));
      socket.send(JSON.stringify({ id, method, params }));
    });
}

mkdirSync(OUT, { recursive: true });
if (!args["render-only"]) {
  for (const router of ROUTERS) {
    const dir = mkdtempSync(path.join(tmpdir(), "cutover-summaries-"));
    const box = await sandbox(router, dir);
    try {
      for (const [name, run] of Object.entries(await scenarios(router, box))) {
        writeFileSync(path.join(OUT, `${router}-${name}.md`), run.summary);
        writeFileSync(path.join(OUT, `${router}-${name}.log`), run.stdout);
        console.log(`${router} ${name}: exit ${run.code}`);
      }
    } finally {
      await box.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
for (const file of readdirSync(OUT).filter((f) => f.endsWith(".md"))) {
  const png = path.join(OUT, file.replace(/\.md$/, ".png"));
  await screenshot(args.chromium as string, page(readFileSync(path.join(OUT, file), "utf8")), png);
  console.log(png);
}
if (existsSync(path.join(OUT, `${IMAGE}.png`))) {
  copyFileSync(path.join(OUT, `${IMAGE}.png`), path.join(root, "docs", "summary.png"));
  console.log(`Wrote docs/summary.png from ${IMAGE}.`);
}
