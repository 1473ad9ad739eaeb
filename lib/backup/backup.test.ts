import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { closeBulkConnections } from "@/lib/db/sqlite-bulk";
import { Prisma } from "@/lib/generated/prisma/client";
import { authenticate } from "@/lib/auth/sign-in";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { BackupError } from "./format";
import { restoreBackup, UNUSABLE_PASSWORD } from "./restore";
import { AWKWARD_TEXT, buildSampleWorkspace, OWNER } from "./sample-workspace";
import { SKIPPED_MODELS, TABLES, delegateOf, type Row } from "./tables";
import { writeBackup } from "./write";

let source: TestDb;
let scratch: TestDb;
const targets: TestDb[] = [];

beforeAll(async () => {
  source = await createTestDb();
  await buildSampleWorkspace(source.db);
  scratch = await createTestDb();
});
afterAll(async () => {
  for (const t of [source, scratch, ...targets]) await t?.cleanup();
  closeBulkConnections();
});

async function freshTarget(): Promise<Db> {
  const t = await createTestDb();
  targets.push(t);
  return t.db;
}

async function backup(db: Db, options: { withCredentials: boolean; pageSize?: number }): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({ write: (chunk, _enc, done) => (chunks.push(String(chunk)), done()) });
  await writeBackup(db, out, options);
  return chunks.join("");
}

const restore = (db: Db, text: string, options: { chunkSize?: number } = {}) => restoreBackup(db, Readable.from([text]), options);

/** Every row of every backed-up table, read back in key order. */
async function readAll(db: Db): Promise<Record<string, Row[]>> {
  const all: Record<string, Row[]> = {};
  for (const table of TABLES) {
    all[table.name] = await delegateOf(db, table).findMany({ orderBy: table.key.map((k) => ({ [k]: "asc" })), take: 1_000_000 });
  }
  return all;
}

async function rowCount(db: Db): Promise<number> {
  let n = 0;
  for (const table of TABLES) n += await delegateOf(db, table).count();
  return n;
}

async function expectRefusal(promise: Promise<unknown>, message: RegExp | string): Promise<void> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  if (typeof message === "string") expect((error as Error).message).toBe(message);
  else expect((error as Error).message).toMatch(message);
}

const lines = (text: string) => text.split("\n").slice(0, -1);

describe("backup and restore", () => {
  it("covers every model of the schema except the ones skipped on purpose", () => {
    expect([...TABLES.map((t) => t.name), ...SKIPPED_MODELS].sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it("round-trips every table field by field, without credentials: secrets are left out and made unusable", async () => {
    const before = await readAll(source.db);
    for (const table of TABLES) expect(before[table.name].length, `${table.name} rows in the sample`).toBeGreaterThan(0);

    // A page of one row puts a page boundary between every two rows, composite keys included.
    const text = await backup(source.db, { withCredentials: false, pageSize: 1 });
    for (const user of before.User) expect(text).not.toContain(user.passwordHash as string);
    for (const token of [...before.ApiToken, ...before.ShareLink]) expect(text).not.toContain(token.tokenHash as string);

    const target = await freshTarget();
    const result = await restore(target, text, { chunkSize: 2 });
    expect(result.usersWithoutPassword).toBe(before.User.length);
    expect(result.tokensWithoutSecret).toBe(before.ApiToken.length + before.ShareLink.length);
    const after = await readAll(target);

    for (const user of after.User) expect(user.passwordHash).toBe(UNUSABLE_PASSWORD);
    const deadHashes = [...after.ApiToken, ...after.ShareLink].map((r) => r.tokenHash as string);
    for (const hash of deadHashes) expect(hash).toMatch(/^restored-without-credentials:/);
    expect(new Set(deadHashes).size).toBe(deadHashes.length);

    const withSecretsOf = (table: string, rows: Row[]) => rows.map((r, i) => ({ ...r, ...Object.fromEntries(
      TABLES.find((t) => t.name === table)!.secrets.map((f) => [f, before[table][i]?.[f]]),
    ) }));
    for (const table of TABLES) expect(withSecretsOf(table.name, after[table.name]), table.name).toEqual(before[table.name]);
    expect(after.Comment.map((c) => c.body)).toContain(AWKWARD_TEXT);

    expect(await target.loginAttempt.count()).toBe(0);
    await expect(authenticate(target, OWNER.email, OWNER.password)).rejects.toThrow(/not correct/);
  });

  it("round-trips password and token hashes exactly with --with-credentials, so people can still sign in", async () => {
    const text = await backup(source.db, { withCredentials: true });
    const header = JSON.parse(lines(text)[0]);
    expect(header).toMatchObject({ format: "claimdesk-backup", version: 1, withCredentials: true, tables: TABLES.map((t) => t.name) });
    expect(JSON.parse(lines(text).at(-1)!)).toEqual({ end: true, counts: Object.fromEntries(TABLES.map((t) => [t.name, expect.any(Number)])) });

    const target = await freshTarget();
    const result = await restore(target, text);
    expect(result).toMatchObject({ usersWithoutPassword: 0, tokensWithoutSecret: 0 });
    expect(await readAll(target)).toEqual(await readAll(source.db));
    await expect(authenticate(target, OWNER.email, OWNER.password)).resolves.toMatchObject({ email: OWNER.email });
  });

  it("refuses a database that holds any row, naming what it holds, and writes nothing", async () => {
    const text = await backup(source.db, { withCredentials: false });
    const target = await freshTarget();
    await target.user.create({ data: { email: "x@example.com", name: "X", passwordHash: "h" } });
    await target.setting.create({ data: { key: "setup-complete", value: "yes" } });
    await expectRefusal(restore(target, text), "The database is not empty (1 user, 1 setting): restore only into a new database.");
    expect(await rowCount(target)).toBe(2);
  });

  describe("a damaged file is refused with nothing written", () => {
    let text: string;
    beforeAll(async () => {
      text = await backup(source.db, { withCredentials: false });
    });
    afterAll(async () => expect(await rowCount(scratch.db)).toBe(0));

    const withLines = (edit: (all: string[]) => string[]) => edit(lines(text)).join("\n") + "\n";
    const lastLineOf = (all: string[], table: string) => all.findLastIndex((l) => l.startsWith(`{"table":"${table}"`));

    it("names the line that is not JSON, after earlier tables were already inserted", async () => {
      let broken = 0;
      const damaged = withLines((all) => {
        broken = lastLineOf(all, "AuditEntry");
        all[broken] = all[broken].slice(0, 40);
        return all;
      });
      await expectRefusal(restore(scratch.db, damaged, { chunkSize: 3 }), `line ${broken + 1} is not valid JSON: the backup file is corrupt or was cut short`);
      expect(await rowCount(scratch.db)).toBe(0);
    });

    it("notices a file cut short at a line break", async () => {
      const cut = withLines((all) => all.slice(0, lastLineOf(all, "Comment") + 1));
      await expectRefusal(restore(scratch.db, cut), /without its closing line: it was cut short/);
      expect(await rowCount(scratch.db)).toBe(0);
    });

    it("notices a missing row even when the closing line is there", async () => {
      const short = withLines((all) => all.filter((_, i) => i !== lastLineOf(all, "Comment")));
      const comments = lines(text).filter((l) => l.startsWith('{"table":"Comment"')).length;
      await expectRefusal(restore(scratch.db, short), new RegExp(`promises ${comments} rows of Comment but holds ${comments - 1}$`));
      expect(await rowCount(scratch.db)).toBe(0);
    });

    it("reports rows the database refuses, with their lines", async () => {
      const orphans = withLines((all) => all.filter((l) => !l.startsWith('{"table":"User"')));
      await expectRefusal(restore(scratch.db, orphans), /^the database refused the bulletins on lines \d+–\d+: .*foreign key/i);
      expect(await rowCount(scratch.db)).toBe(0);
    });

    it("refuses rows out of table order", async () => {
      const shuffled = withLines((all) => [all[0], all[lastLineOf(all, "Claim")], ...all.slice(1)]);
      await expectRefusal(restore(scratch.db, shuffled), /^line 3: a User row comes after the Claim rows/);
    });

    it.each([
      ["an empty file", "", "the backup file is empty"],
      ["a bulletin", "本市一季度建设情况\n", "this is not a Claimdesk backup (its first line is not a backup header)"],
      ["other JSON", '{"hello":"world"}\n', "this is not a Claimdesk backup (its first line is not a backup header)"],
      ["a newer format", '{"format":"claimdesk-backup","version":2,"createdAt":"2026-01-01T00:00:00.000Z","withCredentials":false,"tables":[]}\n', "this backup has format version 2; this Claimdesk reads version 1 only"],
      ["an unknown table", '{"format":"claimdesk-backup","version":1,"createdAt":"2026-01-01T00:00:00.000Z","withCredentials":false,"tables":["User","Frob"]}\n', "this backup holds tables this Claimdesk does not know: Frob"],
    ])("refuses %s with a clear message", async (_, content, message) => {
      await expectRefusal(restore(scratch.db, content), message);
    });
  });
});
