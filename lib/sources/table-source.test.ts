import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { recordFigureCheck } from "@/lib/claims/figure-checks";
import { translate } from "@/lib/i18n/catalogue";
import { IngestError } from "@/lib/ingest/errors";
import { readTableSource } from "@/lib/ingest/table-source";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, ref, type People } from "@/lib/testing/workspace-fixtures";
import { addEvidence } from "./evidence";
import { proposeFigureCheck } from "./figure-proposal";
import { addSnapshot, addSourceToClaim } from "./service";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
let bulletin: Bulletin & { claims: { id: string; text: string; figures: { id: string; text: string }[] }[] };
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const bytes = (text: string) => new TextEncoder().encode(text);
// The same digits twice: 财政支出 of the earlier year is 1.14 too; the row header decides.
const TABLE = "本市财政收支\n指标,2023年,2024年\n财政支出(亿元),1.14,1.30\n财政收入(亿元),1.02,1.14\n";

describe("a table source", () => {
  it("proposes the cell whose headers name the claim's noun, and anchors evidence and the check on it by RFC 7111 fragment", async () => {
    const claim = claimWithText(bulletin.claims, "全年财政收入1.14亿元");
    const figure = claim.figures.find((f) => f.text === "1.14亿元")!;
    const { table, grid } = await readTableSource({ name: "finance.csv", bytes: bytes(TABLE) });
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, claim.id, { title: "财政收支表", kind: "OFFICIAL", credibility: 5 }, table.text, "text/plain; from=csv", undefined, { tableGrid: JSON.stringify(grid) });

    const proposal = await proposeFigureCheck(claim.id, figure.id);
    expect(proposal).toMatchObject({ result: "MATCHES", sourceId, sourceValue: "114000000", passage: "2024年 · 财政收入(亿元) · 1.14", sourceFragment: "cell=4,3" });
    expect(table.text.slice(proposal.sourceStart!, proposal.sourceEnd!)).toBe("1.14");

    const { id } = await addEvidence(t.db, people.reviewer, { claimId: claim.id, sourceId, snapshotId: proposal.snapshotId!, start: proposal.sourceStart!, end: proposal.sourceEnd!, stance: "SUPPORTS" });
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id } })).toMatchObject({ exact: "1.14", fragment: "cell=4,3" });

    const current = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await recordFigureCheck(t.db, people.reviewer, ref(current), {
      figureId: figure.id, result: "MATCHES", proposed: "MATCHES", sourceId, snapshotId: proposal.snapshotId, sourceStart: proposal.sourceStart, sourceEnd: proposal.sourceEnd, sourceValue: proposal.sourceValue,
    });
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ sourcePassage: "2024年 · 财政收入(亿元) · 1.14", sourceFragment: "cell=4,3" });

    // A newer table with a row inserted above: the quote is found again and names its new cell.
    const next = await readTableSource({ name: "finance.csv", bytes: bytes(TABLE.replace("财政支出", "税收收入(亿元),0.61,0.65\n财政支出")) });
    const moved = await addSnapshot(t.db, people.reviewer, sourceId, next.table.text, "text/plain; from=csv", undefined, { tableGrid: JSON.stringify(next.grid) });
    expect(moved.reanchored).toBe(1);
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id } })).toMatchObject({ exact: "1.14", fragment: "cell=5,3", anchor: "REANCHORED" });
  });

  it("reads an XLSX table with merged header cells, naming cells by sheet and A1 reference", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("财政");
    sheet.addRows([["单位：亿元"], ["指标", "2024年", null], [null, "上半年", "全年"], ["财政收入", 0.52, 1.14]]);
    sheet.mergeCells("B2:C2");
    const { table } = await readTableSource({ name: "finance.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) });
    const cell = table.cells.find((c) => c.value === "1.14")!;
    expect(cell).toMatchObject({ unit: "亿元", period: "2024", colHeaders: ["2024年", "全年"], rowHeaders: ["财政收入"], row: 4, col: 3 });
    const { cellFragment } = await import("@/lib/evidence");
    expect(cellFragment("xlsx", cell)).toBe("sheet=%E8%B4%A2%E6%94%BF&cell=C4");
  });

  it("reads a GB18030 CSV, and refuses a table with no numbers or in an unknown encoding in both languages", async () => {
    // 指标,2024年 / 财政收入(亿元),1.14 written by Chinese Windows spreadsheet software.
    const gb = new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0x32, 0x30, 0x32, 0x34, 0xc4, 0xea, 0x0a, 0xb2, 0xc6, 0xd5, 0xfe, 0xca, 0xd5, 0xc8, 0xeb, 0x28, 0xd2, 0xda, 0xd4, 0xaa, 0x29, 0x2c, 0x31, 0x2e, 0x31, 0x34, 0x0a]);
    const { table } = await readTableSource({ name: "gb.csv", bytes: gb });
    expect(table.cells[0]).toMatchObject({ value: "1.14", unit: "亿元", rowHeaders: ["财政收入(亿元)"] });

    const words = await readTableSource({ name: "words.csv", bytes: bytes("姓名,职务\n张三,记者\n") }).catch((e: unknown) => e);
    expect(words).toBeInstanceOf(IngestError);
    expect((words as IngestError).msg.key).toBe("ingest.tableNoNumbers");
    expect(translate("zh", (words as IngestError).msg)).toMatch(/没有可用于核对数字的数值单元格/);
    expect(translate("en", (words as IngestError).msg)).toMatch(/no number cells/);

    // Text converted once through the wrong encoding already: replacement characters in most cells.
    const mangled = await readTableSource({ name: "mangled.csv", bytes: bytes("\uFFFD\uFFFD,2024\uFFFD\n\uFFFD\uFFFD\uFFFD,1.14\n") }).catch((e: unknown) => e);
    expect((mangled as IngestError).msg.key).toBe("ingest.tableEncoding");

    const ragged = await readTableSource({ name: "ragged.csv", bytes: bytes("指标,2024年\n财政收入,1.14,多余,,\n财政支出\n") });
    expect(ragged.table.cells.map((c) => c.value)).toEqual(["1.14"]);
  });
});
