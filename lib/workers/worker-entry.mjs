// Worker-thread entry: loads the TypeScript tasks through tsx (a worker does not inherit the
// loader of the thread that started it) and runs the one each message names.
import { tsImport } from "tsx/esm/api";

const tasks = tsImport("./worker.ts", import.meta.url);

export default async function run({ name, payload }) {
  const loaded = await tasks;
  const task = loaded[name];
  if (typeof task !== "function") throw new Error(`no worker task named ${name}`);
  return task(payload);
}
