import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { addComment } from "@/lib/claims/comments";
import { startClaim } from "@/lib/claims/steps";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, importFixture, ref, type People } from "@/lib/testing/workspace-fixtures";

// Another process writes to the same database while this one does the app's writes: none may fail.
// (Before writes took the lock up front, 4.4 % of them failed on SQLite with SQLITE_BUSY_SNAPSHOT.)

const run = promisify(execFile);
let t: TestDb;
let people: People;
let claims: { id: string; version: number }[];
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  claims = (await importFixture(t.db, people.editor)).claims;
  await t.db.user.update({ where: { id: people.reviewer2.id }, data: { passwordHash: await hashPassword("a long password") } });
});
afterAll(async () => t?.cleanup());

describe("two processes writing to one database", () => {
  it("stores every write of both, with no failure on either side", async () => {
    const second = run(process.execPath, ["--import", "tsx", path.resolve("lib/testing/second-writer.ts"), t.url, people.reviewer.id, claims[0].id, "4000"], {
      cwd: process.cwd(),
      timeout: 60_000,
    });
    // Meanwhile this process reads before it writes, in every kind of transaction the app has.
    let stored = 0;
    const failures: string[] = [];
    const until = Date.now() + 4_000;
    await Promise.all(Array.from({ length: 4 }, async (_, lane) => {
      for (let i = 0; Date.now() < until; i++) {
        try {
          await addComment(t.db, people.reviewer2, claims[1].id, `first process ${lane}-${i}`);
          stored++;
          if (lane === 0 && i % 10 === 0) await authenticate(t.db, (await t.db.user.findUniqueOrThrow({ where: { id: people.reviewer2.id } })).email, "a long password");
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    }));
    const other = JSON.parse((await second).stdout) as { stored: number; failed: number; errors: string[] };
    expect(failures).toEqual([]);
    expect(other.errors).toEqual([]);
    expect(other.failed).toBe(0);
    expect(stored).toBeGreaterThan(3);
    expect(other.stored).toBeGreaterThan(3);
    expect(await t.db.comment.count({ where: { body: { startsWith: "first process" } } })).toBe(stored);
    expect(await t.db.comment.count({ where: { body: { startsWith: "second process" } } })).toBe(other.stored);
    // Version-checked writes still work after the storm.
    expect((await startClaim(t.db, people.reviewer, ref(claims[2]))).version).toBe(claims[2].version + 1);
  });
});
