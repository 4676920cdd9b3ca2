import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests call steps' parts directly, without runStep, which loads @actions/core in a real run.
    setupFiles: ["test/support/toolkit.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
