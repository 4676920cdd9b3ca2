// npm run sandbox -- [--router alb|kubernetes|gateway-api|istio] --env-file FILE: starts the
// sandbox for that router, writes how to reach it as KEY=VALUE lines to FILE, and runs until it is
// stopped (Ctrl-C or SIGTERM).
import { writeFileSync } from "node:fs";
import { startKubeSandbox } from "./kubernetes/sandbox.ts";
import { startWorld } from "./world.ts";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const file = arg("--env-file");
const router = arg("--router") ?? "alb";
if (!file || !["alb", "kubernetes", "gateway-api", "istio"].includes(router)) {
  console.error("usage: npm run sandbox -- [--router alb|kubernetes|gateway-api|istio] --env-file FILE");
  process.exit(2);
}

const world = router === "alb" ? await startWorld() : await startKubeSandbox(router as "kubernetes", file);
writeFileSync(
  file,
  `${Object.entries(world.envFile)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n")}\n`,
);
console.log(`Sandbox up (router ${router}); blue is live. Wrote ${Object.keys(world.envFile).length} settings to ${file}:`);
for (const [key, value] of Object.entries(world.envFile)) if (key.startsWith("CUTOVER_")) console.log(`  ${key}=${value}`);
console.log("Stop it with Ctrl-C.");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void world.stop().then(() => process.exit(0));
  });
}
