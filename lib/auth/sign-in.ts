import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { throttleMessage, throttleState } from "./throttle";

export const BAD_CREDENTIALS = "The email or password is not correct.";

/**
 * Checks an email and password. The throttle is checked, and the attempt recorded as a failure,
 * in one transaction before the (slow) password check: parallel attempts cannot all slip under
 * the limit, and a correct password does not get through while the email is locked. A success
 * then turns its row into a success.
 */
export async function authenticate(client: Db, email: string, password: string, now = new Date()) {
  const attempt = await client.$transaction(async (tx): Promise<{ id: string } | { retryAt: Date }> => {
    const state = await throttleState(tx, email, now);
    if (state.locked) return { retryAt: state.retryAt };
    return { id: (await tx.loginAttempt.create({ data: { email, succeeded: false, createdAt: now }, select: { id: true } })).id };
  });
  if ("retryAt" in attempt) throw new AppError("throttled", throttleMessage(attempt.retryAt, now));

  const user = await client.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, active: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    throw new AppError("unauthenticated", user && ok && !user.active ? "This account has been deactivated." : BAD_CREDENTIALS);
  }
  await client.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true }, select: { id: true } });
  return { id: user.id, email: user.email, name: user.name };
}
