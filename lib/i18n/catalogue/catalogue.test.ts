import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { catalogue, format, LOCALES, translate } from ".";

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> };

/** Every `{name}` a message uses, through plural and select branches. */
function argumentsOf(nodes: Node[], out = new Set<string>()): Set<string> {
  for (const node of nodes) {
    // Types 1–6 are arguments (plain, number, date, time, select, plural); 0 is literal text, 7 is '#'.
    if (node.type >= 1 && node.type <= 6 && node.value) out.add(node.value);
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, out);
  }
  return out;
}

function entries(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
}

describe("the message catalogue", () => {
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, new Map(entries(catalogue[l]))]));

  it("has every key in every language, and no empty message", () => {
    const keys = [...byLocale.en.keys()].sort();
    for (const locale of LOCALES) {
      expect([...byLocale[locale].keys()].sort(), `keys of ${locale}`).toEqual(keys);
      for (const [key, text] of byLocale[locale]) expect(text.trim(), `${locale} ${key}`).not.toBe("");
    }
  });

  it("uses the same parameters in every language, and every message parses", () => {
    for (const [key, en] of byLocale.en) {
      const wanted = argumentsOf(new IntlMessageFormat(en, "en").getAst() as Node[]);
      for (const locale of LOCALES) {
        const text = byLocale[locale].get(key)!;
        const used = argumentsOf(new IntlMessageFormat(text, locale).getAst() as Node[]);
        expect([...used].sort(), `${locale} ${key}`).toEqual([...wanted].sort());
      }
    }
  });

  it("writes Chinese messages in Chinese (no English sentence left untranslated)", () => {
    for (const [key, text] of byLocale.zh) {
      if (text === byLocale.en.get(key) && /[a-z]{3,} [a-z]{3,}/i.test(text.replace(/\{[^}]*\}/g, ""))) {
        throw new Error(`zh ${key} is the English text: ${text}`);
      }
    }
  });

  it("renders codes with parameters, plural forms and relative times", () => {
    expect(translate("en", { key: "claim.figuresUnchecked", params: { unchecked: 1, total: 1 } })).toMatch(/^Check every figure first: 1 of 1 is not checked/);
    expect(translate("en", { key: "claim.figuresUnchecked", params: { unchecked: 2, total: 3 } })).toMatch(/2 of 3 are not checked/);
    expect(translate("zh", { key: "claim.figuresUnchecked", params: { unchecked: 2, total: 3 } })).toMatch(/3 个中有 2 个尚未核对/);
    expect(translate("en", { key: "throttled", params: { n: 1 } })).toMatch(/in 1 minute\.$/);
    const threeMinutesAgo = new Date(Date.now() - 3 * 60_000 - 1_000);
    expect(translate("en", { key: "claim.stale", params: { actor: "Wang Fang", ago: threeMinutesAgo } })).toMatch(/^Wang Fang changed this claim 3 minutes ago\./);
    expect(translate("zh", { key: "claim.stale", params: { actor: "王芳", ago: threeMinutesAgo } })).toMatch(/^王芳3分钟前修改了这条声明/);
    expect(format("zh", catalogue.zh.notifications.bell, { count: 2 })).toBe("通知（2 条未读）");
  });
});
