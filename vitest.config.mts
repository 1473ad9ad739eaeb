import { defineConfig } from "vitest/config";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const include = ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"];
const exclude = ["node_modules", "e2e", ".next", ".tmp"];

/** Test files that open a database: the PostgreSQL run repeats exactly these. */
function databaseTests(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
      } else if (entry.name.endsWith(".test.ts") && /createTestDb|testDialect/.test(readFileSync(full, "utf8"))) {
        found.push(full);
      }
    }
  };
  for (const dir of ["lib", "app", "components", "bench", "scripts"]) walk(path.resolve(import.meta.dirname, dir));
  return found.map((f) => path.relative(import.meta.dirname, f));
}

const shared = {
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
};

export default defineConfig({
  ...shared,
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two files at a time: many of them wait on a child process or the PostgreSQL server.
    maxWorkers: 2,
    projects: [
      {
        ...shared,
        test: { name: "sqlite", include, exclude, environment: "node", testTimeout: 30_000, hookTimeout: 60_000, pool: "forks", setupFiles: ["lib/testing/setup-env.ts"] },
      },
      {
        // The database suite again, against a real PostgreSQL server this run starts and stops.
        ...shared,
        test: {
          name: "postgresql", include: databaseTests(), exclude, environment: "node", testTimeout: 30_000, hookTimeout: 60_000, pool: "forks",
          env: { TEST_DATABASE: "postgresql" },
          setupFiles: ["lib/testing/setup-env.ts"],
          globalSetup: ["lib/testing/pg-global-setup.ts"],
        },
      },
    ],
  },
});
