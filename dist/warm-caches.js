import { run } from "./index.js";

await run("warm-caches");
