import { loadToolkit } from "../../src/core/runner.ts";

await loadToolkit();
