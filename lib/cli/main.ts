import { InputError, runExtract } from "./extract";

const USAGE = `Usage: npm run claimdesk -- <command> [options]

Commands:
  extract FILE [--json] [--published-on YYYY-MM-DD] [--language zh|en]
      Clean a bulletin, split it into claims and extract every figure.
      FILE may be - for standard input. --json prints one JSON document.`;

type Command = (args: string[], write: (s: string) => void) => void;

const COMMANDS: Record<string, Command> = {
  extract: runExtract,
};

export function main(argv: string[]): number {
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
    command(rest, (s) => process.stdout.write(s));
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

process.exitCode = main(process.argv.slice(2));
