// The tasks a worker thread runs (see pool.ts), one named export each; each takes and returns plain, cloneable data.
import { threadId } from "node:worker_threads";
import { previewCleaningNow, writeImport } from "@/lib/bulletins/import-rows";

export const importBulletin = writeImport;
export const previewCleaning = async (input: Parameters<typeof previewCleaningNow>[0]) => previewCleaningNow(input);

/** Which thread answered (the tests check that work leaves the main thread). */
export async function currentThread(): Promise<number> {
  return threadId;
}

export type Tasks = { importBulletin: typeof importBulletin; previewCleaning: typeof previewCleaning; currentThread: typeof currentThread };
