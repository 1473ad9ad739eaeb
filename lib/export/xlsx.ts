import { once } from "node:events";
import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import { reportLabels, type ReportLabels } from "./labels";
import { claimUrl, httpUrl, snapshotUrl } from "./links";
import type { Report, ReportBulletin, ReportClaim, ReportSource } from "./model";
import { replayable } from "./passes";
import {
  DATE_FORMAT, decimal, figureValue, link, PERCENT_FORMAT, text, TIME_FORMAT, timestamp, type CellValue,
} from "./xlsx-cells";

type Column = { header: string; width: number; format?: string };
type Sheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter["addWorksheet"]>;
type Cells = (CellValue | { value: CellValue; format?: string })[];

/** A sheet with a bold, frozen header row and set column widths. */
function sheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column[]): Sheet {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.format ? { numFmt: c.format } : {} }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
  return ws;
}

function addRow(ws: Sheet, cells: Cells): void {
  const row = ws.addRow([]);
  cells.forEach((cell, i) => {
    const target = row.getCell(i + 1);
    if (cell !== null && typeof cell === "object" && "value" in cell && !(cell instanceof Date)) {
      target.value = cell.value;
      if (cell.format) target.numFmt = cell.format;
    } else {
      target.value = cell as CellValue;
    }
    if (target.value && typeof target.value === "object" && "hyperlink" in target.value) {
      target.font = { color: { argb: "FF1A5FB4" }, underline: true };
    }
  });
  row.commit();
}

function claimColumns(l: ReportLabels): Column[] {
  const s = l.sheet;
  return [
    { header: s.number, width: 6 }, { header: s.statement, width: 60 }, { header: s.kind, width: 10 },
    { header: l.speaker, width: 14 }, { header: l.status, width: 10 }, { header: l.verdict, width: 12 },
    { header: l.rationale, width: 50 }, { header: l.figures, width: 8 }, { header: l.evidence, width: 8 },
    { header: l.proposedBy, width: 14 }, { header: s.proposedAt, width: 17, format: TIME_FORMAT },
    { header: l.approvedBy, width: 14 }, { header: s.approvedAt, width: 17, format: TIME_FORMAT },
    { header: s.publishedAt, width: 17, format: TIME_FORMAT }, { header: s.link, width: 16 }, { header: s.id, width: 28 },
  ];
}

function claimCells(bulletin: ReportBulletin, c: ReportClaim, l: ReportLabels): Cells {
  return [
    c.number, text(c.statement), l.kinds[c.kind], text(c.speaker), l.statuses[c.status], c.verdict && l.verdicts[c.verdict],
    text(c.rationale), c.figures.length, c.evidence.length, text(c.proposedBy), timestamp(c.proposedAt),
    text(c.approvedBy), timestamp(c.approvedAt), timestamp(c.publishedAt),
    link(`${l.claim} ${c.number}`, httpUrl(claimUrl(bulletin, c.id))), c.id,
  ];
}

function figureColumns(l: ReportLabels): Column[] {
  const s = l.sheet;
  return [
    { header: s.number, width: 6 }, { header: l.figure, width: 18 }, { header: s.kind, width: 10 },
    { header: l.value, width: 16 }, { header: s.valueMax, width: 16 }, { header: s.approx, width: 10 },
    { header: s.unit, width: 10 }, { header: s.currency, width: 8 }, { header: l.check, width: 14 },
    { header: l.sourceValue, width: 16 }, { header: s.difference, width: 10, format: PERCENT_FORMAT },
    { header: s.note, width: 30 }, { header: s.source, width: 30 }, { header: s.checkedBy, width: 14 },
    { header: s.checkedAt, width: 17, format: TIME_FORMAT }, { header: s.id, width: 28 },
  ];
}

function evidenceColumns(l: ReportLabels): Column[] {
  const s = l.sheet;
  return [
    { header: s.number, width: 6 }, { header: s.stance, width: 10 }, { header: s.quote, width: 60 },
    { header: s.note, width: 30 }, { header: s.source, width: 30 }, { header: s.url, width: 30 },
    { header: l.snapshot, width: 14 }, { header: s.anchor, width: 18 }, { header: s.addedBy, width: 14 },
    { header: s.addedAt, width: 17, format: TIME_FORMAT },
  ];
}

function sourceColumns(l: ReportLabels): Column[] {
  const s = l.sheet;
  return [
    { header: s.id, width: 28 }, { header: s.title, width: 40 }, { header: l.publisher, width: 20 },
    { header: l.publishedOn, width: 12, format: DATE_FORMAT }, { header: s.url, width: 40 },
    { header: s.sourceKind, width: 12 }, { header: s.credibility, width: 10 }, { header: s.citedBy, width: 10 },
    { header: s.quotes, width: 10 },
  ];
}

type SourceRow = { source: Partial<ReportSource> & { id: string; title: string }; claims: Set<string>; quotes: number };

/** Every source the report uses, from its evidence and its figure checks, counted once. */
function noteSources(sources: Map<string, SourceRow>, c: ReportClaim): void {
  const entry = (id: string, title: string) => {
    let row = sources.get(id);
    if (!row) sources.set(id, (row = { source: { id, title }, claims: new Set(), quotes: 0 }));
    row.claims.add(c.id);
    return row;
  };
  for (const e of c.evidence) {
    const row = entry(e.source.id, e.source.title);
    row.source = e.source;
    row.quotes += 1;
  }
  for (const f of c.figures) if (f.sourceId) entry(f.sourceId, f.sourceTitle ?? "");
}

/** Lets the streams move and waits while the reader is behind, so a slow download holds little memory. */
async function pace(out: PassThrough, signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await once(out, "drain", { signal });
}

function figureCells(bulletin: ReportBulletin, c: ReportClaim, l: ReportLabels): Cells[] {
  return c.figures.map((f) => [
    c.number, text(f.text), f.kind, f.value === null ? text(reportLabels(bulletin.language).vagueValue) : figureValue(f.kind, f.value, bulletin.language), figureValue(f.kind, f.valueMax, bulletin.language),
    f.approx, text(f.unit), f.currency, l.checks[f.check], decimal(f.sourceValue), f.relativeDifference, text(f.checkNote),
    text(f.sourceTitle), text(f.checkedBy), timestamp(f.checkedAt), f.id,
  ]);
}

function evidenceCells(bulletin: ReportBulletin, c: ReportClaim, l: ReportLabels): Cells[] {
  return c.evidence.map((e) => {
    const url = httpUrl(e.source.url);
    return [
      c.number, l.stances[e.stance], text(e.exact), text(e.note), text(e.source.title), url ? link(url, url) : text(e.source.url),
      link(l.snapshot, httpUrl(snapshotUrl(bulletin, e))), l.anchors[e.anchor], text(e.createdBy), timestamp(e.createdAt),
    ];
  });
}

function sourceCells({ source: s, claims: citing, quotes }: SourceRow, l: ReportLabels): Cells {
  const url = httpUrl(s.url);
  return [
    s.id, text(s.title), text(s.publisher), s.publishedOn ? timestamp(`${s.publishedOn}T00:00:00Z`) : null,
    url ? link(url, url) : text(s.url), s.kind ? (l.sourceKinds[s.kind] ?? s.kind) : null, s.credibility ?? null, citing.size, quotes,
  ];
}

async function writeBook(book: ExcelJS.stream.xlsx.WorkbookWriter, report: Report, out: PassThrough, signal: AbortSignal) {
  const { bulletin } = report;
  const l = reportLabels(bulletin.language);
  const pass = replayable(report.claims);
  const sources = new Map<string, SourceRow>();
  /** One sheet from one pass over the claims; false when the reader went away. */
  const claimSheet = async (name: string, columns: Column[], rowsOf: (c: ReportClaim) => Cells[]) => {
    const ws = sheet(book, name, columns);
    for await (const c of pass()) {
      if (signal.aborted) return false;
      for (const cells of rowsOf(c)) addRow(ws, cells);
      await pace(out, signal);
    }
    ws.commit();
    return true;
  };
  const sheets: [string, Column[], (c: ReportClaim) => Cells[]][] = [
    [l.sheet.claims, claimColumns(l), (c) => (noteSources(sources, c), [claimCells(bulletin, c, l)])],
    [l.sheet.figures, figureColumns(l), (c) => figureCells(bulletin, c, l)],
    [l.sheet.evidence, evidenceColumns(l), (c) => evidenceCells(bulletin, c, l)],
  ];
  for (const [name, columns, rowsOf] of sheets) if (!(await claimSheet(name, columns, rowsOf))) return;
  const sourceSheet = sheet(book, l.sheet.sources, sourceColumns(l));
  for (const row of sources.values()) addRow(sourceSheet, sourceCells(row, l));
  sourceSheet.commit();
  await book.commit();
}

/**
 * The report as an Excel workbook with four sheets: Claims, Figures, Evidence and Sources (names
 * and headers in the bulletin's language). Streamed: each sheet is written in its own pass over
 * the claims and sent as it is zipped.
 */
export async function* xlsxReport(report: Report): AsyncIterable<Uint8Array> {
  // Loaded on first use: every other export, and the command line, start without it.
  const { default: excel } = await import("exceljs");
  const out = new PassThrough();
  const book = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = report.bulletin.organisation.name;
  book.created = new Date(report.bulletin.generatedAt);
  // Aborted when the reader goes away, so the writer stops instead of waiting for it.
  const reader = new AbortController();
  const writing = writeBook(book, report, out, reader.signal).catch((error: unknown) => {
    if (!reader.signal.aborted) out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    for await (const chunk of out) yield chunk as Uint8Array;
    await writing;
  } finally {
    reader.abort();
    out.destroy();
  }
}
