import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, type People } from "@/lib/testing/workspace-fixtures";
import { createApiToken, listApiTokens, revokeApiToken, tokenGrant, userForToken } from "./api-tokens";
import { parseScopes, scopesFor } from "./scopes";
import { hashSecret } from "./secret";

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const tokenRow = (id: string) => t.db.apiToken.findUniqueOrThrow({ where: { id } });
const auditOf = (id: string, action?: string) =>
  t.db.auditEntry.findMany({ where: { entityType: "ApiToken", entityId: id, ...(action ? { action } : {}) }, orderBy: { at: "asc" } });

describe("token scopes", () => {
  it("makes a token read-only unless write is chosen, and lists and grants what was stored", async () => {
    const reader = await createApiToken(t.db, people.editor, "Dashboard");
    const writer = await createApiToken(t.db, people.editor, "CMS", undefined, ["read", "write"]);
    expect((await tokenRow(reader.id)).scopes).toBe("read");
    expect((await tokenRow(writer.id)).scopes).toBe("read write");
    const listed = await listApiTokens(t.db, people.editor.id);
    expect(listed.find((k) => k.id === reader.id)?.scopes).toEqual(["read"]);
    expect(listed.find((k) => k.id === writer.id)?.scopes).toEqual(["read", "write"]);
    expect(await tokenGrant(t.db, writer.secret)).toMatchObject({ user: { id: people.editor.id }, scopes: ["read", "write"] });
  });

  it("reads stored scopes strictly: unknown words grant nothing", () => {
    expect(parseScopes("read write")).toEqual(["read", "write"]);
    expect(parseScopes("write  read")).toEqual(["read", "write"]);
    expect(parseScopes("admin readwrite")).toEqual([]);
    expect(parseScopes("")).toEqual([]);
    expect(scopesFor("read")).toEqual(["read"]);
    expect(scopesFor("write")).toEqual(["read", "write"]);
  });
});

describe("createApiToken", () => {
  it("returns a secret once and stores only its SHA-256", async () => {
    const { id, name, secret } = await createApiToken(t.db, people.editor, "Newsroom sync");
    expect(name).toBe("Newsroom sync");
    expect(secret).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);

    const row = await tokenRow(id);
    expect(row).toMatchObject({ userId: people.editor.id, name: "Newsroom sync", lastUsedAt: null, revokedAt: null });
    expect(row.tokenHash).not.toBe(secret);
    expect(row.tokenHash).toBe(hashSecret(secret));
    expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    // Only a short prefix, so tokens can be told apart; the whole secret is in no column.
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(secret.length / 2);
    for (const value of Object.values(row)) {
      if (typeof value === "string") expect(value).not.toContain(secret);
    }
  });

  it("writes the secret into no audit entry, and logs token.create with the name", async () => {
    const { id, secret } = await createApiToken(t.db, people.reviewer, "Spreadsheet export");
    const entries = await auditOf(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "token.create", actorId: people.reviewer.id, entityType: "ApiToken", entityId: id });
    expect(JSON.parse(entries[0].after!)).toEqual({ name: "Spreadsheet export", scopes: ["read"] });
    const all = await t.db.auditEntry.findMany();
    for (const entry of all) expect(JSON.stringify(entry)).not.toContain(secret);
  });

  it("gives every token its own secret", async () => {
    const a = await createApiToken(t.db, people.editor, "Laptop");
    const b = await createApiToken(t.db, people.editor, "Laptop");
    expect(a.secret).not.toBe(b.secret);
    expect((await tokenRow(a.id)).tokenHash).not.toBe((await tokenRow(b.id)).tokenHash);
  });

  it("refuses a deactivated user and stores nothing", async () => {
    const before = await t.db.apiToken.count({ where: { userId: people.inactiveEditor.id } });
    await expectAppError(createApiToken(t.db, people.inactiveEditor, "Should not exist"), "forbidden");
    expect(await t.db.apiToken.count({ where: { userId: people.inactiveEditor.id } })).toBe(before);
    expect(await t.db.auditEntry.count({ where: { action: "token.create", actorId: people.inactiveEditor.id } })).toBe(0);
  });

  it("lists a user's tokens without their hashes", async () => {
    const { id } = await createApiToken(t.db, people.reviewer2, "Listed");
    const list = await listApiTokens(t.db, people.reviewer2.id);
    expect(list.map((l) => l.id)).toEqual([id]);
    expect(list[0]).not.toHaveProperty("tokenHash");
  });
});

describe("userForToken", () => {
  it("finds the active user behind a secret and records when the token was used", async () => {
    const { id, secret } = await createApiToken(t.db, people.editor2, "Bot");
    expect((await tokenRow(id)).lastUsedAt).toBeNull();
    const before = Date.now();
    const user = await userForToken(t.db, secret);
    expect(user).toMatchObject({ id: people.editor2.id, name: "Eli Editor", role: "EDITOR", active: true });
    expect(user).not.toHaveProperty("passwordHash");
    const used = (await tokenRow(id)).lastUsedAt;
    expect(used).not.toBeNull();
    expect(used!.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(used!.getTime()).toBeLessThanOrEqual(Date.now() + 5);
  });

  it("is null for a wrong secret, and the stored hash is no secret", async () => {
    const { id, secret } = await createApiToken(t.db, people.editor, "Guarded");
    const row = await tokenRow(id);
    const flipped = secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A");
    for (const wrong of [flipped, secret + "x", secret.slice(0, -1), ` ${secret}`, "", row.prefix, row.tokenHash]) {
      expect(await userForToken(t.db, wrong), JSON.stringify(wrong)).toBeNull();
    }
    expect((await tokenRow(id)).lastUsedAt).toBeNull();
  });

  it("is null once the token is revoked, and does not touch lastUsedAt", async () => {
    const { id, secret } = await createApiToken(t.db, people.reviewer, "Revoked soon");
    expect(await userForToken(t.db, secret)).not.toBeNull();
    const usedBefore = (await tokenRow(id)).lastUsedAt;
    await revokeApiToken(t.db, people.reviewer, id);
    expect(await userForToken(t.db, secret)).toBeNull();
    expect((await tokenRow(id)).lastUsedAt).toEqual(usedBefore);
  });

  it("is null when the user has been deactivated, and works again once reactivated", async () => {
    const user = await t.db.user.create({ data: { email: "tomas.temp@example.com", name: "Tomas Temp", passwordHash: "not-a-real-hash", role: "REVIEWER" } });
    const { secret } = await createApiToken(t.db, { id: user.id, role: "REVIEWER", active: true }, "Temp");
    expect(await userForToken(t.db, secret)).toMatchObject({ id: user.id });
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await userForToken(t.db, secret)).toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { active: true } });
    expect(await userForToken(t.db, secret)).toMatchObject({ id: user.id });
  });
});

describe("revokeApiToken", () => {
  it("lets a user revoke their own token, logging token.revoke", async () => {
    const { id } = await createApiToken(t.db, people.reviewer, "Mine");
    await revokeApiToken(t.db, people.reviewer, id);
    expect((await tokenRow(id)).revokedAt).toBeInstanceOf(Date);
    const entries = await auditOf(id, "token.revoke");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: people.reviewer.id, entityType: "ApiToken" });
    expect(JSON.parse(entries[0].before!)).toEqual({ name: "Mine" });
  });

  it("refuses another user's token as not found and leaves the row as it was", async () => {
    const { id, secret } = await createApiToken(t.db, people.editor, "Not yours");
    const before = await tokenRow(id);
    await expectAppError(revokeApiToken(t.db, people.editor2, id), "not_found");
    await expectAppError(revokeApiToken(t.db, people.reviewer, id), "not_found");
    expect(await tokenRow(id)).toEqual(before);
    expect(await auditOf(id, "token.revoke")).toEqual([]);
    expect(await userForToken(t.db, secret)).toMatchObject({ id: people.editor.id });
  });

  it("lets an administrator revoke anyone's token", async () => {
    const { id, secret } = await createApiToken(t.db, people.editor, "Admin takes it");
    await revokeApiToken(t.db, people.admin, id);
    expect((await tokenRow(id)).revokedAt).toBeInstanceOf(Date);
    expect(await userForToken(t.db, secret)).toBeNull();
    expect((await auditOf(id, "token.revoke")).map((e) => e.actorId)).toEqual([people.admin.id]);
  });

  it("is not found for a token that does not exist", async () => {
    await expectAppError(revokeApiToken(t.db, people.admin, "no-such-token"), "not_found");
  });

  it("revoking twice keeps the first revocation time and logs once", async () => {
    const { id } = await createApiToken(t.db, people.editor2, "Twice");
    await revokeApiToken(t.db, people.editor2, id);
    const first = (await tokenRow(id)).revokedAt;
    await revokeApiToken(t.db, people.editor2, id);
    expect((await tokenRow(id)).revokedAt).toEqual(first);
    expect(await auditOf(id, "token.revoke")).toHaveLength(1);
  });
});
