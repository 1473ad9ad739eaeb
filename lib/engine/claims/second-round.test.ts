import { describe, expect, it } from "vitest";
import { analyseBulletin } from "../index";

type Row = [text: string, statements: string[]];

const statementsOf = (text: string) => {
  const r = analyseBulletin(text, { publishedOn: "2025-03-18" });
  for (const c of r.claims) expect(r.cleanText.slice(c.start, c.end)).toBe(c.text);
  return r.claims.map((c) => c.statement.replace(/[.。]$/, ""));
};

/** English sentences: a grammatical statement a reader could verify alone, each figure in one claim. */
const ENGLISH: Row[] = [
  // A dateline is context, not part of the statement; a relative clause stays with its clause.
  ["GENEVA, 3 May 2024 — The agency, which has distributed 40 million bed nets since 2019, said it would open five offices.",
    ["The agency, which has distributed 40 million bed nets since 2019, said it would open five offices"]],
  ["LIMA, May 3 (Reuters) - Exports of copper rose 4% in April.", ["Exports of copper rose 4% in April"]],
  ["NAIROBI, Kenya, 12 June 2024 /PRNewswire/ -- The fund raised $45 million from 30 donors.", ["The fund raised $45 million from 30 donors"]],
  // Two clauses run into one are two statements.
  ["Shipments rose 4 percent in March, and roughly 2.3 million tonnes were exported.", ["Shipments rose 4 percent in March", "Roughly 2.3 million tonnes were exported"]],
  ["At least 46 people have died and 11 remain missing.", ["At least 46 people have died", "11 remain missing"]],
  ["Annual growth in pay was 5.9%, and real pay rose 1.8% after inflation.", ["Annual growth in pay was 5.9%", "Real pay rose 1.8% after inflation"]],
  ["The unemployment rate fell to 4.2%, down from 4.5%, while the inactivity rate held at 21.6%.", ["The unemployment rate fell to 4.2%, down from 4.5%", "The inactivity rate held at 21.6%"]],
  // An apposition keeps the verb of its own clause.
  ["Dr Amal Osei, the director of the programme, said 1,200 clinics had reopened and 300 had closed.",
    ["Dr Amal Osei, the director of the programme, said 1,200 clinics had reopened and 300 had closed"]],
  ["Public sector pay growth, at 6.2%, was above the private sector rate of 5.7%.", ["Public sector pay growth, at 6.2%, was above the private sector rate of 5.7%"]],
  // A change, an equivalence or a comparison stays in the claim of the figure it qualifies.
  ["The board approved a budget of $4.1bn, up 12% from the previous cycle.", ["The board approved a budget of $4.1bn, up 12% from the previous cycle"]],
  ["Nurse vacancies fell to 1,870, or 7.9 per cent of posts.", ["Nurse vacancies fell to 1,870, or 7.9 per cent of posts"]],
  ["Incidence fell to 57 cases per 1,000 people, just under 60 per cent of the level in 2015.", ["Incidence fell to 57 cases per 1,000 people, just under 60 per cent of the level in 2015"]],
  ["Cholera cases rose to 312, of which 41 were confirmed.", ["Cholera cases rose to 312, of which 41 were confirmed"]],
  // Gapped and shared-subject clauses are made whole.
  ["Exports rose to $3.5 billion in March, and imports to $2.1 billion.", ["Exports rose to $3.5 billion in March", "Imports rose to $2.1 billion"]],
  ["Average weekly earnings grew by 5.6% including bonuses and by 5.9% excluding bonuses.", ["Average weekly earnings grew by 5.6% including bonuses", "Average weekly earnings grew by 5.9% excluding bonuses"]],
  ["The ministry trained 1,200 nurses and hired 300 doctors.", ["The ministry trained 1,200 nurses", "The ministry hired 300 doctors"]],
  // A listed object: each item with the words before the first one.
  ["The board approved grants to 12 schools, 4 clinics and 30 wells.", ["The board approved grants to 12 schools", "The board approved grants to 4 clinics", "The board approved grants to 30 wells"]],
  ["We finished it four months early and £35 million under budget.", ["We finished it four months early", "We finished it £35 million under budget"]],
  // Introductory context is repeated; a clause after it is no subject.
  ["In 2024, trade between the two reached US$28.6 billion, up 17.5 per cent.", ["In 2024, trade between the two reached US$28.6 billion, up 17.5 per cent"]],
  ["Authorities opened 212 centres, which now host 63,500 people, and a further 38 centres are on standby.",
    ["Authorities opened 212 centres, which now host 63,500 people", "A further 38 centres are on standby"]],
  // A bound that opens a clause is the figure's, not a subordinator; verb phrases in a series are each a claim.
  ["Scores of shops stayed shut, and as many as 900 families left the valley.", ["Scores of shops stayed shut", "As many as 900 families left the valley"]],
  ["The council planted 5,000 trees, laid 14 km of cycle lanes and opened 3 parks.",
    ["The council planted 5,000 trees", "The council laid 14 km of cycle lanes", "The council opened 3 parks"]],
  // Abbreviations do not end a sentence.
  ["Dr. Lee said No. 3 ward treated 40 patients.", ["Dr. Lee said No. 3 ward treated 40 patients"]],
  // A part cut at a semicolon reads as a sentence of its own.
  ["The ferry carried 2.6 million passengers in May; its punctuality was 91.4%.", ["The ferry carried 2.6 million passengers in May", "Its punctuality was 91.4%"]],
  // A comparison with a benchmark stays with the figure it compares.
  ["Retail sales rose 6.3%, 0.8 percentage points higher than the regional average.", ["Retail sales rose 6.3%, 0.8 percentage points higher than the regional average"]],
  ["Factory output grew 5.1%, faster than the national rate of 4.6%.", ["Factory output grew 5.1%, faster than the national rate of 4.6%"]],
];

/** Chinese sentences: changes, shares and breakdowns stay with their figure; clauses without a subject borrow it. */
const CHINESE: Row[] = [
  ["全年全市地区生产总值突破5000亿元，达到5126.8亿元，比上年增长5.6%。", ["全年全市地区生产总值突破5000亿元", "全年全市地区生产总值达到5126.8亿元，比上年增长5.6%"]],
  ["一季度地区生产总值增长5.2%，上半年增长5.4%。", ["一季度地区生产总值增长5.2%", "上半年地区生产总值增长5.4%"]],
  ["全市基层诊疗量达到1830万人次，占总诊疗量的52.6%，首次超过一半。", ["全市基层诊疗量达到1830万人次，占总诊疗量的52.6%，首次超过一半"]],
  ["今年新建社区服务中心14个，分别为东城区3个、西城区5个、南湖区4个、北岭区2个。", ["今年新建社区服务中心14个，分别为东城区3个、西城区5个、南湖区4个、北岭区2个"]],
  ["我国已向30多个国家提供紧急援助，累计金额约2.6亿元。", ["我国已向30多个国家提供紧急援助，累计金额约2.6亿元"]],
  ["国家防总先后启动应急响应23次，派出工作组52个。", ["国家防总先后启动应急响应23次", "国家防总派出工作组52个"]],
  ["截至7月31日，全国共转移群众186.4万人次，调拨帐篷2.3万顶、折叠床4.1万张。",
    ["截至7月31日，全国共转移群众186.4万人次", "截至7月31日，全国调拨帐篷2.3万顶", "截至7月31日，全国调拨折叠床4.1万张"]],
  ["本报讯（记者 李文）今年1至8月，全市新增就业岗位12.4万个。", ["今年1至8月，全市新增就业岗位12.4万个"]],
  ["新华社北京5月3日电（记者 张三）全国铁路发送旅客1.8亿人次。", ["全国铁路发送旅客1.8亿人次"]],
  // An elliptical item borrows the verb that counts the last figure of the clause before, a noun inside which is no verb.
  ["今年以来，我省向50多个国家出口医用手套8.4亿双，核酸检测试剂盒2600万人份。",
    ["今年以来，我省向50多个国家出口医用手套8.4亿双", "今年以来，我省向50多个国家出口核酸检测试剂盒2600万人份"]],
  ["全年发放救灾物资帐篷1.1万顶、核酸检测试剂盒300万人份。", ["全年发放救灾物资帐篷1.1万顶", "全年发放核酸检测试剂盒300万人份"]],
  // An item with a subject of its own, a bound verb of its own or another kind of figure borrows nothing.
  ["机场旅客吞吐量达2150万人次，货邮吞吐量38.6万吨。", ["机场旅客吞吐量达2150万人次", "货邮吞吐量38.6万吨"]],
  ["全市接待游客8600万人次，旅游总收入超900亿元。", ["全市接待游客8600万人次", "旅游总收入超900亿元"]],
  ["城镇新增就业11.2万人，城镇调查失业率4.9%。", ["城镇新增就业11.2万人", "城镇调查失业率4.9%"]],
  // A part that names its own period drops the shared one.
  ["1至5月，规模以上工业增加值增长6.1%，1至6月增长6.4%。", ["1至5月，规模以上工业增加值增长6.1%", "1至6月规模以上工业增加值增长6.4%"]],
  // A clause without a subject borrows the last one named; one without a verb names its own.
  ["全年棉花种植面积达到86万亩，棉花总产量约12万吨，连续5年保持在10万吨以上。",
    ["全年棉花种植面积达到86万亩", "棉花总产量约12万吨", "棉花总产量连续5年保持在10万吨以上"]],
  ["全省共发生森林火灾23起，遇难2人，受伤9人。", ["全省共发生森林火灾23起", "全省遇难2人", "全省受伤9人"]],
  // A clause that starts with its verb of motion borrows the subject.
  ["市卫健委组建医疗队6支，奔赴灾区12个乡镇。", ["市卫健委组建医疗队6支", "市卫健委奔赴灾区12个乡镇"]],
  // A verb with an object of its own needs a doer, and a quantity named before is none: it borrows nothing.
  ["全县生猪存栏量41.5万头，新建改建乡村道路380公里。", ["全县生猪存栏量41.5万头", "新建改建乡村道路380公里"]],
  ["全年茶叶产量达到2.4万吨，建成标准化茶园1.6万亩。", ["全年茶叶产量达到2.4万吨", "建成标准化茶园1.6万亩"]],
  ["全县生猪存栏41.5万头，建成规模养殖场120个。", ["全县生猪存栏41.5万头", "建成规模养殖场120个"]],
  // A subject with a verb in it names a deed, which can act; so does a doer cut before a preposition.
  ["全年新建改造供水管网超过800公里，惠及农村人口约26万人。", ["全年新建改造供水管网超过800公里", "全年新建改造供水管网惠及农村人口约26万人"]],
  ["我们还向40多个国家派出医疗队，培训当地医护人员2300余名。", ["我们还向40多个国家派出医疗队", "我们培训当地医护人员2300余名"]],
  // A comparison with a benchmark stays in the claim of the figure it compares.
  ["前三季度，全区固定资产投资增长7.2%，高于全市1.5个百分点。", ["前三季度，全区固定资产投资增长7.2%，高于全市1.5个百分点"]],
  ["全县农村居民人均可支配收入增长6.8%，快于城镇居民2.1个百分点，城镇调查失业率4.6%。",
    ["全县农村居民人均可支配收入增长6.8%，快于城镇居民2.1个百分点", "城镇调查失业率4.6%"]],
  ["1至8月，全市居民消费价格上涨0.6%，涨幅低于全省0.2个百分点，城镇新增就业5.1万人。",
    ["1至8月，全市居民消费价格上涨0.6%，涨幅低于全省0.2个百分点", "1至8月，城镇新增就业5.1万人"]],
  // A verb inside a noun (`保有量`) is no verb for an elliptical item to borrow.
  ["全区新能源汽车保有量3.2万辆，建设公共充电桩4600个。", ["全区新能源汽车保有量3.2万辆", "建设公共充电桩4600个"]],
  ["1至4月，进出口总额下降3.2%，降幅比一季度收窄1.4个百分点，低于全国平均水平。", ["1至4月，进出口总额下降3.2%，降幅比一季度收窄1.4个百分点，低于全国平均水平"]],
];

describe("claims, second round", () => {
  it("has enough rows to mean something", () => expect(ENGLISH.length + CHINESE.length).toBeGreaterThanOrEqual(30));

  it.each(ENGLISH)("English: %s", (text, expected) => expect(statementsOf(text)).toEqual(expected));
  it.each(CHINESE)("Chinese: %s", (text, expected) => expect(statementsOf(text)).toEqual(expected));

  it("puts each figure in exactly one claim as its own, and keeps the dateline in the context", () => {
    const text = "GENEVA, 3 May 2024 — Donor pledges reached $3.6 billion, and a further $500 million is expected, up 20% on last year.";
    const r = analyseBulletin(text);
    const owned = r.claims.flatMap((c) => c.figures.filter((f) => !f.inherited).map((f) => f.text));
    expect(owned).toEqual(["$3.6 billion", "$500 million", "20%"]);
    expect(new Set(owned).size).toBe(owned.length);
    expect(r.claims[0].context.start).toBe(0);
    expect(r.claims.map((c) => c.text.startsWith("GENEVA"))).toEqual([false, false]);
  });

  it("reads an English sentence in a Chinese bulletin as English", () => {
    const r = analyseBulletin("全年出口增长8.2%。\nExports rose 8.2%, and imports fell 3.1% over the year.");
    expect(r.language).toBe("zh");
    expect(r.claims.map((c) => c.statement)).toEqual(["全年出口增长8.2%。", "Exports rose 8.2%", "Imports fell 3.1% over the year"]);
  });
});
