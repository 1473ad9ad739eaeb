import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { recordAttempt, throttleMessage, throttleState } from "./throttle";

export const BAD_CREDENTIALS = "The email or password is not correct.";

/**
 * Checks an email and password. The throttle is checked before the password, so a correct
 * password does not get through while the email is locked.
 */
export async function authenticate(client: Db, email: string, password: string, now = new Date()) {
  const state = await throttleState(client, email, now);
  if (state.locked) throw new AppError("throttled", throttleMessage(state.retryAt, now));

  const user = await client.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const accepted = Boolean(user && ok && user.active);
  await recordAttempt(client, email, accepted, now);
  if (!accepted) {
    throw new AppError("unauthenticated", user && ok && !user.active ? "This account has been deactivated." : BAD_CREDENTIALS);
  }
  return { id: user!.id, email: user!.email, name: user!.name };
}
