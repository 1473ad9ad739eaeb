// The bulletin bench:verify and its browser test check: a city's year in figures (our own text, no
// real city), one statistics release as an HTML page and one table as CSV, as a desk receives them.
// Most figures are in a source as printed; some are rounded in the bulletin ("约412亿元"), one growth
// rate differs from the release, and one figure is in no source.

export const VERIFY_TITLE = "2025年青川市国民经济和社会发展统计公报（摘要）";

export const VERIFY_BULLETIN = [
  VERIFY_TITLE,
  "2025年全市地区生产总值5821.3亿元，比上年增长5.6%。",
  "第一产业增加值312.4亿元，增长3.2%；第二产业增加值2203.7亿元，增长6.1%。",
  "第三产业增加值3305.2亿元，增长5.4%。",
  "全年一般公共预算收入约412亿元，比上年增长4.8%。",
  "城镇新增就业8.6万人，城镇调查失业率5.1%。",
  "年末全市常住人口1032.5万人，比上年末增加6.3万人。",
  "全年粮食产量196.4万吨，油料产量12.7万吨。",
  "社会消费品零售总额2418.6亿元，增长6.9%。",
  "货物进出口总额1356.2亿元，其中出口865.4亿元。",
  "全年接待国内外游客7860万人次，旅游总收入约980亿元。",
  "全市居民人均可支配收入52318元，增长5.3%。",
  "年末民用汽车保有量312.8万辆。",
  "全年新建改建农村公路1250公里。",
].join("\n");

/** The statistics bureau's release, fetched by URL; the retail growth rate is 6.2 %, not 6.9 %. */
export const VERIFY_RELEASE_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>青川市统计局：2025年全市经济运行情况</title></head>
<body><header><nav>首页 | 统计数据 | 统计公报</nav></header>
<article>
<h1>2025年全市经济运行情况</h1>
<p>发布时间：2026-01-20　来源：青川市统计局</p>
<p>初步核算，2025年全市地区生产总值5821.3亿元，按不变价格计算，比上年增长5.6%。分产业看，第一产业增加值312.4亿元，增长3.2%；第二产业增加值2203.7亿元，增长6.1%；第三产业增加值3305.2亿元，增长5.4%。</p>
<p>全年一般公共预算收入411.8亿元，比上年增长4.8%。</p>
<p>全年城镇新增就业8.6万人。全年城镇调查失业率平均为5.1%。</p>
<p>全年社会消费品零售总额2418.6亿元，比上年增长6.2%。</p>
<p>全年货物进出口总额1356.2亿元，其中，出口865.4亿元，进口490.8亿元。</p>
<p>全年接待国内外游客7860万人次，实现旅游总收入979.6亿元。</p>
<p>全市居民人均可支配收入52318元，比上年增长5.3%。</p>
</article>
<footer>青川市统计局 版权所有</footer></body></html>`;

/** A table of the year's resident and farm figures, uploaded as CSV. */
export const VERIFY_TABLE_CSV = [
  "青川市主要指标（2025年）",
  "指标,单位,2024年,2025年",
  "年末常住人口,万人,1026.2,1032.5",
  "常住人口增加,万人,5.8,6.3",
  "粮食产量,万吨,193.1,196.4",
  "油料产量,万吨,12.2,12.7",
  "民用汽车保有量,万辆,298.6,312.8",
].join("\n");
