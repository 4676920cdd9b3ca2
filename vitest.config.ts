import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The end-to-end files mostly wait on sandboxes and timers: with three files at once the suite
    // used 75% of this 2-core machine (16.6 CPU-minutes in 11 of wall time). Four fill it; the
    // sandboxes' timeouts count only the time the process ran, so a busy machine is no failure.
    maxWorkers: 4,
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node
    // refuses; inlined, Vite's own JSON handling loads it.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
