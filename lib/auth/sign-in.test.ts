import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { changeOwnPassword, setActive, setPasswordByAdmin } from "@/lib/users/service";
import { hashPassword, verifyPassword } from "./password";
import { sessionUser } from "./sessions";
import { authenticate, BAD_CREDENTIALS } from "./sign-in";
import { MAX_ADDRESS_FAILURES, MAX_FAILURES, WINDOW_MS } from "./throttle";

const PASSWORD = "the-right-password";
const T0 = new Date("2030-03-01T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

let t: TestDb;
let passwordHash: string;

beforeAll(async () => {
  t = await createTestDb();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => t?.cleanup());

async function addUser(email: string, active = true) {
  return t.db.user.create({ data: { email, name: email, passwordHash, role: "EDITOR", active } });
}

/** Runs one sign-in and returns the AppError it threw, or null when it succeeded. */
async function attempt(email: string, password: string, now: Date): Promise<AppError | null> {
  try {
    await authenticate(t.db, email, password, now);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

async function failTimes(email: string, times: number, start: Date) {
  for (let i = 0; i < times; i++) {
    const error = await attempt(email, "wrong password", new Date(start.getTime() + i * SECOND));
    expect(error?.code).toBe("unauthenticated");
  }
}

const attempts = (email: string) => t.db.loginAttempt.findMany({ where: { email }, orderBy: { createdAt: "asc" } });

describe("authenticate", () => {
  it("returns the user for the right password and records a successful attempt", async () => {
    const user = await addUser("ok@example.com");
    await expect(authenticate(t.db, "ok@example.com", PASSWORD, T0)).resolves.toEqual({
      id: user.id,
      email: "ok@example.com",
      name: "ok@example.com",
      sessionId: expect.any(String),
    });
    const rows = await attempts("ok@example.com");
    expect(rows.map((r) => [r.succeeded, r.createdAt.toISOString()])).toEqual([[true, T0.toISOString()]]);
  });

  it("gives an unknown email the same answer as a wrong password, and records both as failures", async () => {
    await addUser("known@example.com");
    const wrong = await attempt("known@example.com", "wrong password", T0);
    const unknown = await attempt("nobody@example.com", PASSWORD, T0);
    expect(wrong).toMatchObject({ code: "unauthenticated", message: BAD_CREDENTIALS });
    expect(unknown).toMatchObject({ code: "unauthenticated", message: BAD_CREDENTIALS });
    expect(BAD_CREDENTIALS).toMatch(/email or password is not correct/);
    expect((await attempts("known@example.com")).map((r) => r.succeeded)).toEqual([false]);
    expect((await attempts("nobody@example.com")).map((r) => r.succeeded)).toEqual([false]);
  });

  it("refuses a deactivated user even with the right password", async () => {
    await addUser("gone@example.com", false);
    const error = await attempt("gone@example.com", PASSWORD, T0);
    expect(error?.code).toBe("unauthenticated");
    expect((await attempts("gone@example.com")).map((r) => r.succeeded)).toEqual([false]);
  });

  it("a deactivated user with a wrong password learns nothing about the account", async () => {
    await addUser("gone2@example.com", false);
    expect(await attempt("gone2@example.com", "wrong password", T0)).toMatchObject({ message: BAD_CREDENTIALS });
  });
});

describe("sign-in throttle", () => {
  it(`refuses the ${MAX_FAILURES + 1}th attempt after ${MAX_FAILURES} failures, even with the right password`, async () => {
    await addUser("locked@example.com");
    await failTimes("locked@example.com", MAX_FAILURES, T0);

    const error = await attempt("locked@example.com", PASSWORD, at(10 * SECOND));
    expect(error?.code).toBe("throttled");
    expect(error?.status).toBe(429);
    expect(error?.message).toMatch(/try again in \d+ minutes?/i);

    // The refused attempt is not recorded, and above all no success is.
    const rows = await attempts("locked@example.com");
    expect(rows).toHaveLength(MAX_FAILURES);
    expect(rows.every((r) => !r.succeeded)).toBe(true);
  });

  it(`allows the attempt after only ${MAX_FAILURES - 1} failures`, async () => {
    await addUser("almost@example.com");
    await failTimes("almost@example.com", MAX_FAILURES - 1, T0);
    expect(await attempt("almost@example.com", PASSWORD, at(10 * SECOND))).toBeNull();
  });

  it("a locked email leaves other emails alone", async () => {
    await addUser("victim@example.com");
    await addUser("bystander@example.com");
    await failTimes("victim@example.com", MAX_FAILURES, T0);
    expect((await attempt("victim@example.com", PASSWORD, at(10 * SECOND)))?.code).toBe("throttled");
    expect(await attempt("bystander@example.com", PASSWORD, at(10 * SECOND))).toBeNull();
  });

  it("also locks an unknown email, so guessing cannot tell known from unknown", async () => {
    await failTimes("ghost@example.com", MAX_FAILURES, T0);
    expect((await attempt("ghost@example.com", PASSWORD, at(10 * SECOND)))?.code).toBe("throttled");
  });

  it("lifts the lock once the window has passed, then the right password works", async () => {
    await addUser("patient@example.com");
    await failTimes("patient@example.com", MAX_FAILURES, T0);
    const lastFailure = at((MAX_FAILURES - 1) * SECOND);

    expect((await attempt("patient@example.com", PASSWORD, at(14 * MINUTE)))?.code).toBe("throttled");
    expect(await attempt("patient@example.com", PASSWORD, new Date(lastFailure.getTime() + WINDOW_MS))).toBeNull();
    const rows = await attempts("patient@example.com");
    expect(rows.at(-1)?.succeeded).toBe(true);
  });

  it("says how long to wait, counted from the oldest failure in the window", async () => {
    await addUser("wait@example.com");
    await failTimes("wait@example.com", MAX_FAILURES, T0);
    // The oldest failure leaves the window at T0 + 15 min; 5 minutes before that, 5 minutes remain.
    const error = await attempt("wait@example.com", PASSWORD, at(WINDOW_MS - 5 * MINUTE));
    expect(error?.message).toMatch(/try again in 5 minutes/i);
  });

  it("does not count failures older than the window", async () => {
    await addUser("old@example.com");
    await failTimes("old@example.com", MAX_FAILURES - 1, T0);
    // Four more, 20 minutes later: eight failures in all, but only four inside the window.
    await failTimes("old@example.com", MAX_FAILURES - 1, at(20 * MINUTE));
    expect(await attempt("old@example.com", PASSWORD, at(20 * MINUTE + 10 * SECOND))).toBeNull();
  });

  it("a success before the limit resets the count", async () => {
    await addUser("reset@example.com");
    await failTimes("reset@example.com", MAX_FAILURES - 1, T0);
    expect(await attempt("reset@example.com", PASSWORD, at(10 * SECOND))).toBeNull();
    // Four more failures: eight in the window, only four since the success.
    await failTimes("reset@example.com", MAX_FAILURES - 1, at(20 * SECOND));
    expect(await attempt("reset@example.com", PASSWORD, at(30 * SECOND))).toBeNull();
    // The count starts again after that success too: five failures lock the email.
    await failTimes("reset@example.com", MAX_FAILURES, at(40 * SECOND));
    expect((await attempt("reset@example.com", PASSWORD, at(50 * SECOND)))?.code).toBe("throttled");
  });
});

describe("the throttle under parallel attempts", () => {
  it("lets at most 5 of 30 simultaneous wrong attempts reach the password check", async () => {
    const email = "parallel@example.com";
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => authenticate(t.db, email, "wrong password")));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as AppError).code : "ok"));
    expect(codes.filter((c) => c === "unauthenticated")).toHaveLength(5);
    expect(codes.filter((c) => c === "throttled")).toHaveLength(25);
    expect(await t.db.loginAttempt.count({ where: { email } })).toBe(5);
  });
});

describe("per-address limit and known devices", () => {
  const from = (ip: string, deviceId: string | null = null) => ({ ip, deviceId });
  const tryAs = async (email: string, password: string, now: Date, origin: { ip: string; deviceId: string | null }) => {
    try {
      await authenticate(t.db, email, password, now, origin);
      return null;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  };

  it(`one address trying one password against many emails is stopped after ${MAX_ADDRESS_FAILURES} failures`, async () => {
    const t1 = new Date("2030-04-01T09:00:00Z");
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) expect((await tryAs(`spray${i}@example.com`, "Summer2030!", t1, from("203.0.113.9")))?.code).toBe("unauthenticated");
    const refused = await tryAs("spray-last@example.com", "Summer2030!", t1, from("203.0.113.9"));
    expect(refused?.code).toBe("throttled");
    expect(refused?.messageIn("zh")).toMatch(/您所在网络/);
    // Another address is not held back.
    await addUser("elsewhere@example.com");
    expect(await tryAs("elsewhere@example.com", PASSWORD, t1, from("198.51.100.7"))).toBeNull();
  });

  it("the owner signs in from a known device while strangers have locked the email", async () => {
    const t1 = new Date("2030-04-02T09:00:00Z");
    await addUser("owner@example.com");
    for (let i = 0; i < MAX_FAILURES; i++) await tryAs("owner@example.com", "guess", new Date(t1.getTime() + i * SECOND), from(`192.0.2.${i + 1}`));
    expect((await tryAs("owner@example.com", PASSWORD, at(10 * SECOND), from("192.0.2.200")))?.code).toBe("throttled");
    expect(await tryAs("owner@example.com", PASSWORD, new Date(t1.getTime() + 10 * SECOND), from("192.0.2.201", "owners-laptop"))).toBeNull();
  });

  it("a known device's own failures lock it too, then it counts as unknown", async () => {
    const t1 = new Date("2030-04-03T09:00:00Z");
    await addUser("typo@example.com");
    for (let i = 0; i < MAX_FAILURES; i++) await tryAs("typo@example.com", "typo", new Date(t1.getTime() + i * SECOND), from("192.0.2.50", "stolen-cookie"));
    // The email is not locked for unknown devices by these, but the device no longer skips that lock.
    expect(await tryAs("typo@example.com", PASSWORD, new Date(t1.getTime() + 10 * SECOND), from("192.0.2.51"))).toBeNull();
    const rows = await t.db.loginAttempt.findMany({ where: { email: "typo@example.com", succeeded: false } });
    expect(rows.every((r) => r.deviceId === "stolen-cookie")).toBe(true);
  });
});

describe("a sign-in racing a password change or a deactivation", () => {
  type User = Awaited<ReturnType<typeof addUser>>;
  const HOUR = 60 * MINUTE;
  const CHANGES: [string, (user: User, admin: User) => Promise<unknown>][] = [
    ["the user changes their password", (user) => changeOwnPassword(t.db, user, PASSWORD, "a brand new password")],
    ["an administrator resets the password", (user, admin) => setPasswordByAdmin(t.db, admin, user.id, "a password set by the admin")],
    ["an administrator deactivates the account", (user, admin) => setActive(t.db, admin, user.id, false)],
  ];
  let n = 0;
  const people = async () => {
    n++;
    const admin = await t.db.user.create({ data: { email: `race-admin-${n}@example.com`, name: "Admin", passwordHash, role: "ADMIN" } });
    return { user: await addUser(`race-${n}@example.com`), admin };
  };
  const liveSessions = async (user: User) => {
    const rows = await t.db.session.findMany({ where: { userId: user.id } });
    const live = await Promise.all(rows.map((row) => sessionUser(t.db, user.id, row.id, HOUR)));
    return live.filter(Boolean).length;
  };

  // The change runs while the password is being checked: exactly the window a timing race hits.
  it.each(CHANGES)("%s during the password check: refused, and no session is left alive", async (_, change) => {
    const { user, admin } = await people();
    const changingDuringCheck = async (hash: string, password: string) => {
      const ok = await verifyPassword(hash, password);
      await change(user, admin);
      return ok;
    };
    const error = await authenticate(t.db, user.email, PASSWORD, new Date(), undefined, changingDuringCheck).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(await liveSessions(user)).toBe(0);
    expect((await attempts(user.email)).map((a) => a.succeeded)).toEqual([false]);
  });

  it.each(CHANGES)("%s just after sign-in: the new session is revoked", async (_, change) => {
    const { user, admin } = await people();
    const signedIn = await authenticate(t.db, user.email, PASSWORD);
    expect(await sessionUser(t.db, user.id, signedIn.sessionId, HOUR)).not.toBeNull();
    await change(user, admin);
    expect(await liveSessions(user)).toBe(0);
  });
});
