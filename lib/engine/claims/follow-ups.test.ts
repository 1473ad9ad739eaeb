import { describe, expect, it } from "vitest";
import { read, statementsOf, type Row } from "@/lib/testing/engine-statements";

/** 其中 and `Of these`: the follow-up names the time, place and whole of the sentence before. */
const AMONG: Row[] = [
  ["2024年，全省常住人口4500万人。其中，农村地区人口1200万人，占26.7%。", ["2024年，全省常住人口4500万人", "2024年，全省常住人口中，农村地区人口1200万人，占26.7%"]],
  ["截至8月底，全市共有养老机构320家。其中，民办机构210家，公办机构110家。",
    ["截至8月底，全市共有养老机构320家", "截至8月底，全市养老机构中，民办机构210家", "截至8月底，全市养老机构中，公办机构110家"]],
  // A change's verb and comparison are not part of the whole.
  ["2023年前三季度，全县工业增加值同比增长7.1%。其中，食品加工业增加值增长9.4%。", ["2023年前三季度，全县工业增加值同比增长7.1%", "2023年前三季度，全县工业增加值中，食品加工业增加值增长9.4%"]],
  ["前三季度，全县完成固定资产投资86亿元。其中工业投资31亿元。", ["前三季度，全县完成固定资产投资86亿元", "前三季度，全县固定资产投资中，工业投资31亿元"]],
  ["In 2024, the province recorded 45,000 births. Of these, 12,000 were in rural areas.",
    ["In 2024, the province recorded 45,000 births", "In 2024, of the 45,000 births the province recorded, 12,000 were in rural areas"]],
  ["In May, the agency approved 3,400 permits. Of them, 600 went to small farms.",
    ["In May, the agency approved 3,400 permits", "In May, of the 3,400 permits the agency approved, 600 went to small farms"]],
  ["The volunteers planted 9,000 trees. Among these, 2,100 were oaks.", ["The volunteers planted 9,000 trees", "Of the 9,000 trees the volunteers planted, 2,100 were oaks"]],
];

/** It and They: resolved to the one subject before, when it agrees; kept when it cannot be told. */
const PRONOUNS: Row[] = [
  ["Exports rose 5% in May. They were driven by electronics.", ["Exports rose 5% in May", "Exports were driven by electronics"]],
  ["The index rose 3% in May. It reached 105 points in June.", ["The index rose 3% in May", "The index reached 105 points in June"]],
  ["Health officials met on Monday. They said 300 beds would be added.", ["Health officials met on Monday", "Health officials said 300 beds would be added"]],
  ["The ministry hired 300 nurses last year. It said it would hire 200 midwives and build 12 clinics.",
    ["The ministry hired 300 nurses last year", "The ministry said it would hire 200 midwives", "The ministry said it would build 12 clinics"]],
  ["The council said it would repair 40 bridges and build 6 schools.", ["The council said it would repair 40 bridges", "The council said it would build 6 schools"]],
  // `It was the third monthly fall`: the `it` is the fall, not the sales.
  ["Retail sales fell 2% in June. It was the third monthly fall.", ["Retail sales fell 2% in June", "It was the third monthly fall"]],
  // Number disagrees: `It` cannot stand for `Retail sales`.
  ["Retail sales fell 2% in June. It rose 1% in July.", ["Retail sales fell 2% in June", "It rose 1% in July"]],
  // Two subjects before: ambiguous.
  ["Exports rose 5% and imports fell 2% in May. They said 40 firms closed.", ["Exports rose 5%", "Imports fell 2% in May", "They said 40 firms closed"]],
  ["It is expected that 500 jobs will go.", ["It is expected that 500 jobs will go"]],
];

describe("claims that lean on each other", () => {
  it("has enough rows", () => expect(AMONG.length + PRONOUNS.length).toBeGreaterThanOrEqual(12));
  it.each(AMONG)("among: %s", (text, expected) => expect(statementsOf(text)).toEqual(expected));
  it.each(PRONOUNS)("pronoun: %s", (text, expected) => expect(statementsOf(text)).toEqual(expected));

  it("lends the previous sentence's date to a 其中 claim as an inherited figure", () => {
    const r = read("2024年，全省常住人口4500万人。其中，农村地区人口1200万人。");
    expect(r.claims[1].figures.map((f) => [f.text, f.inherited ?? false])).toEqual([["2024年", true], ["1200万人", false]]);
  });
});
