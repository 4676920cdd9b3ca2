import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The end-to-end files mostly wait on sandboxes (about 4 CPU-minutes in 12 of wall time with
    // one worker): three files at once fit this 2-core machine without starving the sandboxes.
    maxWorkers: 3,
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node
    // refuses; inlined, Vite's own JSON handling loads it.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
