import { describe, expect, it } from "vitest";
import { read, statementsOf, type Row } from "@/lib/testing/engine-statements";

/** 分别 and respectively: the n-th figure belongs to the n-th item. */
const RESPECTIVELY: Row[] = [
  ["二季度，种植业、林业、渔业产值分别增长3.6%、2.9%和5.1%。", ["二季度，种植业产值增长3.6%", "二季度，林业产值增长2.9%", "二季度，渔业产值增长5.1%"]],
  ["全区稻谷、玉米和大豆产量分别为31万吨、12万吨、4万吨。", ["全区稻谷产量为31万吨", "全区玉米产量为12万吨", "全区大豆产量为4万吨"]],
  ["东港和西港的吞吐量分别达到1.6亿吨和9200万吨。", ["东港的吞吐量达到1.6亿吨", "西港的吞吐量达到9200万吨"]],
  ["甲区、乙区、丙区新增就业分别为1.2万人、8600人和5400人。", ["甲区新增就业为1.2万人", "乙区新增就业为8600人", "丙区新增就业为5400人"]],
  ["全年财政收入增长6.8%，税收、非税收入分别增长5.2%和11.4%。", ["全年财政收入增长6.8%", "税收增长5.2%", "非税收入增长11.4%"]],
  ["Freight, passenger and postal revenues rose 6%, 3% and 11% respectively.", ["Freight revenues rose 6%", "Passenger revenues rose 3%", "Postal revenues rose 11%"]],
  ["In July, arrivals in Lagos and Nairobi grew by 9% and 4%, respectively.", ["In July, arrivals in Lagos grew by 9%", "In July, arrivals in Nairobi grew by 4%"]],
  ["The rice and cotton harvests reached 2.2 million tonnes and 640,000 tonnes, respectively.", ["The rice harvests reached 2.2 million tonnes", "The cotton harvests reached 640,000 tonnes"]],
  ["Clinics, schools and wells numbered 40, 25 and 310, respectively, at the end of 2024.", ["Clinics numbered 40 at the end of 2024", "Schools numbered 25 at the end of 2024", "Wells numbered 310 at the end of 2024"]],
];

describe("分别 and respectively", () => {
  it.each(RESPECTIVELY)("%s", (text, expected) => expect(statementsOf(text)).toEqual(expected));

  it("gives each figure of a 分别 list to its own item's claim, and the shared period to all", () => {
    const r = read("一季度，种植业、林业、渔业产值分别增长3.6%、2.9%和5.1%。");
    expect(r.claims.map((c) => c.figures.filter((f) => !f.inherited).map((f) => f.text))).toEqual([["3.6%"], ["2.9%"], ["5.1%"]]);
    expect(r.claims.every((c) => c.figures.some((f) => f.inherited && f.text === "一季度"))).toBe(true);
  });

  it("leaves lists that are no respectively-pairs alone", () => {
    expect(statementsOf("今年新建社区服务中心14个，分别为东城区3个、西城区5个。")).toEqual(["今年新建社区服务中心14个，分别为东城区3个、西城区5个"]);
    expect(statementsOf("2023年、2024年分别增长5%和6%。")).toHaveLength(1);
  });
});
