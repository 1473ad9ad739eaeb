import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanText } from "@/lib/engine";
import { CLAIM_SHEET_ROWS, claimSheetXlsx } from "@/lib/ingest/fixtures/make-sheet";
import { readSpreadsheet, type Sheet, type Workbook } from "@/lib/ingest/spreadsheet";
import { addSourceToClaim } from "@/lib/sources/service";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { spreadsheetImportSchema } from "@/lib/validations/spreadsheet";
import { importSpreadsheet, previewWorkbook } from "./spreadsheet-import";
import { guessMapping, headerRowOf, parseVerdict, sheetRows } from "./spreadsheet-mapping";

let t: TestDb;
let people: People;
let workbook: Workbook;

beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  workbook = await readSpreadsheet({ name: "核查记录.xlsx", bytes: await claimSheetXlsx() });
}, 60_000);
afterAll(async () => t?.cleanup());

const input = (over: Record<string, unknown> = {}) =>
  spreadsheetImportSchema.parse({ title: "交通核查表", fileName: "核查记录.xlsx", language: "auto", sheet: "0", statementColumn: "0", sourceUrlColumn: "1", verdictColumn: "2", notesColumn: "3", ...over });

describe("reading a desk's claim sheet", () => {
  it("finds the header under a merged title row and guesses every column from its Chinese name", () => {
    const [first, second] = previewWorkbook(workbook);
    expect(first).toMatchObject({ name: "核查记录", headerRow: 2, columns: ["声明", "来源链接", "核查结论", "备注", "核查日期"], claims: 4 });
    expect(first.guess).toEqual({ statement: 0, sourceUrl: 1, verdict: 2, notes: 3 });
    expect(first.sample[0][0]).toBe(CLAIM_SHEET_ROWS[0][0]);
    expect(first.sample[1][1]).toBe("交通局车辆公告");
    expect(second.name).toBe("Notes");
  });

  it("guesses English headers, and columns without a header from what they hold", () => {
    const english: Sheet = { name: "s", rows: [["ID", "Claim text", "Link", "Rating", "Comments"], ["c1", "Rents rose by 4% in 2024.", "https://x.example/r", "False", "The index says 2%."]] };
    expect(guessMapping(english, 0)).toEqual({ statement: 1, sourceUrl: 2, verdict: 3, notes: 4 });
    const bare: Sheet = { name: "s", rows: [["7", "https://a.example/1", "The port moved 7 million tonnes."], ["8", "https://a.example/2", "Exports rose 3% last year."]] };
    const header = headerRowOf(bare.rows);
    expect(guessMapping(bare, header)).toMatchObject({ sourceUrl: 1, statement: 2 });
  });

  it("understands verdicts written in English, in Chinese or as our codes, and nothing else", () => {
    const cases: [string, string | null][] = [
      ["准确", "ACCURATE"], ["属实", "ACCURATE"], ["True", "ACCURATE"], ["基本属实", "MOSTLY_ACCURATE"], ["Mostly true", "MOSTLY_ACCURATE"],
      ["误导", "MISLEADING"], ["不实", "INACCURATE"], ["FALSE", "INACCURATE"], ["错误", "INACCURATE"], ["无法核实", "UNVERIFIABLE"],
      ["unproven", "UNVERIFIABLE"], ["MOSTLY_ACCURATE", "MOSTLY_ACCURATE"], ["存疑", null], ["", null], ["待核实", null],
    ];
    for (const [text, verdict] of cases) expect(parseVerdict(text), text).toBe(verdict);
  });

  it("reads one row per claim, skipping empty rows and rows without a claim", () => {
    const sheet = workbook.sheets[0];
    const rows = sheetRows(sheet, headerRowOf(sheet.rows), { statement: 0, sourceUrl: 1, verdict: 2, notes: 3 });
    expect(rows.map((r) => r.row)).toEqual([3, 5, 6, 7]);
    expect(rows.map((r) => r.verdict)).toEqual(["ACCURATE", "MOSTLY_ACCURATE", null, null]);
    expect(rows[1].sourceUrls).toEqual([CLAIM_SHEET_ROWS[1][1]]);
    expect(rows[3]).toMatchObject({ sourceUrls: [], verdictText: "存疑", notes: "待补充来源" });
  });
});

describe("importSpreadsheet", () => {
  it("creates a bulletin with one claim per row, its figures, draft verdicts and the rows' sources, in one audited write", async () => {
    const result = await importSpreadsheet(t.db, people.editor, workbook, input());
    expect(result).toMatchObject({ claims: 4, sources: 3 });
    const bulletin = await t.db.bulletin.findUniqueOrThrow({
      where: { id: result.id },
      include: { claims: { orderBy: { start: "asc" }, include: { figures: true, sources: { include: { source: { include: { snapshots: true } } } } } } },
    });
    expect(bulletin).toMatchObject({ title: "交通核查表", language: "zh", importedById: people.editor.id });
    // Each statement cleaned as a bulletin's text is (full-width punctuation and digits made plain).
    const statements = [...CLAIM_SHEET_ROWS.map((r) => r[0]), "交通局另称，全年投入资金约8亿元。"].map((s) => cleanText(s, { simplify: true }).text);
    expect(bulletin.claims.map((c) => c.statement)).toEqual(statements);
    expect(bulletin.originalText.split("\n\n")).toEqual([...CLAIM_SHEET_ROWS.map((r) => r[0]), "交通局另称，全年投入资金约8亿元。"]);
    for (const c of bulletin.claims) expect(bulletin.cleanText.slice(c.start, c.end)).toBe(c.text);
    expect(bulletin.claims.map((c) => [c.status, c.verdict])).toEqual([["UNVERIFIED", "ACCURATE"], ["UNVERIFIED", "MOSTLY_ACCURATE"], ["UNVERIFIED", null], ["UNVERIFIED", null]]);
    expect(bulletin.claims[0].rationale).toBe("与交通局公告一致");
    expect(bulletin.claims[2].rationale).toBe("表格中的结论：存疑");
    expect(bulletin.claims[3].rationale).toBe("表格中的结论：存疑\n待补充来源");
    const lines = bulletin.claims[0].figures.find((f) => f.text.includes("12"));
    expect(lines).toMatchObject({ kind: "count", value: "12" });
    expect(bulletin.claims[1].figures.some((f) => f.value === "3500")).toBe(true);
    // Sources by URL, attached but not fetched: no snapshot until someone adds the page's text.
    expect(bulletin.claims.map((c) => c.sources.map((s) => s.source.url))).toEqual([[CLAIM_SHEET_ROWS[0][1]], [CLAIM_SHEET_ROWS[1][1]], [CLAIM_SHEET_ROWS[2][1]], []]);
    expect(bulletin.claims.flatMap((c) => c.sources.map((s) => s.source.snapshots.length))).toEqual([0, 0, 0]);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: result.id, action: "bulletin.import" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ from: "spreadsheet", sheet: "核查记录", claims: 4, sources: 3, draftVerdicts: 2 });
  });

  it("attaches a URL already in the library to its source instead of storing it twice", async () => {
    const other = await importFixture(t.db, people.editor);
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, other.claims[0].id, { url: `${CLAIM_SHEET_ROWS[0][1]}?utm_source=x`, title: "交通局公告", kind: "OFFICIAL", credibility: 5 }, "公告全文", "text/plain");
    const before = await t.db.source.count();
    const result = await importSpreadsheet(t.db, people.editor, workbook, input());
    expect(await t.db.source.count()).toBe(before);
    const first = await t.db.claim.findFirstOrThrow({ where: { bulletinId: result.id }, orderBy: { start: "asc" }, include: { sources: true } });
    expect(first.sources.map((s) => s.sourceId)).toEqual([sourceId]);
  });

  it("imports without the optional columns, and in the language chosen", async () => {
    const result = await importSpreadsheet(t.db, people.editor, workbook, input({ sourceUrlColumn: "", verdictColumn: "", notesColumn: "", language: "zh" }));
    const claims = await t.db.claim.findMany({ where: { bulletinId: result.id }, include: { sources: true } });
    expect(claims).toHaveLength(4);
    expect(claims.every((c) => c.verdict === null && c.rationale === null && c.sources.length === 0)).toBe(true);
  });

  it("refuses a reviewer, a sheet that is not there and a column without claims, storing nothing", async () => {
    const count = await t.db.bulletin.count();
    await expectAppError(importSpreadsheet(t.db, people.reviewer, workbook, input()), "forbidden");
    await expectAppError(importSpreadsheet(t.db, people.inactiveEditor, workbook, input()), "forbidden");
    await expectAppError(importSpreadsheet(t.db, people.editor, workbook, input({ sheet: "7" })), "bad_request");
    const empty = await expectAppError(importSpreadsheet(t.db, people.editor, workbook, input({ statementColumn: "4", sheet: "1" })), "bad_request");
    expect(empty.fieldErrors?.statement).toBeDefined();
    expect(await t.db.bulletin.count()).toBe(count);
  });

  it("the form schema asks for the claims column and a title", () => {
    const result = spreadsheetImportSchema.safeParse({ title: "", statementColumn: "" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "statementColumn"]));
  });
});
