import type { ReportEvidence, ReportFigure, ReportStatus, ReportVerdict } from "./model";

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
  untitled: string;
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
  total: "Claims",
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
  untitled: "(untitled)",
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
  total: "声明数",
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
  untitled: "（无标题）",
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

export function reportLabels(language: string): ReportLabels {
  return reportLanguage(language) === "zh" ? ZH : EN;
}

export function verdictLabel(verdict: ReportVerdict, language: string): string {
  return reportLabels(language).verdicts[verdict];
}
