import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translate } from "@/lib/i18n/catalogue";
import { dummyPasswordHash, verifyPassword } from "./password";
import { startSession } from "./sessions";
import { addressThrottle, addressThrottleMessage, deviceThrottle, throttleMessage, throttleState, type AttemptOrigin } from "./throttle";

/** The English text of a refused sign-in, as tests and logs read it. */
export const BAD_CREDENTIALS = translate("en", "badCredentials");

/**
 * Checks an email and password. The throttles are checked, and the attempt recorded as a failure,
 * in one transaction before the (slow) password check: parallel attempts cannot all slip under
 * the limits, and a correct password does not get through while locked. A success then turns its
 * row into a success. Three locks: the client address (many emails from one place), the email from
 * unknown devices (what a stranger can trigger), and a known device's own failures; a known device
 * skips the email lock, so nobody can lock the owner out of their own account.
 * On success the session is started here, in the same step that checks the user is unchanged.
 */
export async function authenticate(
  client: Db,
  email: string,
  password: string,
  now = new Date(),
  from: AttemptOrigin = { ip: "", deviceId: null },
  verify: (hash: string, password: string) => Promise<boolean> = verifyPassword,
) {
  const attempt = await client.$transaction(async (tx): Promise<{ id: string } | { refused: AppError }> => {
    if (from.ip) {
      const byAddress = await addressThrottle(tx, from.ip, now);
      if (byAddress.locked) return { refused: new AppError("throttled", addressThrottleMessage(byAddress.retryAt, now)) };
    }
    const device = from.deviceId ? await deviceThrottle(tx, from.deviceId, now) : null;
    const trusted = device !== null && !device.locked;
    if (!trusted) {
      const byEmail = await throttleState(tx, email, now);
      if (byEmail.locked) return { refused: new AppError("throttled", throttleMessage(byEmail.retryAt, now)) };
    }
    const row = await tx.loginAttempt.create({ data: { email, succeeded: false, createdAt: now, ip: from.ip, deviceId: trusted ? from.deviceId : null }, select: { id: true } });
    return { id: row.id };
  });
  if ("refused" in attempt) throw attempt.refused;

  const user = await client.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, active: true, version: true } });
  const ok = await verify(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    throw new AppError("unauthenticated", user && ok && !user.active ? "accountDeactivated" : "badCredentials");
  }
  // A password change, reset or deactivation during the (slow) check revokes only sessions that
  // already exist: the session is created only if the user row is still the version checked. The
  // write takes the row's lock, so it orders itself before or after such a change, never across it.
  const sessionId = await client.$transaction(async (tx) => {
    const unchanged = await tx.user.updateMany({ where: { id: user.id, version: user.version, active: true }, data: { version: user.version } });
    if (unchanged.count === 0) return null;
    await tx.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true }, select: { id: true } });
    return startSession(tx, user.id, now);
  });
  if (!sessionId) throw new AppError("unauthenticated", "badCredentials");
  return { id: user.id, email: user.email, name: user.name, sessionId };
}
