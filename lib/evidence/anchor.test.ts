import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchor } from "./anchor";
import { describeSelection } from "./selectors";

const SOURCE = [
  "The regional health office published its weekly figures on Tuesday.",
  "Factories in the province shipped 41.7 million surgical masks during the week, up from 38 million.",
  "Hospitals reported 212 new admissions, and officials said stocks of gowns were adequate.",
  "A further update is expected next Monday.",
].join(" ");
const PASSAGE = "Factories in the province shipped 41.7 million surgical masks during the week";

function select(text: string, passage: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  if (at < 0) throw new Error(`test passage not in text: ${passage}`);
  return describeSelection(text, at, at + passage.length);
}

describe("describeSelection", () => {
  it("stores the quote, 32 characters of context and the offsets", () => {
    const s = select(SOURCE, PASSAGE);
    expect(s.quote.exact).toBe(PASSAGE);
    expect(s.quote.prefix).toBe(SOURCE.slice(s.position.start - 32, s.position.start));
    expect(s.quote.suffix).toBe(SOURCE.slice(s.position.end, s.position.end + 32));
    expect(s.quote.type).toBe("TextQuoteSelector");
    expect(s.position.type).toBe("TextPositionSelector");
  });

  it("cuts the context at the ends of the text", () => {
    const s = describeSelection("abc def", 0, 3, 10);
    expect(s.quote).toMatchObject({ exact: "abc", prefix: "", suffix: " def" });
  });
});

describe("anchor", () => {
  it("anchors by position when the snapshot is unchanged", () => {
    const s = select(SOURCE, PASSAGE);
    expect(anchor(SOURCE, s)).toEqual({ start: s.position.start, end: s.position.end, method: "position", score: 1 });
  });

  it("finds the exact quote when text was inserted before it", () => {
    const s = select(SOURCE, PASSAGE);
    const newer = "Correction appended at 10:00: the earlier headline misnamed the office. " + SOURCE;
    const a = anchor(newer, s);
    expect(a?.method).toBe("quote");
    expect(newer.slice(a!.start, a!.end)).toBe(PASSAGE);
  });

  it("re-anchors a passage with an edited word by approximate match", () => {
    const s = select(SOURCE, PASSAGE);
    const newer = "Updated. " + SOURCE.replace("41.7 million surgical masks", "41.9 million medical masks");
    const a = anchor(newer, s);
    expect(a?.method).toBe("fuzzy");
    expect(newer.slice(a!.start, a!.end)).toBe("Factories in the province shipped 41.9 million medical masks during the week");
    expect(a!.score).toBeLessThan(1);
  });

  it("returns null when the passage was deleted", () => {
    const s = select(SOURCE, PASSAGE);
    const newer = SOURCE.replace(/Factories.*?38 million\. /, "");
    expect(newer).not.toContain("shipped");
    expect(anchor(newer, s)).toBeNull();
  });

  it("returns null when the passage was rewritten beyond recognition", () => {
    const s = select(SOURCE, PASSAGE);
    const newer = SOURCE.replace(PASSAGE, "Mask output in the province was not disclosed this week, officials said");
    expect(anchor(newer, s)).toBeNull();
  });

  it("uses the context to choose between two copies of the quote", () => {
    const text = "在武汉，医院新增床位500张。在上海，医院新增床位500张。两地均已投入使用。";
    const s = select(text, "医院新增床位500张", 1); // the Shanghai one
    const newer = "据通报：" + text; // both copies move, so position fails
    const a = anchor(newer, s);
    expect(a?.method).toBe("quote");
    expect(a!.start).toBe(newer.lastIndexOf("医院新增床位500张"));
  });

  it("uses the context when the copy selected is the first one", () => {
    const text = "在武汉，医院新增床位500张。在上海，医院新增床位500张。两地均已投入使用。";
    const s = select(text, "医院新增床位500张", 0);
    const a = anchor("据通报：" + text, s);
    expect(a!.start).toBe(("据通报：" + text).indexOf("医院新增床位500张"));
  });

  it("survives line breaks and spacing changed inside the passage", () => {
    const s = select(SOURCE, PASSAGE);
    const newer = SOURCE.replace("shipped 41.7 million", "shipped\n41.7  million").replace("in the province", "in the\r\nprovince");
    const a = anchor(newer, s);
    expect(a?.method).toBe("quote");
    expect(newer.slice(a!.start, a!.end)).toBe("Factories in the\r\nprovince shipped\n41.7  million surgical masks during the week");
  });

  it("survives a Chinese passage broken over lines", () => {
    const text = "截至3月底，全省累计生产医用口罩2.3亿只，防护服120万件。";
    const s = select(text, "全省累计生产医用口罩2.3亿只");
    const newer = "（更新）截至3月底，全省累计生\n产医用口罩2.3亿只，防护服120万件。";
    const a = anchor(newer, s);
    expect(newer.slice(a!.start, a!.end)).toBe("全省累计生\n产医用口罩2.3亿只");
  });

  it("does not accept a short quote found by chance without its context", () => {
    const s = select(SOURCE, "gowns");
    const newer = "Nothing here mentions the items, only towns and crowns.";
    expect(anchor(newer, s)).toBeNull();
  });

  it("finds an edited passage far from its old place in a long text", () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} repeats routine notices about opening hours.`).join(" ");
    const old = filler(50) + " " + SOURCE + " " + filler(50);
    const s = select(old, PASSAGE);
    const newer = filler(3000) + " " + SOURCE.replace("41.7", "47.1") + " " + filler(10);
    const a = anchor(newer, s);
    expect(a?.method).toBe("fuzzy");
    expect(newer.slice(a!.start, a!.end)).toContain("shipped 47.1 million surgical masks");
  });

  it("returns null for an empty selection", () => {
    expect(anchor(SOURCE, describeSelection(SOURCE, 5, 5))).toBeNull();
  });
});

describe("anchor properties", () => {
  const texts = fc.string({ unit: fc.constantFrom(..."ab 口罩亿\n1.,"), minLength: 1, maxLength: 200 });

  it("anchors the unchanged text at the exact position", () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, i, j) => {
        const a = i % (text.length + 1);
        const b = j % (text.length + 1);
        const [start, end] = a <= b ? [a, b] : [b, a];
        fc.pre(end > start);
        expect(anchor(text, describeSelection(text, start, end))).toEqual({ start, end, method: "position", score: 1 });
      }),
    );
  });

  it("round-trips the quote when the text moves", () => {
    fc.assert(
      fc.property(texts, fc.string({ maxLength: 40 }), fc.nat(), fc.nat(), (text, inserted, i, j) => {
        const a = i % (text.length + 1);
        const b = j % (text.length + 1);
        const [start, end] = a <= b ? [a, b] : [b, a];
        fc.pre(end > start);
        const selection = describeSelection(text, start, end);
        const newer = inserted + text;
        const found = anchor(newer, selection);
        expect(found).not.toBeNull();
        expect(newer.slice(found!.start, found!.end)).toBe(selection.quote.exact);
      }),
    );
  });
});
