import { enableCompileCache } from "node:module";
import { join } from "node:path";

if (process.env.RUNNER_TEMP) enableCompileCache(join(process.env.RUNNER_TEMP, "cutover-compile-cache"));
const { run } = await import("./index.js");
await run("migrate");
