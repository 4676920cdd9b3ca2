import { run } from "./index.js";

await run("purge-cdn");
