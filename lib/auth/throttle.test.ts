import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/catalogue";
import { throttleMessage } from "./throttle";

describe("throttleMessage", () => {
  const now = new Date("2030-03-01T09:00:00.000Z");
  const later = (ms: number) => new Date(now.getTime() + ms);

  it("rounds the wait up to whole minutes, in both languages", () => {
    const msg = throttleMessage(later(14 * 60_000 + 1), now);
    expect(translate("en", msg)).toBe("Too many failed sign-in attempts for this email. Try again in 15 minutes.");
    expect(translate("zh", msg)).toBe("该邮箱登录失败次数过多，请在 15 分钟后重试。");
  });

  it("says 1 minute, singular, and never less", () => {
    expect(translate("en", throttleMessage(later(30_000), now))).toMatch(/Try again in 1 minute\.$/);
    expect(translate("en", throttleMessage(later(0), now))).toMatch(/Try again in 1 minute\.$/);
  });
});
