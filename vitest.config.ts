// Tests (all under tests/); the tab is built by vite.config.ts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: ".",
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start servers and child processes; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
