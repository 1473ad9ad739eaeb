import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { addressThrottle, addressThrottleMessage, deviceThrottle, throttleMessage, throttleState, type AttemptOrigin } from "./throttle";

export const BAD_CREDENTIALS = "The email or password is not correct.";

/**
 * Checks an email and password. The throttles are checked, and the attempt recorded as a failure,
 * in one transaction before the (slow) password check: parallel attempts cannot all slip under
 * the limits, and a correct password does not get through while locked. A success then turns its
 * row into a success. Three locks: the client address (many emails from one place), the email from
 * unknown devices (what a stranger can trigger), and a known device's own failures; a known device
 * skips the email lock, so nobody can lock the owner out of their own account.
 */
export async function authenticate(client: Db, email: string, password: string, now = new Date(), from: AttemptOrigin = { ip: "", deviceId: null }) {
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

  const user = await client.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, active: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    throw new AppError("unauthenticated", user && ok && !user.active ? "This account has been deactivated." : BAD_CREDENTIALS);
  }
  await client.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true }, select: { id: true } });
  return { id: user.id, email: user.email, name: user.name };
}
