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

  it("leaves out a field that is empty on both sides, and has a sentence for every action the server audits", async () => {
    const added = entry("claim.figure-add", { figure: null }, { figure: "逾百所", value: "100", unit: null, approx: "more-than" });
    expect(historyChanges(labelsOf("en"), added)).toEqual(["value: none → 100", "approximation: none → more than"]);
    // Every action name the server writes to a claim's audit log: writeClaim's and appendAudit's.
    const { execSync } = await import("node:child_process");
    const { readFileSync } = await import("node:fs");
    const files = execSync("git ls-files -- lib ':!*.test.ts'", { encoding: "utf8" }).split("\n").filter((f) => f.endsWith(".ts"));
    const actions = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/writeClaim(?:In)?\(\s*[^"]*?"(claim\.[a-z-]+)"|action: "(claim\.[a-z-]+)"/g)) actions.add(m[1] ?? m[2]);
    }
    expect(actions.size).toBeGreaterThan(20);
    for (const action of actions) expect(catalogue.en.history, action).toHaveProperty([action]);
  });
});
