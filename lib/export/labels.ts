import { catalogue } from "@/lib/i18n/catalogue";
import type { ReportClaim, ReportEvidence, ReportFigure, ReportStatus, ReportVerdict } from "./model";

export type ReportLanguage = "zh" | "en";

/** Reports are labelled in the bulletin's language; anything but Chinese gets English. */
export function reportLanguage(language: string): ReportLanguage {
  return language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export interface ReportLabels {
  report: string;
  publisher: string;
  publishedOn: string;
  sourceUrl: string;
  importedBy: string;
  generatedAt: string;
  summary: string;
  total: string;
  verifiedShare: string;
  verdict: string;
  status: string;
  count: string;
  claims: string;
  claim: string;
  speaker: string;
  rationale: string;
  noVerdict: string;
  figures: string;
  figure: string;
  value: string;
  sourceValue: string;
  check: string;
  evidence: string;
  snapshot: string;
  proposedBy: string;
  approvedBy: string;
  notYet: string;
  published: string;
  notPublished: string;
  claimsPublished: string;
  claimsShown: string;
  verifiedOf: string;
  pageOf: string;
  factCheck: string;
  claimMadeIn: string;
  shareCard: string;
  untitled: string;
  /** Sheet names and column headers of the spreadsheet export. */
  sheet: {
    claims: string; figures: string; evidence: string; sources: string;
    number: string; statement: string; kind: string; proposedAt: string; approvedAt: string; publishedAt: string;
    link: string; id: string; valueMax: string; approx: string; unit: string; currency: string; difference: string;
    note: string; source: string; checkedBy: string; checkedAt: string; stance: string; quote: string; url: string;
    anchor: string; addedBy: string; addedAt: string; title: string; sourceKind: string; credibility: string;
    citedBy: string; quotes: string;
  };
  kinds: Record<ReportClaim["kind"], string>;
  anchors: Record<ReportEvidence["anchor"], string>;
  sourceKinds: Record<string, string>;
  verdicts: Record<ReportVerdict, string>;
  statuses: Record<ReportStatus, string>;
  stances: Record<ReportEvidence["stance"], string>;
  checks: Record<ReportFigure["check"], string>;
}

// Same wording as the workspace (lib/i18n/catalogue) so a reader sees the words the desk used.
const EN: ReportLabels = {
  report: "Fact-check report",
  publisher: "Publisher",
  publishedOn: "Published",
  sourceUrl: "Original",
  importedBy: "Imported by",
  generatedAt: "Report generated",
  summary: "Summary",
  total: "Claims in the bulletin",
  verifiedShare: "Share verified",
  verdict: "Verdict",
  status: "Status",
  count: "Count",
  claims: "Claims",
  claim: "Claim",
  speaker: "Speaker",
  rationale: "Rationale",
  noVerdict: "No verdict yet",
  figures: "Figures",
  figure: "Figure",
  value: "Value",
  sourceValue: "Source value",
  check: "Result",
  evidence: "Evidence",
  snapshot: "stored copy",
  proposedBy: "Reviewed by",
  approvedBy: "Approved by",
  notYet: "not yet",
  published: "Published",
  notPublished: "not published",
  claimsPublished: "Published",
  claimsShown: "In this report",
  verifiedOf: "{verified} of {total} claims verified",
  pageOf: "Page {page} of {pages}",
  factCheck: "Fact check",
  claimMadeIn: "Claim made in: ",
  shareCard: "Share card",
  untitled: "(untitled)",
  sheet: {
    claims: "Claims", figures: "Figures", evidence: "Evidence", sources: "Sources",
    number: "No.", statement: "Claim", kind: "Kind", proposedAt: "Proposed (UTC)", approvedAt: "Approved (UTC)",
    publishedAt: "Published (UTC)", link: "In the report", id: "ID", valueMax: "Value to", approx: "Approximation",
    unit: "Unit", currency: "Currency", difference: "Difference", note: "Note", source: "Source", checkedBy: "Checked by",
    checkedAt: "Checked (UTC)", stance: "Stance", quote: "Quoted passage", url: "URL", anchor: "Anchoring",
    addedBy: "Added by", addedAt: "Added (UTC)", title: "Title", sourceKind: "Kind of source", credibility: "Credibility (1–5)",
    citedBy: "Claims citing it", quotes: "Passages quoted",
  },
  kinds: { STATISTIC: "Statistic", QUOTE: "Quote", EVENT: "Event", OTHER: "Other" },
  sourceKinds: { OFFICIAL: "Official", PRIMARY_DATA: "Primary data", MEDIA: "Media", OTHER: "Other" },
  anchors: { ANCHORED: "In place", REANCHORED: "Found again in a newer copy", ORPHANED: "Not found in the newer copy" },
  verdicts: {
    ACCURATE: "Accurate",
    MOSTLY_ACCURATE: "Mostly accurate",
    MISLEADING: "Misleading",
    INACCURATE: "Inaccurate",
    UNVERIFIABLE: "Unverifiable",
  },
  statuses: { UNVERIFIED: "Unverified", IN_PROGRESS: "In progress", IN_REVIEW: "In review", VERIFIED: "Verified" },
  stances: { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" },
  checks: {
    UNCHECKED: "Not checked",
    MATCHES: "Matches",
    WITHIN_ROUNDING: "Within rounding",
    DIFFERS: "Differs",
    NOT_FOUND: "Not found in source",
    NOT_CHECKABLE: "Not checkable",
  },
};

const ZH: ReportLabels = {
  report: "核查报告",
  publisher: "发布方",
  publishedOn: "发布日期",
  sourceUrl: "原文",
  importedBy: "导入人",
  generatedAt: "报告生成时间",
  summary: "概要",
  total: "公报声明数",
  verifiedShare: "已核实比例",
  verdict: "结论",
  status: "状态",
  count: "数量",
  claims: "声明",
  claim: "声明",
  speaker: "发言人",
  rationale: "理由",
  noVerdict: "尚无结论",
  figures: "数字",
  figure: "数字",
  value: "数值",
  sourceValue: "来源数值",
  check: "核对结果",
  evidence: "证据",
  snapshot: "存档副本",
  proposedBy: "核查人",
  approvedBy: "批准人",
  notYet: "尚未",
  published: "发布",
  notPublished: "未发布",
  claimsPublished: "已发布",
  claimsShown: "本报告所列",
  verifiedOf: "{total} 条声明中已核实 {verified} 条",
  pageOf: "第 {page} 页，共 {pages} 页",
  factCheck: "事实核查",
  claimMadeIn: "声明出处：",
  shareCard: "分享卡片",
  untitled: "（无标题）",
  sheet: {
    claims: "声明", figures: "数字", evidence: "证据", sources: "来源",
    number: "序号", statement: "声明", kind: "类型", proposedAt: "提出时间（UTC）", approvedAt: "批准时间（UTC）",
    publishedAt: "发布时间（UTC）", link: "报告中的位置", id: "编号", valueMax: "数值上限", approx: "近似",
    unit: "单位", currency: "币种", difference: "差异", note: "备注", source: "来源", checkedBy: "核对人",
    checkedAt: "核对时间（UTC）", stance: "立场", quote: "引用段落", url: "网址", anchor: "定位",
    addedBy: "添加人", addedAt: "添加时间（UTC）", title: "标题", sourceKind: "来源类型", credibility: "可信度（1–5）",
    citedBy: "引用它的声明数", quotes: "引用段落数",
  },
  kinds: { STATISTIC: "统计", QUOTE: "引语", EVENT: "事件", OTHER: "其他" },
  sourceKinds: { OFFICIAL: "官方", PRIMARY_DATA: "原始数据", MEDIA: "媒体", OTHER: "其他" },
  anchors: { ANCHORED: "原位", REANCHORED: "已在新副本中重新定位", ORPHANED: "新副本中未找到" },
  verdicts: {
    ACCURATE: "准确",
    MOSTLY_ACCURATE: "基本准确",
    MISLEADING: "误导",
    INACCURATE: "不准确",
    UNVERIFIABLE: "无法核实",
  },
  statuses: { UNVERIFIED: "未核实", IN_PROGRESS: "核查中", IN_REVIEW: "待审核", VERIFIED: "已核实" },
  stances: { SUPPORTS: "支持", REFUTES: "反驳", CONTEXT: "背景" },
  checks: {
    UNCHECKED: "未核对",
    MATCHES: "一致",
    WITHIN_ROUNDING: "四舍五入范围内",
    DIFFERS: "不一致",
    NOT_FOUND: "来源中未找到",
    NOT_CHECKABLE: "无法核对",
  },
};

const LABELS = {
  zh: { ...ZH, vagueValue: catalogue.zh.report.vagueValue },
  en: { ...EN, vagueValue: catalogue.en.report.vagueValue },
};

export function reportLabels(language: string): ReportLabels & { vagueValue: string } {
  return LABELS[reportLanguage(language)];
}

export function verdictLabel(verdict: ReportVerdict, language: string): string {
  return reportLabels(language).verdicts[verdict];
}
