import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBulkConnections } from "@/lib/db/sqlite-bulk";
import { buildSampleWorkspace } from "@/lib/backup/sample-workspace";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-cli-"));

function claimdesk(databaseUrl: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: root, encoding: "utf8", timeout: 60_000, input, env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof claimdesk>, message: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr.trim()).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

let source: TestDb;
let target: TestDb;
beforeAll(async () => {
  source = await createTestDb();
  await buildSampleWorkspace(source.db);
  target = await createTestDb();
});
afterAll(async () => {
  await source?.cleanup();
  await target?.cleanup();
  closeBulkConnections();
  rmSync(dir, { recursive: true, force: true });
});

describe("claimdesk backup and restore", () => {
  const file = path.join(dir, "workspace.jsonl");

  it("backs up to a file, restores into an empty database, then refuses the now non-empty one", async () => {
    const b = claimdesk(source.url, ["backup", file]);
    expect(b.stderr).toBe("");
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^Backed up 8 users, 1 setting, 2 bulletins, \d+ claims, .* 2 API tokens, 1 share link \(without credentials: password and token hashes left out\) to .*workspace\.jsonl\.\n$/);
    expect(existsSync(`${file}.partial`)).toBe(false);
    // The whole workspace, maybe with password hashes: readable by its owner only.
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const r = claimdesk(target.url, ["restore", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Restored 8 users, 1 setting, 2 bulletins, /);
    expect(r.stdout).toContain("8 user(s) have no usable password and cannot sign in until given a new one, and 3 API token(s)/share link(s) no longer open anything.");
    expect(await target.db.user.count()).toBe(8);
    expect(await target.db.claim.count()).toBe(await source.db.claim.count());
    expect(await target.db.auditEntry.count()).toBe(await source.db.auditEntry.count());

    const again = claimdesk(target.url, ["restore", file]);
    expectOneLineError(again, /^claimdesk restore: The database is not empty \(8 users, 1 setting, 2 bulletins, .*\): restore only into a new database\.$/);
    expect(await target.db.user.count()).toBe(8);
    // Three runs of the command, each a new Node process: give them time on a busy machine.
  }, 120_000);

  it("writes the backup to standard output with -, and its summary to standard error", () => {
    const r = claimdesk(source.url, ["backup", "-", "--with-credentials"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ format: "claimdesk-backup", version: 1, withCredentials: true });
    expect(rows.filter((l) => l.table === "User").every((l) => typeof l.row.passwordHash === "string")).toBe(true);
    expect(r.stderr).toMatch(/^Backed up 8 users, .* \(with password and token hashes\)\.\n$/);
  });

  it("names the corrupt line of a damaged backup and exits non-zero", async () => {
    const empty = await createTestDb();
    try {
      const all = readFileSync(file, "utf8").split("\n");
      all[5] = all[5].slice(0, 12);
      const damaged = path.join(dir, "damaged.jsonl");
      writeFileSync(damaged, all.join("\n"));
      expectOneLineError(claimdesk(empty.url, ["restore", damaged]), /^claimdesk restore: line 6 is not valid JSON/);
      expect(await empty.db.user.count()).toBe(0);
    } finally {
      await empty.cleanup();
    }
  });

  it.each([
    ["a missing backup file", ["restore", path.join(dir, "missing.jsonl")], /missing\.jsonl: no such file/],
    ["a file that is not a backup", ["restore", path.join(root, "lib/engine/fixtures/bulletin-zh.txt")], /this is not a Claimdesk backup/],
    ["backup without a FILE", ["backup"], /backup needs a FILE/],
    ["an unknown option", ["backup", "x.jsonl", "--with-passwords"], /unknown option --with-passwords/],
  ])("refuses %s with one line", (_, args, message) => {
    expectOneLineError(claimdesk(target.url, args), message);
  });

  it("restores from standard input with -", async () => {
    const empty = await createTestDb();
    try {
      const r = claimdesk(empty.url, ["restore", "-"], readFileSync(file, "utf8"));
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Restored 8 users, 1 setting, 2 bulletins, /);
      expect(await empty.db.claim.count()).toBe(await source.db.claim.count());
    } finally {
      await empty.cleanup();
    }
  });

  it("refuses to restore from a folder", () => {
    expectOneLineError(claimdesk(target.url, ["restore", dir]), /: it is a directory$/);
  });

  it("leaves an existing partial file alone: another backup may be writing it", () => {
    const out = path.join(dir, "busy.jsonl");
    writeFileSync(`${out}.partial`, "someone else's half-written backup");
    expectOneLineError(claimdesk(source.url, ["backup", out]), /busy\.jsonl\.partial exists: another backup may be running; remove it if not$/);
    expect(readFileSync(`${out}.partial`, "utf8")).toBe("someone else's half-written backup");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a folder that does not exist", () => {
    expectOneLineError(claimdesk(source.url, ["backup", path.join(dir, "no-such-folder", "x.jsonl")]), /no-such-folder: no such directory$/);
    expect(existsSync(path.join(dir, "no-such-folder"))).toBe(false);
  });

  it("refuses a database that was never migrated, for backup and restore, and leaves no file", () => {
    const blank = path.join(dir, "blank", "claimdesk.db");
    mkdirSync(path.dirname(blank));
    writeFileSync(blank, "");
    const out = path.join(dir, "from-blank.jsonl");
    expectOneLineError(claimdesk(`file:${blank}`, ["backup", out]), /the database has no Claimdesk tables; create them with npm run db:migrate first$/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expectOneLineError(claimdesk(`file:${blank}`, ["restore", file]), /the database has no Claimdesk tables/);
  });

  it("refuses a database file that does not exist instead of creating an empty one", () => {
    const missing = path.join(dir, "nowhere.db");
    expectOneLineError(claimdesk(`file:${missing}`, ["backup", path.join(dir, "x.jsonl")]), /no database at .*nowhere\.db/);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(path.join(dir, "x.jsonl"))).toBe(false);
  });
});
