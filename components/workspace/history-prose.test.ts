import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/i18n/catalogue";
import { historyChanges, historySentence, type HistoryEntry } from "./history-prose";

const labelsOf = (locale: "en" | "zh") => {
  const m = catalogue[locale];
  return { h: m.history, w: m.workspace, e: m.evidence, c: m.corrections, names: new Map([["u-rae", "王芳"]]) };
};
const entry = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): HistoryEntry => ({
  id: "1", actor: "王芳", action, at: "2024-04-02T08:00:00Z", before, after,
});

describe("history as prose", () => {
  it("names the actor and the verdict in the reader's language", () => {
    const approved = entry("claim.approve", { status: "IN_REVIEW" }, { status: "VERIFIED", verdict: "ACCURATE" });
    expect(historySentence("en", labelsOf("en"), approved)).toBe("王芳 approved the verdict Accurate");
    expect(historySentence("zh", labelsOf("zh"), approved)).toBe("王芳 批准了结论“准确”");
    expect(historyChanges(labelsOf("en"), approved)).toEqual([]);
  });

  it("shows before → after for edits, with names instead of ids and labels instead of codes", () => {
    const edited = entry("claim.edit", { statement: "旧", kind: "OTHER" }, { statement: "新", kind: "STATISTIC" });
    expect(historyChanges(labelsOf("en"), edited)).toEqual(["statement: 旧 → 新", "kind: Other → Statistic"]);
    const assigned = entry("claim.assign", { assigneeId: null }, { assigneeId: "u-rae" });
    expect(historySentence("zh", labelsOf("zh"), assigned)).toBe("王芳 将声明分配给 王芳");
    expect(historyChanges(labelsOf("zh"), assigned)).toEqual(["负责人: 无 → 王芳"]);
  });

  it("never shows internal ids, offsets or raw JSON", () => {
    const split = entry("claim.split", { start: 0, end: 40 }, { end: 20, newClaimId: "cl_123" });
    const text = [historySentence("en", labelsOf("en"), split), ...historyChanges(labelsOf("en"), split)].join(" ");
    expect(text).toBe("王芳 split the claim");
    const evidence = entry("claim.evidence", null, { evidenceId: "ev_1", sourceId: "src_1", stance: "REFUTES", exact: "x" });
    expect(historySentence("zh", labelsOf("zh"), evidence)).toBe("王芳 引用了证据（反驳）");
  });
});
