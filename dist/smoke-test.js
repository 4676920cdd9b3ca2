import { run } from "./index.js";

await run("smoke-test");
