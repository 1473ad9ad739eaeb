// The Playwright side of the database worker: `await db("claim", owner, { status: "IN_REVIEW" })`.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import path from "node:path";
import { createInterface } from "node:readline";
import type * as tasks from "./db-tasks";

type Tasks = typeof tasks;
type TaskName = { [K in keyof Tasks]: Tasks[K] extends (...args: never[]) => unknown ? K : never }[keyof Tasks];

let worker: ChildProcessByStdio<Writable, Readable, null> | undefined;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let next = 0;

function start(): ChildProcessByStdio<Writable, Readable, null> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["e2e/security/db-worker.ts"], { stdio: ["pipe", "pipe", "inherit"] });
  createInterface({ input: child.stdout }).on("line", (line) => {
    const { id, result, error } = JSON.parse(line) as { id: number; result?: unknown; error?: string };
    const waiting = pending.get(id);
    pending.delete(id);
    if (error) waiting?.reject(new Error(error));
    else waiting?.resolve(result);
  });
  child.unref();
  return child;
}

export function db<K extends TaskName>(task: K, ...args: Parameters<Tasks[K]>): Promise<Awaited<ReturnType<Tasks[K]>>> {
  worker ??= start();
  const id = ++next;
  worker.stdin.write(JSON.stringify({ id, task, args }) + "\n");
  return new Promise((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
}

export function stopDb(): void {
  worker?.stdin.end();
  worker = undefined;
}
