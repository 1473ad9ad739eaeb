import { describe, expect, it } from "vitest";
import { browserLocale, pickLocale } from "./pick-locale";

describe("pickLocale", () => {
  it.each([
    ["en", "zh-CN,zh;q=0.9", "en"],
    ["zh", "en-GB", "zh"],
    [undefined, "en-GB,en;q=0.9", "en"],
    [undefined, " EN-us", "en"],
    [undefined, "fr-FR,en;q=0.8", "en"],
    [undefined, "fr-FR,de;q=0.8", "zh"],
    [undefined, "zh;q=0.5,en;q=0.9", "en"],
    ["fr", null, "zh"],
    [null, undefined, "zh"],
  ] as const)("choice %j, Accept-Language %j → %s", (chosen, accept, expected) => {
    expect(pickLocale(chosen, accept)).toBe(expected);
  });

  it("ignores languages refused with q=0", () => {
    expect(browserLocale("en;q=0,zh-TW")).toBe("zh");
  });
});
