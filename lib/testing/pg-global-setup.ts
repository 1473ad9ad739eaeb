import path from "node:path";
import type { TestProject } from "vitest/node";
import { TEMPLATE_DATABASE, createMigratedDatabase, startPgServer, stopPgServer, type PgServer } from "./pg-server";

declare module "vitest" {
  export interface ProvidedContext {
    pgServer: PgServer;
  }
}

/** Starts the PostgreSQL server of this test run and migrates the template every test database copies. */
export default async function setup(project: TestProject) {
  const port = Number(process.env.PG_TEST_PORT ?? 55432);
  const server = startPgServer({ dir: path.resolve(".tmp", `pg-test-${port}`), port, fast: true });
  await createMigratedDatabase(server, TEMPLATE_DATABASE);
  project.provide("pgServer", server);
  return () => stopPgServer(server);
}
