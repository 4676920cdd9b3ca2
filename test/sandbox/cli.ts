// npm run sandbox -- --env-file FILE: starts the whole sandbox, writes how to reach it as
// KEY=VALUE lines to FILE, and runs until it is stopped (Ctrl-C or SIGTERM).
import { writeFileSync } from "node:fs";
import { startWorld } from "./world.ts";

const at = process.argv.indexOf("--env-file");
const file = at > 0 ? process.argv[at + 1] : undefined;
if (!file) {
  console.error("usage: npm run sandbox -- --env-file FILE");
  process.exit(2);
}

const world = await startWorld();
writeFileSync(
  file,
  `${Object.entries(world.envFile)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n")}\n`,
);
console.log(`Sandbox up; blue is live. Wrote ${Object.keys(world.envFile).length} settings to ${file}:`);
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
