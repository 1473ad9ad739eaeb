"use client";

type Cell = { text: string; start: number; end: number };
export type SourceTableView = { sheets: { name: string; headerRows: number[]; headerCols: number; rows: Cell[][] }[] };
type Mark = { start: number; end: number; stance: string };

type Props = {
  table: SourceTableView;
  marks: Mark[];
  /** Labels: the table's caption, and a marked cell's (`{stance}` replaced). */
  label: string;
  markLabel: (stance: string) => string;
  onPick: (cell: { start: number; end: number }) => void;
};

const markOf = (cell: Cell, marks: Mark[]) => (cell.text ? marks.find((m) => m.start < cell.end && cell.start < m.end) : undefined);

/**
 * A table source as a table: header rows stay on top while it scrolls, it scrolls sideways on a
 * phone, the evidence and the proposed cell are highlighted, and choosing a cell quotes it.
 */
export function SourceTable({ table, marks, label, markLabel, onPick }: Props) {
  return (
    <div className="source-table" data-testid="source-table">
      {table.sheets.map((sheet) => {
        const width = Math.max(1, ...sheet.rows.map((r) => r.length));
        const header = new Set(sheet.headerRows.map((r) => r - 1));
        // Title rows above the header (`主要农产品产量`, `单位：万吨`) read as the table's caption.
        const titleRows = sheet.headerRows.length ? sheet.headerRows[0] - 1 : 0;
        const caption = [table.sheets.length > 1 ? sheet.name : "", ...sheet.rows.slice(0, titleRows).flatMap((r) => r.map((c) => c.text))].filter(Boolean).join(" · ");
        const cell = (c: Cell | undefined, r: number, col: number) => {
          if (!c) return <td key={col} />;
          const mark = markOf(c, marks);
          const Tag = header.has(r) || col < sheet.headerCols ? "th" : "td";
          const scope = header.has(r) ? "col" : col < sheet.headerCols ? "row" : undefined;
          return (
            <Tag key={col} scope={scope} data-start={c.start} data-end={c.end} data-testid={mark?.stance === "PENDING" ? "pending-cell" : mark ? "evidence-cell" : undefined}
              className={mark ? (mark.stance === "PENDING" ? "cell-mark pending" : `cell-mark stance-${mark.stance}`) : undefined}>
              {c.text && (
                <button type="button" className="cell-pick" onClick={() => onPick({ start: c.start, end: c.end })} aria-pressed={Boolean(mark)}>
                  {c.text}
                  {mark && <span className="sr-only"> ({markLabel(mark.stance)})</span>}
                </button>
              )}
            </Tag>
          );
        };
        const rows = sheet.rows.map((row, r) => ({ r, cells: Array.from({ length: width }, (_, col) => cell(row[col], r, col)) })).slice(titleRows);
        return (
          <div key={sheet.name} className="table-scroll" role="region" aria-label={table.sheets.length > 1 ? `${label} · ${sheet.name}` : label} tabIndex={0}>
            <table>
              {caption && <caption>{caption}</caption>}
              <thead>{rows.filter(({ r }) => header.has(r)).map(({ r, cells }) => <tr key={r}>{cells}</tr>)}</thead>
              <tbody>{rows.filter(({ r }) => !header.has(r)).map(({ r, cells }) => <tr key={r}>{cells}</tr>)}</tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
