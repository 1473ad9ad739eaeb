import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { figuresCsv } from "@/lib/export/csv";
import { jsonReport } from "@/lib/export/json";
import { streamToBuffer } from "@/lib/export/stream";
import { xlsxReport } from "@/lib/export/xlsx";
import { loadReport } from "@/lib/reports/load";
import { proposeFigureCheck } from "@/lib/sources/figure-proposal";
import { addSourceToClaim } from "@/lib/sources/service";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, type People, ref } from "@/lib/testing/workspace-fixtures";
import { editFigure } from "./figure-corrections";
import { recordFigureCheck } from "./figure-checks";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const TEXT = "今年以来，全市新建社区食堂数十家。";
const BASE = "http://127.0.0.1:3320";

async function vagueFigure() {
  const bulletin = await importFixture(t.db, people.editor, { originalText: TEXT, title: "社区食堂" });
  const claim = bulletin.claims.find((c) => c.figures.some((f) => f.text === "数十家"))!;
  const figure = claim.figures.find((f) => f.text === "数十家")!;
  return { bulletin, claim, figure };
}

async function text(stream: AsyncIterable<string>) {
  let out = "";
  for await (const chunk of stream) out += chunk;
  return out;
}

describe("vague figures", () => {
  it("are stored without a value and flagged vague, the punctuation of the statement kept", async () => {
    const { claim, figure } = await vagueFigure();
    expect(figure).toMatchObject({ value: null, valueMax: null, vague: true, approx: "more-than", unit: "家" });
    expect(claim.statement).toContain("，");
    const exact = await t.db.figure.findMany({ where: { claimId: claim.id, vague: false, kind: { not: "date" } } });
    expect(exact.every((f) => f.value !== null)).toBe(true);
  });

  it("cannot be proposed against a source, and can only be recorded as not checkable", async () => {
    const { claim, figure } = await vagueFigure();
    await addSourceToClaim(t.db, people.reviewer, claim.id, { title: "民政局通报", kind: "OFFICIAL", credibility: 4 }, "全市新建社区食堂36家。", "text/plain");
    const refused = await expectAppError(proposeFigureCheck(claim.id, figure.id), "bad_request");
    expect(refused.key).toBe("figure.vagueNoValue");
    await expectAppError(recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: figure.id, result: "MATCHES", sourceValue: "36" }), "bad_request");
    const view = await recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: figure.id, result: "NOT_CHECKABLE", note: "模糊数量，无确切数值" });
    expect(view.figures.find((f) => f.id === figure.id)).toMatchObject({ check: "NOT_CHECKABLE", value: null, vague: true });
  });

  it("becomes an exact figure when a reviewer sets its value", async () => {
    const { claim, figure } = await vagueFigure();
    const view = await editFigure(t.db, people.reviewer, ref(claim), figure.id, { value: "36", approx: "exact", kind: "count", unit: "家" });
    expect(view.figures.find((f) => f.id === figure.id)).toMatchObject({ value: "36", vague: false });
  });

  it("is exported with no value: null in JSON, an empty value and vague=true in CSV, the words in the workbook", async () => {
    const { bulletin } = await vagueFigure();
    const report = async () => (await loadReport(t.db, bulletin.id, { scope: "all" }, { baseUrl: BASE }))!;
    const json = JSON.parse(await text(jsonReport(await report())));
    const figures = json.claims.flatMap((c: { figures: { text: string }[] }) => c.figures);
    expect(figures.find((f: { text: string }) => f.text === "数十家")).toMatchObject({ value: null, vague: true });
    const rows = parse(await text(figuresCsv(await report())), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.figure_text === "数十家")).toMatchObject({ value: "", vague: "true" });
    const bytes = await streamToBuffer(xlsxReport(await report()));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const cells: unknown[] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => cells.push(...(r.values as unknown[]))));
    expect(cells).toContain("模糊数量，无确切数值");
  });
});
