import { createWriteStream, existsSync, openSync, renameSync, rmSync } from "node:fs";
import { finished } from "node:stream/promises";
import path from "node:path";
import type { Db } from "@/lib/db";
import { BackupError } from "@/lib/backup/format";
import { TABLES, describeCount } from "@/lib/backup/tables";
import { writeBackup } from "@/lib/backup/write";
import { InputError } from "./extract";

/**
 * Opens the configured database (DATABASE_URL). lib/db is loaded only here, so a bad environment
 * is reported as one line by this command instead of breaking every command at start-up.
 */
export async function openDatabase(): Promise<Db> {
  const { EnvError, env } = await import("@/lib/config/env");
  let url: string;
  try {
    url = env().DATABASE_URL;
  } catch (error) {
    if (error instanceof EnvError) throw new InputError(error.message.replace(/\n\s*/g, " "));
    throw error;
  }
  // better-sqlite3 would silently create a missing file, and then find no tables in it.
  const { dialectOf, sqliteFile } = await import("@/lib/db/url");
  if (dialectOf(url) === "sqlite" && !existsSync(sqliteFile(url))) {
    throw new InputError(`no database at ${sqliteFile(url)} (DATABASE_URL); create it with npm run db:migrate first`);
  }
  const { createDb } = await import("@/lib/db");
  return createDb(url);
}

/** Turns what the user can fix into one line; a missing table means the schema was never migrated. */
export function asInputError(error: unknown): unknown {
  if (error instanceof BackupError) return new InputError(error.message);
  if ((error as { code?: string } | null)?.code === "P2021") return new InputError("the database has no Claimdesk tables; create them with npm run db:migrate first");
  return error;
}

export function summary(counts: Record<string, number>): string {
  return TABLES.filter((t) => t.name in counts).map((t) => describeCount(t, counts[t.name])).join(", ");
}

function parseBackupArgs(args: string[]): { file: string; withCredentials: boolean } {
  let file: string | undefined;
  let withCredentials = false;
  for (const a of args) {
    if (a === "--with-credentials") withCredentials = true;
    else if (a.startsWith("--")) throw new InputError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new InputError(`unexpected argument ${a}`);
  }
  if (file === undefined) throw new InputError("backup needs a FILE to write (or - for standard output)");
  return { file, withCredentials };
}

/**
 * `backup FILE [--with-credentials]`. A file is written under a temporary name and renamed when
 * complete, so a failed backup never leaves a file that looks like a backup.
 */
export async function runBackup(args: string[], write: (s: string) => void, note: (s: string) => void): Promise<void> {
  const { file, withCredentials } = parseBackupArgs(args);
  if (file !== "-" && !existsSync(path.dirname(path.resolve(file)))) throw new InputError(`${path.dirname(file)}: no such directory`);
  const client = await openDatabase();
  const partial = `${file}.partial`;
  try {
    let counts: Record<string, number>;
    if (file === "-") {
      counts = await writeBackup(client, process.stdout, { withCredentials });
    } else {
      // Opened here so that "already exists" is thrown now, not emitted later as a stream event;
      // readable by the owner only, as the file holds the whole workspace (and maybe password hashes).
      const out = createWriteStream("", { fd: openSync(partial, "wx", 0o600) });
      // Errors are read back from the stream (out.errored, finished()); the listener keeps them from crashing the process.
      out.on("error", () => {});
      try {
        counts = await writeBackup(client, out, { withCredentials });
        out.end();
        await finished(out);
      } catch (error) {
        out.destroy();
        rmSync(partial, { force: true });
        throw error;
      }
      renameSync(partial, file);
    }
    const secrets = withCredentials ? "with password and token hashes" : "without credentials: password and token hashes left out";
    (file === "-" ? note : write)(`Backed up ${summary(counts)} (${secrets})${file === "-" ? "" : ` to ${file}`}.\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputError(`${partial} exists: another backup may be running; remove it if not`);
    if ((error as NodeJS.ErrnoException).syscall) throw new InputError(`cannot write ${file === "-" ? "standard output" : file}: ${code}`);
    throw asInputError(error);
  } finally {
    await client.$disconnect();
  }
}
