import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, type People } from "@/lib/testing/workspace-fixtures";
import { createApiToken, userForToken } from "@/lib/tokens/api-tokens";
import { changeOwnPassword, setActive, setPasswordByAdmin } from "@/lib/users/service";
import { hashPassword } from "./password";
import { revokeSession, SESSION_MAX_AGE_S, sessionUser, startSession } from "./sessions";

const HOUR = 3_600_000;
const IDLE = 8 * HOUR;
let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

describe("sessions in the database", () => {
  it("a live session finds its active user, with one refresh of lastSeenAt per minute at most", async () => {
    const t0 = new Date("2030-01-01T08:00:00Z");
    const sid = await startSession(t.db, people.editor.id, t0);
    expect(await sessionUser(t.db, people.editor.id, sid, IDLE, new Date(t0.getTime() + 30_000))).toMatchObject({ id: people.editor.id, role: "EDITOR" });
    expect((await t.db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(t0);
    const later = new Date(t0.getTime() + 5 * 60_000);
    await sessionUser(t.db, people.editor.id, sid, IDLE, later);
    expect((await t.db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(later);
  });

  it("ends after the idle timeout without use, and at the absolute lifetime however active", async () => {
    const t0 = new Date("2030-01-02T08:00:00Z");
    const idle = await startSession(t.db, people.editor.id, t0);
    expect(await sessionUser(t.db, people.editor.id, idle, IDLE, new Date(t0.getTime() + IDLE + 1000))).toBeNull();
    const busy = await startSession(t.db, people.editor.id, t0);
    for (let h = 1; h < 12; h++) expect(await sessionUser(t.db, people.editor.id, busy, IDLE, new Date(t0.getTime() + h * HOUR))).not.toBeNull();
    expect(await sessionUser(t.db, people.editor.id, busy, IDLE, new Date(t0.getTime() + SESSION_MAX_AGE_S * 1000 + 1000))).toBeNull();
  });

  it("a revoked session is refused; another session of the user goes on", async () => {
    const a = await startSession(t.db, people.reviewer.id);
    const b = await startSession(t.db, people.reviewer.id);
    await revokeSession(t.db, a);
    expect(await sessionUser(t.db, people.reviewer.id, a, IDLE)).toBeNull();
    expect(await sessionUser(t.db, people.reviewer.id, b, IDLE)).not.toBeNull();
  });

  it("answers the user's own fields, typed alike on both databases; an inactive user's session is refused", async () => {
    const user = await t.db.user.create({ data: { email: "typed@example.test", name: "Typed", passwordHash: "x", role: "REVIEWER", locale: "en" } });
    const sid = await startSession(t.db, user.id);
    expect(await sessionUser(t.db, user.id, sid, IDLE)).toEqual({ id: user.id, email: user.email, name: "Typed", role: "REVIEWER", active: true, createdAt: user.createdAt, locale: "en" });
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await sessionUser(t.db, user.id, sid, IDLE)).toBeNull();
  });

  it("a session id is no good for another user", async () => {
    const sid = await startSession(t.db, people.reviewer.id);
    expect(await sessionUser(t.db, people.editor.id, sid, IDLE)).toBeNull();
  });

  it("deactivation ends sessions and tokens; reactivation revives neither", async () => {
    const user = people.reviewer2;
    const sid = await startSession(t.db, user.id);
    const { secret } = await createApiToken(t.db, user, "script");
    await setActive(t.db, people.admin, user.id, false);
    await setActive(t.db, people.admin, user.id, true);
    expect(await sessionUser(t.db, user.id, sid, IDLE)).toBeNull();
    expect(await userForToken(t.db, secret)).toBeNull();
    const fresh = await startSession(t.db, user.id);
    expect(await sessionUser(t.db, user.id, fresh, IDLE)).not.toBeNull();
  });

  it("a password change or an administrator's reset ends sessions and revokes API tokens", async () => {
    const user = people.editor2;
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("the old password") } });
    const sid = await startSession(t.db, user.id);
    const { secret } = await createApiToken(t.db, user, "cms");
    await changeOwnPassword(t.db, user, "the old password", "the new password");
    expect(await sessionUser(t.db, user.id, sid, IDLE)).toBeNull();
    expect(await userForToken(t.db, secret)).toBeNull();

    const sid2 = await startSession(t.db, user.id);
    const second = await createApiToken(t.db, user, "cms again");
    await setPasswordByAdmin(t.db, people.admin, user.id, "reset by the admin");
    expect(await sessionUser(t.db, user.id, sid2, IDLE)).toBeNull();
    expect(await userForToken(t.db, second.secret)).toBeNull();
  });
});
