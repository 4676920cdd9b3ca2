import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node
    // refuses; inlined, Vite's own JSON handling loads it.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
