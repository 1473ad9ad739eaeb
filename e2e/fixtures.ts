import { readFileSync } from "node:fs";
import path from "node:path";

// Our own bulletin with the artefacts of text copied out of a PDF: a watermark glued to the title,
// page numbers cutting words, a traditional character, an unclosed quote.
export const PASTED_BULLETIN = [
  "1、精品文档城市建设情况通报",
  "今年以来，全市上下齊心协力，城市建设取得新进展。从1月1日至3月31日，本市共新建学校约12所，医院3家，公园4.5万平方米。",
  "市长王明表示，城市建设要坚持以人民为中心。我们向甲市、乙市提供了2000万元援助，惠及两百多名教师。经",
  "2、济运行总体平稳，一季度地区生产总值增长5.2%。全市举办第三届城市论坛，发出“共建美好家园。",
  "各区积极落实城市更新各项措施。市民对城市环境普遍表示满意。",
].join("\n");

// A short bulletin whose figures the evidence test checks against two sources.
export const EVIDENCE_BULLETIN = "从1月1日至3月31日，本市共新建学校约12所，医院3家。";
export const PASTED_SOURCE = "市教育局通报：一季度全市新建学校12所，新建医院4家，完成投资约30亿元。";
export const HTML_SOURCE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>卫健委一季度通报</title></head>
<body><nav>首页 | 通知公告</nav><article><h1>卫健委一季度通报</h1><p>今年一季度，全市新建医院4家，新增床位800张。</p><p>新建社区卫生服务中心6个。</p></article></body></html>`;

export const DOCX_PARAGRAPHS = [
  "交通运输发展简报",
  "2024年全市新开通公交线路18条，日均客运量约95万人次。",
  "地铁三号线于6月30日开通运营，全长24.6公里。",
];

export const PDF_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:14pt}</style></head>
<body><h1>卫生健康工作通报</h1><p>截至5月31日，全市共有医疗机构1260家，床位4.3万张。</p><p>今年新增家庭医生签约服务超过30万人。</p></body></html>`;

/** Our own long Chinese bulletin (the engine's fixture): page breaks, a watermark, lists with counts, quotes. */
export const CHINESE_BULLETIN = readFileSync(path.resolve(__dirname, "../lib/engine/fixtures/bulletin-zh.txt"), "utf8");
