import { describe, expect, it } from "vitest";
import { createBulletinSchema, deleteBulletinSchema, MAX_BULLETIN_CHARS } from "@/lib/validations/bulletin";
import { isErrorKey, translate } from "@/lib/i18n/catalogue";

const good = { title: "本市一季度建设情况", originalText: "本市新建学校约12所。", language: "zh" };
const errorsOf = (input: Record<string, unknown>) => {
  const result = createBulletinSchema.safeParse({ ...good, ...input });
  // Schemas give catalogue codes; read them as the English reader does.
  if (result.success) return null;
  const fields = result.error.flatten().fieldErrors as Record<string, string[]>;
  return Object.fromEntries(Object.entries(fields).map(([k, list]) => [k, list.map((m) => (isErrorKey(m) ? translate("en", m) : m))]));
};

describe("createBulletinSchema", () => {
  it("accepts a minimal bulletin, turning empty optional fields into undefined", () => {
    const parsed = createBulletinSchema.parse({ ...good, publisher: "", sourceUrl: "  ", publishedOn: "" });
    expect(parsed).toMatchObject({ title: "本市一季度建设情况", rejectedChanges: [], publisher: undefined, sourceUrl: undefined, publishedOn: undefined });
    expect(createBulletinSchema.parse({ ...good, sourceUrl: "https://example.gov/a?b=1", publishedOn: "2024-04-02" }).sourceUrl).toBe(
      "https://example.gov/a?b=1",
    );
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=", "ftp://example.com/a", "example.com", "//example.com"])(
    "refuses the source URL %j",
    (sourceUrl) => {
      expect(errorsOf({ sourceUrl })?.sourceUrl).toEqual(["Enter a web address starting with http:// or https://."]);
    },
  );

  it.each(["2024/04/02", "02-04-2024", "2024-13-01", "2024-02-30", "昨天"])("refuses the date %j", (publishedOn) => {
    expect(errorsOf({ publishedOn })?.publishedOn).toEqual(["Enter the date as YYYY-MM-DD."]);
  });

  it.each(["", "   \n\t "])("refuses an empty bulletin text %j", (originalText) => {
    expect(errorsOf({ originalText })?.originalText).toEqual(["The bulletin is empty."]);
  });

  it("refuses a text one character over the limit and accepts one at it", () => {
    expect(errorsOf({ originalText: "a".repeat(MAX_BULLETIN_CHARS + 1) })?.originalText?.[0]).toMatch(/at most 3,000,000 characters/);
    expect(errorsOf({ originalText: "a".repeat(MAX_BULLETIN_CHARS) })).toBeNull();
  });

  it("refuses an empty or overlong title, an unknown language and negative undo indices", () => {
    expect(errorsOf({ title: "  " })?.title).toEqual(["Give the bulletin a title."]);
    expect(errorsOf({ title: "题".repeat(301) })?.title).toEqual(["Keep the title under 300 characters."]);
    expect(errorsOf({ language: "fr" })?.language).toBeDefined();
    expect(errorsOf({ rejectedChanges: [-1] })?.rejectedChanges).toBeDefined();
    expect(errorsOf({ rejectedChanges: [1.5] })?.rejectedChanges).toBeDefined();
  });

  it("deleteBulletinSchema needs a bulletin id", () => {
    expect(deleteBulletinSchema.safeParse({ bulletinId: "", confirmTitle: "x" }).success).toBe(false);
  });
});
