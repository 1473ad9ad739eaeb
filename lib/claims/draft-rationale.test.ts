import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/i18n/catalogue";
import { draftRationale, suggestedVerdict, type CheckedFigure } from "./draft-rationale";

const CHECKS: CheckedFigure[] = [
  { figure: "约223亿只", check: "WITHIN_ROUNDING", source: "223.4亿只", title: "国家统计局公报" },
  { figure: "8座", check: "MATCHES", source: "8座", title: "区统计局数据" },
  { figure: "356万人次", check: "DIFFERS", source: "312万人次", title: "区统计局数据" },
  { figure: "1.5万个", check: "NOT_FOUND" },
  { figure: "数十家", check: "NOT_CHECKABLE", note: "模糊数量" },
];

describe("draftRationale", () => {
  it("writes one line per figure in English", () => {
    expect(draftRationale(CHECKS, catalogue.en.board.draft).split("\n")).toEqual([
      "约223亿只 — within rounding of 223.4亿只, 国家统计局公报",
      "8座 — matches 8座, 区统计局数据",
      "356万人次 — differs from 312万人次, 区统计局数据",
      "1.5万个 — not found in the sources",
      "数十家 — not checkable: 模糊数量",
    ]);
  });

  it("writes one line per figure in Chinese", () => {
    expect(draftRationale(CHECKS, catalogue.zh.board.draft).split("\n")).toEqual([
      "约223亿只 — 在国家统计局公报中 223.4亿只 的四舍五入范围内",
      "8座 — 与区统计局数据中的 8座 一致",
      "356万人次 — 与区统计局数据中的 312万人次 不一致",
      "1.5万个 — 来源中未找到",
      "数十家 — 无法核查：模糊数量",
    ]);
  });

  it("is empty without figures", () => {
    expect(draftRationale([], catalogue.en.board.draft)).toBe("");
  });
});

describe("suggestedVerdict", () => {
  it("follows the checks", () => {
    expect(suggestedVerdict(CHECKS)).toBe("INACCURATE");
    expect(suggestedVerdict([CHECKS[1]])).toBe("ACCURATE");
    expect(suggestedVerdict([CHECKS[0], CHECKS[1]])).toBe("MOSTLY_ACCURATE");
    expect(suggestedVerdict([CHECKS[3], CHECKS[4]])).toBe("UNVERIFIABLE");
  });
});
