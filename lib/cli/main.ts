import { runBackup } from "./backup";
import { runExport } from "./export";
import { InputError, runExtract } from "./extract";
import { runRestore } from "./restore";

const USAGE = `Usage: npm run claimdesk -- <command> [options]

Commands:
  extract FILE... [--json] [--jsonl] [--published-on YYYY-MM-DD] [--language zh|en]
      Clean a bulletin, split it into claims and extract every figure.
      FILE may be - for standard input. --json prints one JSON document.
      Several files or a folder (its .txt and .md files) print JSON Lines: one
      document per file, with its "file" name (or an "error" for one that cannot be read).
  export BULLETIN_ID --format md|html|csv|json|claimreview|annotations [--scope verified|all] [--out FILE]
      Write a bulletin's report in one format to FILE or standard output.
  backup FILE [--with-credentials]
      Write the whole workspace of DATABASE_URL to FILE (- for standard output).
      Password and token hashes are left out unless --with-credentials is given.
  restore FILE
      Restore a backup into an empty database at DATABASE_URL, all or nothing.`;

// `write` is standard output, `note` standard error (for commands whose output is the data itself).
type Command = (args: string[], write: (s: string | Uint8Array) => void, note: (s: string) => void) => void | Promise<void>;

const COMMANDS: Record<string, Command> = {
  extract: runExtract,
  export: runExport,
  backup: runBackup,
  restore: runRestore,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE + "\n");
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`claimdesk: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  try {
    await command(rest, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`claimdesk ${name}: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`claimdesk ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
