import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/temporary-root.ts"],
    testTimeout: 30_000,
    // Setup hooks build corpora through the CLI, which takes seconds on a loaded CI machine.
    hookTimeout: 120_000,
  },
});
