import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["node_modules", "e2e", ".next"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database tests each make their own SQLite file; one fork at a time keeps the 2-core machines calm.
    pool: "forks",
    setupFiles: ["lib/testing/setup-env.ts"],
  },
});
