import { describe, expect, it } from "vitest";
import { pickLocale } from "./pick-locale";

describe("pickLocale", () => {
  it.each([
    ["en", "zh-CN,zh;q=0.9", "zh", "en"],
    ["zh", "en-GB", "en", "zh"],
    [undefined, "en-GB,en;q=0.9", "zh", "zh"],
    [undefined, "en-GB,en;q=0.9", undefined, "en"],
    [undefined, " EN-us", undefined, "en"],
    [undefined, "fr-FR,en;q=0.8", undefined, "zh"],
    ["fr", null, undefined, "zh"],
    [undefined, undefined, "en", "en"],
  ] as const)("cookie %j, Accept-Language %j, content %j → %s", (chosen, accept, content, expected) => {
    expect(pickLocale(chosen, accept, content)).toBe(expected);
  });
});
