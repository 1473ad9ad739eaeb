import { describe, expect, it } from "vitest";
import { claimView, figureView } from "@/lib/testing/claim-views";
import type { ClaimView } from "./types";
import { undoSteps } from "./undo";

const source = { id: "source-1", url: null, title: "统计局公报", publisher: null, publishedOn: null, kind: "OFFICIAL", credibility: 4 } as ClaimView["sources"][number];
const evidence = {
  id: "evidence-1", sourceId: "source-1", snapshotId: "snapshot-1", exact: "新建学校12所", prefix: "", suffix: "", start: 10, end: 17,
  stance: "SUPPORTS", note: "只数学校", anchor: "ANCHORED", createdBy: { name: "王芳" },
} as ClaimView["evidence"][number];

describe("undoSteps", () => {
  it("restores statement, kind and speaker in one edit, and tags and priority", () => {
    const before = claimView({ statement: "原句", speaker: null, tags: ["教育"], priority: "NORMAL" });
    const after = { ...before, statement: "改写", kind: "QUOTE" as const, speaker: "市长", tags: ["教育", "预算"], priority: "HIGH" as const, version: 2 };
    expect(undoSteps(before, after)).toEqual([
      { kind: "edit", statement: "原句", claimKind: "STATISTIC", speaker: null },
      { kind: "tags", tags: ["教育"] },
      { kind: "priority", priority: "NORMAL" },
    ]);
  });

  it("adds a removed figure back with its span and fields, removes an added one, reverts an edited one", () => {
    const removed = { ...figureView("第五次"), start: 2, end: 5, kind: "ordinal", value: "5" };
    const edited = { ...figureView("12所"), value: "12", unit: "所" };
    const before = claimView({ figures: [removed, edited] });
    const added = figureView("逾百所");
    const after = { ...before, figures: [{ ...edited, value: "13" }, added] };
    expect(undoSteps(before, after)).toEqual([
      { kind: "figure-remove", figureId: added.id },
      { kind: "figure-add", start: 2, end: 5, fields: { value: "5", valueMax: null, unit: null, approx: "exact", kind: "ordinal" } },
      { kind: "figure-edit", figureId: edited.id, fields: { value: "12", valueMax: null, unit: "所", approx: "exact", kind: "count" } },
    ]);
  });

  it("attaches a detached source again before quoting its evidence again", () => {
    const before = claimView({ sources: [source], evidence: [evidence] });
    const after = { ...before, sources: [], evidence: [] };
    expect(undoSteps(before, after)).toEqual([
      { kind: "source-attach", sourceId: "source-1" },
      { kind: "evidence-add", evidence: { sourceId: "source-1", snapshotId: "snapshot-1", start: 10, end: 17, stance: "SUPPORTS", note: "只数学校" } },
    ]);
  });

  it("puts an edited piece of evidence back: stance, note and passage", () => {
    const before = claimView({ sources: [source], evidence: [evidence] });
    const after = { ...before, evidence: [{ ...evidence, stance: "REFUTES" as const, note: null, start: 3, end: 9 }] };
    expect(undoSteps(before, after)).toEqual([{ kind: "evidence-edit", evidenceId: "evidence-1", stance: "SUPPORTS", note: "只数学校", start: 10, end: 17 }]);
  });

  it("offers nothing when only the version or a figure's check changed", () => {
    const figure = figureView("12所");
    const before = claimView({ figures: [figure] });
    expect(undoSteps(before, { ...before, version: 5, figures: [{ ...figure, check: "MATCHES" }] })).toEqual([]);
  });
});
