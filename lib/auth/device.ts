import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/config/secret";

// A known device: after a successful sign-in the browser keeps a signed cookie naming the account.
// Sign-ins that present it are not held by the per-email lock that strangers can trigger (see
// README, "Sign-in throttling"); only the device's own failures can lock it.
export const DEVICE_COOKIE = "claimdesk-device";
export const DEVICE_MAX_AGE_S = 365 * 24 * 60 * 60;

function signature(deviceId: string, email: string): string {
  return createHmac("sha256", `${authSecret()}:known-device`).update(`${deviceId}\n${email}`).digest("base64url");
}

export function newDeviceCookie(email: string): string {
  const deviceId = randomBytes(16).toString("base64url");
  return `${deviceId}.${signature(deviceId, email)}`;
}

/** The device id when the cookie was issued to this email, else null. */
export function knownDeviceId(cookie: string | undefined | null, email: string): string | null {
  const [deviceId, mac] = (cookie ?? "").split(".");
  if (!deviceId || !mac) return null;
  const expected = Buffer.from(signature(deviceId, email));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}
