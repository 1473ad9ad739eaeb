import { describe, expect, it } from "vitest";
import type { Figure } from "../types";
import { extractFigures } from "./extract";

type Row = [input: string, expected: Partial<Figure> | null];

/** Each row: the text, and the single figure expected in it (null: no figure at all). */
const TABLE: Row[] = [
  // Chinese magnitudes mixed with Arabic digits
  ["生产口罩约365亿只", { text: "约365亿只", kind: "count", value: 36500000000, unit: "只", approx: "about" }],
  ["手术衣1.27亿件", { text: "1.27亿件", value: 127000000, unit: "件", approx: "exact" }],
  ["制氧机6.25万台", { value: 62500, unit: "台" }],
  ["手套2768万副", { value: 27680000, unit: "副" }],
  ["额温枪654万件", { value: 6540000, unit: "件" }],
  ["捐出4000万美元善款", { text: "4000万美元", kind: "money", value: 40000000, currency: "USD", unit: "美元" }],
  ["投入10亿元", { kind: "money", value: 1000000000, currency: "CNY" }],
  ["拨款3.5亿元人民币", { kind: "money", value: 350000000, currency: "CNY", unit: "元人民币" }],
  ["人民币20亿元", { kind: "money", value: 2000000000, currency: "CNY" }],
  ["援助2000万欧元", { kind: "money", value: 20000000, currency: "EUR" }],
  ["损失1.5万亿日元", { kind: "money", value: 1500000000000, currency: "JPY" }],
  ["捐赠100多万港元", { kind: "money", value: 1000000, currency: "HKD", approx: "more-than" }],
  ["营收0.5亿英镑", { kind: "money", value: 50000000, currency: "GBP" }],
  ["共计3千万卢布", { kind: "money", value: 30000000, currency: "RUB" }],
  ["总额1,234,567元", { kind: "money", value: 1234567, currency: "CNY" }],
  ["产量12,500吨", { kind: "quantity", value: 12500, unit: "吨" }],
  ["运送物资3.2万吨", { kind: "quantity", value: 32000, unit: "吨" }],
  ["每天生产1.16亿只口罩", { value: 116000000, unit: "只" }],
  ["累计检测2.5亿人次", { value: 250000000, unit: "人次" }],
  ["全国有1.4万亿元规模", { kind: "money", value: 1400000000000 }],
  ["超过1000万人", { value: 10000000, unit: "人", approx: "more-than" }],
  ["近3000万剂疫苗", { value: 30000000, unit: "剂", approx: "about" }],
  ["0.25亿支", { value: 25000000, unit: "支" }],
  ["2.05万例", { value: 20500, unit: "例" }],
  ["10.5万名医护人员", { value: 105000, unit: "名" }],
  // Chinese numerals
  ["两百多名医生", { text: "两百多名", value: 200, unit: "名", approx: "more-than" }],
  ["三千人参加", { value: 3000, unit: "人" }],
  ["派出十五支医疗队", { value: 15, unit: "支" }],
  ["二十个国家", { value: 20, unit: "个" }],
  ["一百二十万人", { value: 1200000, unit: "人" }],
  ["三亿五千万元", { kind: "money", value: 350000000 }],
  ["共计3亿5000万元", { kind: "money", value: 350000000, text: "3亿5000万元" }],
  ["惠及1亿2,500万人", { value: 125000000, unit: "人", text: "1亿2,500万人" }],
  ["一万二千人", { value: 12000, unit: "人" }],
  ["一万二人", { value: 12000, unit: "人" }],
  ["三千五百名", { value: 3500, unit: "名" }],
  ["一百零五个", { value: 105, unit: "个" }],
  ["一千零二十家企业", { value: 1020, unit: "家" }],
  ["两千多家企业", { value: 2000, unit: "家", approx: "more-than" }],
  ["十多个国家", { value: 10, unit: "个", approx: "more-than" }],
  ["四十余名专家", { value: 40, unit: "名", approx: "more-than" }],
  ["九十九个", { value: 99, unit: "个" }],
  ["三点五亿元", { kind: "money", value: 350000000 }],
  ["五万吨", { kind: "quantity", value: 50000, unit: "吨" }],
  ["一亿剂", { value: 100000000, unit: "剂" }],
  ["十万人", { value: 100000, unit: "人" }],
  ["两万多人", { value: 20000, unit: "人", approx: "more-than" }],
  ["七千万只", { value: 70000000, unit: "只" }],
  ["贰佰伍拾元", { kind: "money", value: 250 }],
  ["壹万元整", { kind: "money", value: 10000 }],
  ["约十五万人", { value: 150000, approx: "about" }],
  ["一百多万元", { kind: "money", value: 1000000, approx: "more-than" }],
  // Qualifiers
  ["约200人", { approx: "about", value: 200 }],
  ["大约300名", { approx: "about", value: 300 }],
  ["近500家", { approx: "about", value: 500 }],
  ["将近60个", { approx: "about", value: 60 }],
  ["接近80%", { approx: "about", kind: "percent", value: 80 }],
  ["逾700人", { approx: "more-than", value: 700 }],
  ["超过150个", { approx: "more-than", value: 150 }],
  ["超30万", { approx: "more-than", value: 300000 }],
  ["200余人", { approx: "more-than", value: 200 }],
  ["130多个城市", { approx: "more-than", value: 130 }],
  ["90多场", { approx: "more-than", value: 90, unit: "场" }],
  ["100人以上", { approx: "more-than", value: 100, text: "100人以上" }],
  ["3个月左右", { approx: "about", value: 3, unit: "个月", kind: "quantity" }],
  ["50岁上下", { approx: "about", value: 50, unit: "岁" }],
  ["不到100人", { approx: "less-than", value: 100 }],
  ["不足5%", { approx: "less-than", kind: "percent", value: 5 }],
  ["少于10家", { approx: "less-than", value: 10 }],
  ["低于3%", { approx: "less-than", value: 3 }],
  ["至少30人", { approx: "at-least", value: 30 }],
  ["不少于20个", { approx: "at-least", value: 20 }],
  ["最多5个", { approx: "at-most", value: 5 }],
  ["不超过2000元", { approx: "at-most", kind: "money", value: 2000 }],
  ["3天以内", { approx: "at-most", value: 3, unit: "天" }],
  ["共派出23支", { approx: "exact", value: 23 }],
  // Percentages
  ["增长15%", { kind: "percent", value: 15, unit: "%" }],
  ["下降12.5%", { kind: "percent", value: 12.5 }],
  ["百分之十五", { kind: "percent", value: 15, text: "百分之十五" }],
  ["百分之三十五点五", { kind: "percent", value: 35.5 }],
  ["百分之20", { kind: "percent", value: 20 }],
  ["三成", { kind: "percent", value: 30, unit: "%" }],
  ["约七成", { kind: "percent", value: 70, approx: "about" }],
  ["提高2个百分点", { kind: "percent", value: 2, unit: "个百分点" }],
  ["0.5%", { kind: "percent", value: 0.5 }],
  ["100%", { kind: "percent", value: 100 }],
  ["15 percent", { kind: "percent", value: 15, unit: "%" }],
  ["15 per cent", { kind: "percent", value: 15 }],
  ["3.2%", { kind: "percent", value: 3.2 }],
  ["rose 2 percentage points", { kind: "percent", value: 2, unit: "percentage points" }],
  ["up 40%", { kind: "percent", value: 40 }],
  // Counts and quantities
  ["11个国家", { value: 11, unit: "个", kind: "count" }],
  ["21支医疗队", { value: 21, unit: "支" }],
  ["28位外国嘉宾", { value: 28, unit: "位" }],
  ["9版技术指南", { value: 9, unit: "版" }],
  ["举行了3场会议", { value: 3, unit: "场" }],
  ["新增确诊病例12例", { value: 12, unit: "例" }],
  ["运行了72小时", { kind: "quantity", value: 72, unit: "小时" }],
  ["持续14天", { kind: "quantity", value: 14, unit: "天" }],
  ["3年", { kind: "quantity", value: 3, unit: "年" }],
  ["面积达5平方公里", { kind: "quantity", value: 5, unit: "平方公里" }],
  ["1000立方米", { kind: "quantity", value: 1000, unit: "立方米" }],
  ["增长2倍", { kind: "quantity", value: 2, unit: "倍" }],
  ["30分钟", { kind: "quantity", value: 30, unit: "分钟" }],
  ["三十分钟", { kind: "quantity", value: 30, unit: "分钟" }],
  ["3至5天", { kind: "quantity", value: 3, valueMax: 5, unit: "天" }],
  ["20%至30%", { kind: "percent", value: 20, valueMax: 30 }],
  ["200-300人", { value: 200, valueMax: 300, unit: "人" }],
  ["超过3000", { value: 3000, approx: "more-than", unit: null }],
  ["共有1,200", { value: 1200 }],
  ["17国", { value: 17, unit: "国" }],
  // English
  ["1.2 million people", { value: 1200000, unit: "people", kind: "count" }],
  ["$3.5bn", { kind: "money", value: 3500000000, currency: "USD" }],
  ["US$50 million", { kind: "money", value: 50000000, currency: "USD" }],
  ["€1.2 billion", { kind: "money", value: 1200000000, currency: "EUR" }],
  ["£300,000", { kind: "money", value: 300000, currency: "GBP" }],
  ["$12m", { kind: "money", value: 12000000 }],
  ["5 billion yuan", { kind: "money", value: 5000000000, currency: "CNY" }],
  ["2 million dollars", { kind: "money", value: 2000000, currency: "USD" }],
  ["more than 200 doctors", { value: 200, approx: "more-than", unit: "doctors" }],
  ["about 3,000", { value: 3000, approx: "about", unit: null }],
  ["nearly 500 beds", { value: 500, approx: "about", unit: "beds" }],
  ["over 60 countries", { value: 60, approx: "more-than", unit: "countries" }],
  ["at least 12 cases", { value: 12, approx: "at-least" }],
  ["up to 40 tonnes", { value: 40, approx: "at-most", kind: "quantity", unit: "tonnes" }],
  ["fewer than 30 patients", { value: 30, approx: "less-than" }],
  ["less than 5%", { value: 5, approx: "less-than", kind: "percent" }],
  ["around 1,500 staff", { value: 1500, approx: "about" }],
  ["roughly 2.5 million tests", { value: 2500000, approx: "about" }],
  ["200 new cases", { value: 200, unit: "cases" }],
  ["two hundred volunteers", { value: 200, unit: "volunteers" }],
  ["forty-five nurses", { value: 45, unit: "nurses" }],
  ["three teams", { value: 3, unit: "teams" }],
  ["10 days", { kind: "quantity", value: 10, unit: "days" }],
  ["1,000 or more", { value: 1000, approx: "at-least" }],
  // Dates and date ranges
  ["6月18日", { kind: "date", value: "--06-18" }],
  ["2月3日至5月17日", { kind: "date-range", value: "--02-03", valueMax: "--05-17" }],
  ["3月1日至26日", { kind: "date-range", value: "--03-01", valueMax: "--03-26" }],
  ["2020年4月25日", { kind: "date", value: "2020-04-25" }],
  ["2020年4月", { kind: "date", value: "2020-04" }],
  ["2020年", { kind: "date", value: "2020" }],
  ["二〇二〇年", { kind: "date", value: "2020" }],
  ["二〇二〇年四月二十五日", { kind: "date", value: "2020-04-25" }],
  ["十二月三十一日", { kind: "date", value: "--12-31" }],
  ["2019年12月至2020年3月", { kind: "date-range", value: "2019-12", valueMax: "2020-03" }],
  ["1月至3月", { kind: "date-range", value: "--01", valueMax: "--03" }],
  ["2020-04-25", { kind: "date", value: "2020-04-25" }],
  ["2020/4/5", { kind: "date", value: "2020-04-05" }],
  ["4月", { kind: "date", value: "--04" }],
  ["April 25", { kind: "date", value: "--04-25" }],
  ["25 April 2020", { kind: "date", value: "2020-04-25" }],
  ["April 25, 2020", { kind: "date", value: "2020-04-25" }],
  ["on 3rd March", { kind: "date", value: "--03-03" }],
  ["March 1 to April 26", { kind: "date-range", value: "--03-01", valueMax: "--04-26" }],
  ["between March 1 and April 26", { kind: "date-range", value: "--03-01", valueMax: "--04-26" }],
  ["March 1–26", { kind: "date-range", value: "--03-01", valueMax: "--03-26" }],
  ["in March 2020", { kind: "date", value: "2020-03" }],
  ["in 2020", { kind: "date", value: "2020" }],
  ["Sept. 9", { kind: "date", value: "--09-09" }],
  // Ordinals
  ["东亚合作第六次部长会", { kind: "ordinal", value: 6, unit: "次", text: "第六次" }],
  ["第3批", { kind: "ordinal", value: 3, unit: "批" }],
  ["第十二届", { kind: "ordinal", value: 12, unit: "届" }],
  ["2020年第二季度", { kind: "date-range", value: "2020-04", valueMax: "2020-06" }],
  ["the 5th meeting", { kind: "ordinal", value: 5 }],
  ["the third round", { kind: "ordinal", value: 3, unit: "round" }],
  // Not figures
  ["二十国集团成员", null],
  ["20国集团峰会", null],
  ["七国集团", null],
  ["新冠肺炎", null],
  ["我们第一时间公布", null],
  ["一座座桥梁", null],
  ["一系列务实举措", null],
  ["发挥一线作用", null],
  ["本市一直坚持", null],
  ["千万不能放松", null],
  ["一带一路倡议", null],
  ["万一发生", null],
  ["十分重要", null],
  ["进一步加强", null],
  ["一成不变", null],
  ["COVID-19 cases", null],
  ["the G20 summit", null],
  ["5G networks", null],
  ["1、口罩", null],
  ["（1）加强合作", null],
  ["统一部署", null],
  ["one of the countries", null],
];

describe("extractFigures: the figure table", () => {
  it("has at least 150 cases", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
  });
  it.each(TABLE)("%s", (input, expected) => {
    const figures = extractFigures(input);
    if (expected === null) {
      expect(figures).toEqual([]);
      return;
    }
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject(expected);
    expect(input.slice(figures[0].start, figures[0].end)).toBe(figures[0].text);
  });
});

describe("extractFigures", () => {
  it("finds every figure in a listing sentence, in order, with exact values", () => {
    const s = "从2月3日至5月17日,本省共生产口罩约365亿只,手术衣1.27亿件,额温枪654万件,制氧机6.25万台,手套2768万副。";
    const figures = extractFigures(s);
    expect(figures.map((f) => [f.kind, f.value])).toEqual([
      ["date-range", "--02-03"],
      ["count", 36500000000],
      ["count", 127000000],
      ["count", 6540000],
      ["count", 62500],
      ["count", 27680000],
    ]);
  });

  it("shifts offsets by baseOffset", () => {
    const [f] = extractFigures("共17个国家", 100);
    expect([f.start, f.end]).toEqual([101, 104]);
  });

  it("uses the bulletin's date for the year", () => {
    expect(extractFigures("6月18日", 0, { publishedOn: "2020-07-02" })[0].value).toBe("2020-06-18");
    expect(extractFigures("12月31日", 0, { publishedOn: "2021-01-05" })[0].value).toBe("2020-12-31");
    const [range] = extractFigures("2月3日至5月17日", 0, { publishedOn: "2020-07-02" });
    expect([range.value, range.valueMax]).toEqual(["2020-02-03", "2020-05-17"]);
  });

  it("rejects impossible dates", () => {
    expect(extractFigures("13月5日").filter((f) => f.kind === "date")).toEqual([]);
    expect(extractFigures("2月30日").filter((f) => f.kind === "date")).toEqual([]);
  });
});
