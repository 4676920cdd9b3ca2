// npm run sandbox -- [--router alb|nginx|kubernetes|gateway-api|istio|route53] --env-file FILE: starts the
// sandbox for that router, writes how to reach it as KEY=VALUE lines to FILE (a shell can source
// it), and runs until it is stopped (Ctrl-C or SIGTERM). The ALB sandbox is the default; nginx runs
// a real nginx from PATH; the Kubernetes routers run against the Kubernetes API imitation.
import { writeFileSync } from "node:fs";
import { startKubeSandbox } from "./kubernetes/sandbox.ts";
import { startNginxWorld } from "./nginx/world.ts";
import { startPrometheus } from "./prometheus/server.ts";
import { startRoute53World } from "./route53/world.ts";
import { startWorld } from "./world.ts";

const ROUTERS = ["alb", "nginx", "kubernetes", "gateway-api", "istio", "route53"];

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** A value as a shell reads it back: plain when it can be, else in single quotes. */
function shellValue(value: string): string {
  return /^[\w./:@%+,=-]*$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

const file = arg("--env-file");
const router = arg("--router") ?? "alb";
if (!file || !ROUTERS.includes(router)) {
  console.error(`usage: npm run sandbox -- [--router ${ROUTERS.join("|")}] --env-file FILE`);
  process.exit(2);
}

const world =
  router === "alb"
    ? await startWorld()
    : router === "nginx"
      ? await startNginxWorld()
      : router === "route53"
        ? await startRoute53World()
        : await startKubeSandbox(router as "kubernetes", file);
// Every router's apps are scraped by a Prometheus of its own (test/sandbox/prometheus/server.ts).
const appTargets =
  "appTargets" in world
    ? () => world.appTargets()
    : () => [world.apps.blue, world.apps.green].flat().map((app) => `${app.host}:${app.port}`);
const prometheus = await startPrometheus(appTargets);
const settings = { ...world.envFile, CUTOVER_PROMETHEUS_URL: prometheus.url };
writeFileSync(
  file,
  `${Object.entries(settings)
    .map(([k, v]) => `${k}=${shellValue(v)}`)
    .join("\n")}\n`,
);
console.log(`Sandbox (${router}) up; blue is live. Wrote ${Object.keys(settings).length} settings to ${file}:`);
for (const [key, value] of Object.entries(settings)) if (key.startsWith("CUTOVER_")) console.log(`  ${key}=${value}`);
console.log("Stop it with Ctrl-C.");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([world.stop(), prometheus.stop()]).then(() => process.exit(0));
  });
}
