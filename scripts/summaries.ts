// Runs the steps on the sandbox, keeps each job summary, and draws them as GitHub would: GFM by
// marked, Mermaid by mermaid, in headless Chromium. It regenerates docs/summary.png for the README.
// Usage: node scripts/summaries.ts [--out DIR] [--render-only] [--chromium PATH]   (Debian: apt-get install chromium)
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { marked } from "marked";
import { LoadGenerator } from "../test/sandbox/load.ts";
import { type ActionRun, runAction, startAction } from "../test/sandbox/run-action.ts";
import { startWorld, type World } from "../test/sandbox/world.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({
  options: {
    out: { type: "string", default: path.join(tmpdir(), "cutover-summaries") },
    chromium: { type: "string" },
    "render-only": { type: "boolean", default: false },
  },
});
const OUT = args.out as string;
const IMAGE = "switch-stepped";

/** Each scenario leaves the world as the next one expects it. */
async function scenarios(world: World): Promise<Record<string, ActionRun>> {
  const runs: Record<string, ActionRun> = {};
  const step = async (name: string, step: string, inputs: Record<string, string> = {}) => {
    runs[name] = await runAction(step, { ...world.inputs, ...inputs }, world.env);
    return runs[name];
  };
  const probe = { "probe-url": `${world.urls.prod}/version`, "probe-interval": "50ms" };
  const load = new LoadGenerator(`${world.urls.prod}/version`, 50).start();
  try {
    await step("deploy-standby", "deploy-standby", { version: "v2" });
    await step("status", "status");
    await step("switch-stepped", "switch", { strategy: "steps", steps: "10,50", "step-interval": "3s", ...probe });
    await step("soak-passed", "soak-monitor", { duration: "8s", ...probe });
    const soak = startAction("soak-monitor", { ...world.inputs, duration: "60s", ...probe }, world.env);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    world.setApps("green", { errorRate: 1 });
    runs["soak-rolled-back"] = await soak.result;
    await step("teardown", "teardown", { ttl: "0s" });
    await step("status-after-teardown", "status");
    await world.reset();
    world.setApps("green", { errorRate: 1 });
    await step("switch-reverted", "switch", {
      strategy: "steps",
      steps: "25",
      "step-interval": "4s",
      ...probe,
      "max-error-rate": "5%",
    });
    await world.reset();
    await step("cutover", "cutover", {
      version: "v2",
      checks: "- name: home\n  path: /\n  expect: { header-matches: { x-app-version: ^v2$ } }\n",
      "warm-paths": "/,/version",
      "distribution-id": world.distributionId,
      "cdn-verify-url": `${world.urls.cdn}/`,
      ...probe,
      "step-interval": "2s",
      "soak-duration": "5s",
    });
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
  const world = await startWorld();
  try {
    for (const [name, run] of Object.entries(await scenarios(world))) {
      writeFileSync(path.join(OUT, `${name}.md`), run.summary);
      writeFileSync(path.join(OUT, `${name}.log`), run.stdout);
      console.log(`${name}: exit ${run.code}`);
    }
  } finally {
    await world.stop();
  }
}
for (const file of readdirSync(OUT).filter((f) => f.endsWith(".md"))) {
  const png = path.join(OUT, file.replace(/\.md$/, ".png"));
  await screenshot(args.chromium ?? "chromium", page(readFileSync(path.join(OUT, file), "utf8")), png);
  console.log(png);
}
copyFileSync(path.join(OUT, `${IMAGE}.png`), path.join(root, "docs", "summary.png"));
console.log(`Wrote docs/summary.png from ${IMAGE}.`);
