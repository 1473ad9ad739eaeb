import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { findActiveUserById, hasAnyUser, listUsers } from "./queries";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
});
afterAll(async () => t?.cleanup());

const add = (name: string, active = true) =>
  t.db.user.create({ data: { email: `${name.toLowerCase()}@example.com`, name, passwordHash: "secret-hash", role: "EDITOR", active } });

describe("user queries", () => {
  it("hasAnyUser is false on an empty database and true once a user exists", async () => {
    expect(await hasAnyUser()).toBe(false);
    await add("Zoe");
    expect(await hasAnyUser()).toBe(true);
  });

  // Zoe comes from the test above; tests in this file share one database and run in order.
  it("listUsers lists active users first, each group by name, without password hashes", async () => {
    await add("Bob", false);
    await add("Amy");
    await add("Al", false);
    const users = await listUsers();
    expect(users.map((u) => [u.name, u.active])).toEqual([
      ["Amy", true],
      ["Zoe", true],
      ["Al", false],
      ["Bob", false],
    ]);
    for (const user of users) expect(user).not.toHaveProperty("passwordHash");
  });

  it("findActiveUserById finds an active user and not a deactivated one", async () => {
    const active = await add("Carla");
    const gone = await add("Dan", false);
    expect(await findActiveUserById(active.id)).toMatchObject({ id: active.id, email: "carla@example.com", role: "EDITOR" });
    expect(await findActiveUserById(active.id)).not.toHaveProperty("passwordHash");
    expect(await findActiveUserById(gone.id)).toBeNull();
    expect(await findActiveUserById("no-such-id")).toBeNull();
  });
});
