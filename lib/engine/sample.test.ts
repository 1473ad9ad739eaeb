import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseBulletin } from "./index";

// The real bulletin lives outside the repository (CI copies shared/ beside the clone).
const samples = path.resolve(import.meta.dirname, "../../../shared/samples");
const file = path.join(samples, "bulletin-zh-covid-cooperation.txt");
const present = existsSync(file);
if (!present) console.warn(`sample.test.ts: skipped, ${samples} is absent`);

// No sentence of the sample is copied here: expectations are values and counts, or strings read
// from the sample at run time.
describe.skipIf(!present)("the shared sample bulletin, end to end", () => {
  const raw = present ? readFileSync(file, "utf8") : "";
  const r = present ? analyseBulletin(raw, { publishedOn: "2020-05-08" }) : null!;
  const figures = () => r.claims.flatMap((c) => c.figures);
  const changes = (kind: string) => r.changes.filter((c) => c.kind === kind);

  it("cleans watermark, page numbers, the traditional character and unclosed quotes", () => {
    expect(changes("watermark").map((c) => c.at)).toEqual([2]);
    expect(r.cleanText).not.toContain(changes("watermark")[0].original);
    // Every word cut by a page number is whole again.
    const cuts = [...raw.matchAll(/(\S{3})\n\d+、(\S{3})/g)];
    expect(cuts).toHaveLength(6);
    for (const [, before, after] of cuts) expect(r.cleanText).toContain(before + after);
    expect(changes("page-number")).toHaveLength(7);
    expect(r.cleanText).not.toMatch(/\n\d、/);
    const [traditional] = changes("traditional-character");
    expect(changes("traditional-character")).toHaveLength(1);
    expect(r.cleanText).not.toContain(traditional.original);
    expect(r.cleanText.slice(traditional.cleanAt, traditional.cleanAt + 1)).toBe(traditional.replacement);
    expect(traditional.replacement).not.toBe(traditional.original);
    expect(changes("unpaired-quote")).toHaveLength(2);
  });

  it("splits the export sentence into five claims with exact figures", () => {
    const first = r.claims.find((c) => c.figures.some((f) => !f.inherited && f.value === 22300000000))!;
    const exports = r.claims.filter((c) => c.context && c.context.start === first.context?.start);
    expect(exports).toHaveLength(5);
    // The sentence's shape: a date range, a subject with 共 and its verb, then five items.
    const sentence = r.cleanText.slice(first.context!.start, first.context!.end);
    const shape = /^(从[^,]+),([^,]*?共..)([^,]+),([^,]+),([^,]+),([^,]+),([^,。]+)。?$/.exec(sentence);
    expect(shape).not.toBeNull();
    const [, dates, subject, ...items] = shape!;
    expect(exports.map((c) => c.statement)).toEqual(items.map((item) => `${dates},${subject}${item}`));
    expect(exports.map((c) => c.text)).toEqual([subject + items[0], ...items.slice(1)]);
    expect(exports.map((c) => c.figures.find((f) => !f.inherited)?.value)).toEqual([22300000000, 114000000, 9870000, 41800, 34910000]);
    expect(exports[0].figures.find((f) => !f.inherited)).toMatchObject({ approx: "about", unit: "只" });
    expect(exports[0].figures[0]).toMatchObject({ kind: "date-range", value: "2020-03-01", valueMax: "2020-04-26" });
  });

  it("finds money, a date, an ordinal and no figure in 二十国集团", () => {
    expect(figures().find((f) => f.kind === "money")).toMatchObject({ value: 50000000, currency: "USD" });
    expect(figures().find((f) => f.kind === "date")).toMatchObject({ text: "4月25日", value: "2020-04-25" });
    expect(figures().find((f) => f.kind === "ordinal")).toMatchObject({ text: "第五次", value: 5 });
    expect(figures().some((f) => r.cleanText.slice(f.start, f.end + 3).includes("国集团"))).toBe(false);
  });

  it("records the quotes with their whole speakers", () => {
    const quotes = r.claims.filter((c) => c.kind === "quote");
    expect(quotes.map((c) => c.speechVerb)).toEqual(["称", "表示", "指出"]);
    for (const c of quotes) {
      // The speaker is the whole subject: from the sentence start up to the verb and its comma.
      expect(c.text.startsWith(`${c.speaker}${c.speechVerb},`)).toBe(true);
      expect(r.cleanText[c.start - 1]).toBe("。");
    }
  });

  it("checks the listed countries against the stated counts", () => {
    const checks = r.claims.flatMap((c) => c.checks).map((k) => [k.stated, k.listed, k.ok, k.unknown.length]);
    expect(checks).toEqual(expect.arrayContaining([[17, 17, true, 0], [34, 13, true, 0], [14, 7, true, 0]]));
  });

  it("keeps every offset valid", () => {
    for (const c of r.claims) {
      expect(r.cleanText.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.figures) expect(r.cleanText.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
