import { createReadStream, existsSync, statSync } from "node:fs";
import { restoreBackup } from "@/lib/backup/restore";
import { asInputError, openDatabase, summary } from "./backup";
import { InputError } from "./extract";

/** `restore FILE`: only into a database with no rows, in one transaction, all or nothing. */
export async function runRestore(args: string[], write: (s: string) => void): Promise<void> {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith("--")) throw new InputError("restore needs a backup FILE (or - for standard input)");
  if (rest.length) throw new InputError(`unexpected argument ${rest[0]}`);
  if (file !== "-" && !existsSync(file)) throw new InputError(`${file}: no such file`);
  if (file !== "-" && statSync(file).isDirectory()) throw new InputError(`${file}: it is a directory`);
  const client = await openDatabase();
  try {
    const result = await restoreBackup(client, file === "-" ? process.stdin : createReadStream(file));
    write(`Restored ${summary(result.counts)} from the backup of ${result.header.createdAt}.\n`);
    if (result.usersWithoutPassword > 0 || result.tokensWithoutSecret > 0) {
      write(
        `This backup was made without --with-credentials: ${result.usersWithoutPassword} user(s) have no usable password and cannot sign in ` +
          `until given a new one, and ${result.tokensWithoutSecret} API token(s)/share link(s) no longer open anything.\n`,
      );
    }
  } catch (error) {
    throw asInputError(error);
  } finally {
    await client.$disconnect();
  }
}
