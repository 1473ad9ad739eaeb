// Runs db-tasks.ts for the Playwright side: one JSON request per line in, one JSON answer per line out.
import { createInterface } from "node:readline";
import * as tasks from "./db-tasks";

const table = tasks as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;

createInterface({ input: process.stdin }).on("line", async (line) => {
  const { id, task, args } = JSON.parse(line) as { id: number; task: string; args: unknown[] };
  try {
    const result = await table[task](...args);
    process.stdout.write(JSON.stringify({ id, result: result ?? null }) + "\n");
  } catch (error) {
    process.stdout.write(JSON.stringify({ id, error: String((error as Error)?.stack ?? error) }) + "\n");
  }
});
