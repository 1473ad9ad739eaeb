import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canImportBulletin, type Actor } from "@/lib/auth/permissions";
import { cleanText, detectLanguage, statementClaim, type CleaningChange, type Language } from "@/lib/engine";
import { AppError, forbidden } from "@/lib/errors";
import type { Workbook } from "@/lib/ingest/spreadsheet";
import { canonicalUrl } from "@/lib/sources/canonical-url";
import type { SpreadsheetImportInput } from "@/lib/validations/spreadsheet";
import { bulletinRow, claimRows } from "./import";
import { columnNames, guessMapping, headerRowOf, sheetRows, type ColumnMapping, type SheetRow } from "./spreadsheet-mapping";


/** What the preview screen shows of each sheet: its columns, the first rows and the guessed mapping. */
export function previewWorkbook(workbook: Workbook) {
  return workbook.sheets.map((sheet, index) => {
    const headerRow = headerRowOf(sheet.rows);
    const columns = columnNames(sheet, headerRow);
    const guess = guessMapping(sheet, headerRow);
    const rows = guess.statement === undefined ? [] : sheetRows(sheet, headerRow, guess as ColumnMapping);
    const sample = sheet.rows.slice(headerRow + 1).filter((r) => r.some((c) => c !== null)).slice(0, 8);
    return {
      index,
      name: sheet.name,
      headerRow: headerRow + 1,
      columns,
      sample: sample.map((r) => columns.map((_, i) => cellPreview(r[i] ?? null))),
      claims: rows.length,
      guess,
    };
  });
}

export type WorkbookPreview = ReturnType<typeof previewWorkbook>;

function cellPreview(cell: Workbook["sheets"][number]["rows"][number][number]): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "object") return cell.text;
  return String(cell).slice(0, 300);
}

/**
 * The bulletin's text from the rows: each statement cleaned on its own (so cleaning never joins
 * two rows) and separated by a blank line; each claim is exactly its row's statement.
 */
function bulletinText(rows: SheetRow[], language: Language) {
  const original: string[] = [];
  const clean: string[] = [];
  const spans: { start: number; end: number }[] = [];
  const changes: CleaningChange[] = [];
  let originalAt = 0;
  let cleanAt = 0;
  for (const row of rows) {
    const cleaned = cleanText(row.statement, { simplify: language === "zh" });
    const lead = cleaned.text.length - cleaned.text.trimStart().length;
    const body = cleaned.text.trim();
    for (const c of cleaned.changes) changes.push({ ...c, at: c.at + originalAt, cleanAt: c.cleanAt + cleanAt });
    spans.push({ start: cleanAt + lead, end: cleanAt + lead + body.length });
    original.push(row.statement);
    clean.push(cleaned.text);
    originalAt += row.statement.length + 2;
    cleanAt += cleaned.text.length + 2;
  }
  return { originalText: original.join("\n\n"), cleanText: clean.join("\n\n"), spans, changes };
}

/** Sources by URL, attached without fetching (fetching a source's page comes with the sources feature). */
async function sourcesByUrl(tx: Tx, actor: Actor, urls: string[]): Promise<Map<string, string>> {
  const byCanonical = new Map<string, string>();
  for (const url of urls) {
    let canonical: string;
    try {
      canonical = canonicalUrl(url);
    } catch {
      continue;
    }
    if (byCanonical.has(canonical)) continue;
    const known = await tx.source.findUnique({ where: { canonicalUrl: canonical }, select: { id: true } });
    if (known) {
      byCanonical.set(canonical, known.id);
      continue;
    }
    const parsed = new URL(canonical);
    const title = `${parsed.hostname}${parsed.pathname === "/" ? "" : parsed.pathname}`.slice(0, 200);
    const source = await tx.source.create({ data: { url, canonicalUrl: canonical, title, kind: "OTHER", credibility: 3, createdById: actor.id } });
    await appendAudit(tx, { actorId: actor.id, action: "source.create", entityType: "Source", entityId: source.id, after: { url, title, from: "spreadsheet" } });
    byCanonical.set(canonical, source.id);
  }
  return byCanonical;
}

const UNKNOWN_VERDICT: Record<Language, string> = { en: "Verdict in the spreadsheet: ", zh: "表格中的结论：" };

/** What a sheet's verdict and notes become: a draft the reviewers start from, not a verified verdict. */
function draft(row: SheetRow, language: Language) {
  // A verdict we do not know is kept in words, so nothing the desk wrote is lost.
  const unknown = row.verdictText && !row.verdict ? `${UNKNOWN_VERDICT[language]}${row.verdictText}` : "";
  const rationale = [unknown, row.notes].filter(Boolean).join("\n");
  return { verdict: row.verdict, rationale: rationale || null };
}

/**
 * Creates a bulletin from a desk's claim sheet: one claim per row with a statement, figures
 * extracted, the sheet's verdict and notes kept as a draft (verifying still takes evidence and a
 * second person), each row's source URLs attached as sources. One transaction, audited.
 */
export async function importSpreadsheet(client: Db, actor: Actor, workbook: Workbook, input: SpreadsheetImportInput) {
  if (!canImportBulletin(actor)) throw forbidden("bulletin.onlyEditorImports");
  const sheet = workbook.sheets[input.sheet];
  if (!sheet) throw new AppError("bad_request", "spreadsheet.noSuchSheet", { sheet: ["spreadsheet.noSuchSheet"] });
  const headerRow = headerRowOf(sheet.rows);
  const rows = sheetRows(sheet, headerRow, input.mapping);
  if (rows.length === 0) throw new AppError("bad_request", "spreadsheet.noClaimRows", { statement: ["spreadsheet.noClaimRows"] });
  const language: Language = input.language === "auto" ? detectLanguage(rows.map((r) => r.statement).join("\n")) : input.language;
  const text = bulletinText(rows, language);
  const claims = text.spans.map((span) => statementClaim(text.cleanText, span, { language, publishedOn: input.publishedOn }));
  const bulletinId = randomUUID();
  const { claimData, figureRows, findingRows } = claimRows(bulletinId, text.cleanText, claims);
  const now = new Date();

  return client.$transaction(async (tx) => {
    await tx.bulletin.create({ data: bulletinRow(bulletinId, actor.id, input, { language, ...text }, now) });
    await tx.claim.createMany({ data: claimData.map((c, i) => ({ ...c, ...draft(rows[i], language), createdAt: now, updatedAt: now })) });
    if (figureRows.length) await tx.figure.createMany({ data: figureRows });
    if (findingRows.length) await tx.consistencyFinding.createMany({ data: findingRows });
    const sources = await sourcesByUrl(tx, actor, rows.flatMap((r) => r.sourceUrls));
    const links = rows.flatMap((row, i) => {
      const ids = new Set(row.sourceUrls.map((u) => { try { return sources.get(canonicalUrl(u)); } catch { return undefined; } }).filter((id): id is string => Boolean(id)));
      return [...ids].map((sourceId) => ({ claimId: claimData[i].id, sourceId, attachedById: actor.id }));
    });
    if (links.length) await tx.claimSource.createMany({ data: links });
    await appendAudit(tx, {
      actorId: actor.id, action: "bulletin.import", entityType: "Bulletin", entityId: bulletinId, bulletinId,
      after: {
        title: input.title, from: "spreadsheet", file: input.fileName, sheet: sheet.name, claims: claimData.length, figures: figureRows.length,
        sources: sources.size, draftVerdicts: rows.filter((r) => r.verdict).length,
      },
    });
    return { id: bulletinId, claims: claimData.length, sources: sources.size };
  });
}
