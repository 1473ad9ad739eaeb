// One data model: prisma/schema.prisma (SQLite) is the source; the PostgreSQL schema Prisma needs
// (the provider is fixed in a schema) is generated from it, and a test fails when the two differ.

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const PG_SCHEMA = "prisma/postgresql/schema.prisma";
export const SQLITE_MIGRATIONS = "prisma/migrations";
export const PG_MIGRATIONS = "prisma/postgresql/migrations";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:schema\`. Do not edit: change prisma/schema.prisma
// and run \`npm run db:migration -- NAME\`, which writes the SQLite and the PostgreSQL migration.
`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: cannot find ${what} to turn into the PostgreSQL schema`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL twin of the SQLite schema: same models, another provider and client folder. */
export function pgSchemaFrom(sqliteSchema: string): string {
  if (/@db\./.test(sqliteSchema)) throw new Error("prisma/schema.prisma uses a native type (@db.…): keep to types both databases share");
  let text = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', "the sqlite provider");
  // The URL here is only for the CLI; the app connects with DATABASE_URL through the driver adapter.
  text = replaceOnce(text, /url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost:5432/claimdesk"', "the datasource url");
  text = replaceOnce(text, /output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output     = "../../lib/generated/prisma-pg"', "the client output folder");
  return HEADER + text;
}
