import { describe, expect, it } from "vitest";
import { throttleMessage } from "./throttle";

describe("throttleMessage", () => {
  const now = new Date("2030-03-01T09:00:00.000Z");
  const later = (ms: number) => new Date(now.getTime() + ms);

  it("rounds the wait up to whole minutes", () => {
    expect(throttleMessage(later(14 * 60_000 + 1), now)).toBe(
      "Too many failed sign-in attempts for this email. Try again in 15 minutes.",
    );
  });

  it("says 1 minute, singular, and never less", () => {
    expect(throttleMessage(later(30_000), now)).toMatch(/Try again in 1 minute\.$/);
    expect(throttleMessage(later(0), now)).toMatch(/Try again in 1 minute\.$/);
  });
});
