import type { ReactNode } from "react";
import { reasonText } from "@/lib/evidence/why";
import type { Catalogue, Locale } from "@/lib/i18n/catalogue";
import type { BoardRow } from "@/lib/sources/figure-board";

type Props = {
  rows: BoardRow[];
  m: Catalogue["board"];
  locale: Locale;
  /** The figure the keyboard is on, and what to show in each row's last column and after a claim's last row. */
  focusedId?: string | null;
  onFocusRow?: (figureId: string) => void;
  stored?: (row: BoardRow) => ReactNode;
  decide?: (row: BoardRow) => ReactNode;
  afterClaim?: (claimId: string) => ReactNode;
};

/** The passage with the source number marked, so the reviewer sees what the proposal rests on. */
function Passage({ row }: { row: BoardRow }) {
  // A table cell reads as its headers, then the cell.
  if (row.cell && row.sourceText && row.cell.path.endsWith(row.sourceText)) {
    return <span className="board-passage">{row.cell.path.slice(0, -row.sourceText.length)}<mark>{row.sourceText}</mark></span>;
  }
  if (!row.passage || row.start === undefined || row.end === undefined) return <span className="muted">—</span>;
  const from = row.start - row.passage.start;
  const to = row.end - row.passage.start;
  const text = row.passage.text;
  return <span className="board-passage">{text.slice(0, from)}<mark>{text.slice(from, to)}</mark>{text.slice(to)}</span>;
}

/** One row a figure: the claim, the figure with its exact value, the best source number and its passage, the proposal and why. */
export function FigureBoardTable({ rows, m, locale, focusedId, onFocusRow, stored, decide, afterClaim }: Props) {
  const columns = decide ? 7 : 6;
  return (
    <div className="board-scroll">
      <table className="board-table" data-testid="figure-board">
        <thead>
          <tr>
            <th scope="col">{m.claim}</th>
            <th scope="col">{m.figure}</th>
            <th scope="col">{m.sourceNumber}</th>
            <th scope="col">{m.passage}</th>
            <th scope="col">{m.proposal}</th>
            <th scope="col">{m.why}</th>
            {decide && <th scope="col">{m.decide}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const lastOfClaim = rows[index + 1]?.claimId !== row.claimId;
            const after = lastOfClaim ? afterClaim?.(row.claimId) : null;
            return [
              <tr
                key={row.figureId}
                id={`figure-${row.figureId}`}
                data-result={row.result}
                data-figure={row.figureId}
                className={focusedId === row.figureId ? "board-focused" : undefined}
                aria-current={focusedId === row.figureId ? "true" : undefined}
                onClick={onFocusRow ? () => onFocusRow(row.figureId) : undefined}
              >
                <td><strong>#{row.claimNumber}</strong> <span className="board-statement">{row.statement}</span></td>
                <td data-label={m.figure}><strong>{row.figureText}</strong>{row.value !== null && <div className="muted small"><code>{row.value}</code></div>}</td>
                <td data-label={m.sourceNumber}>
                  {row.sourceText ? <><strong>{row.sourceText}</strong>{row.sourceValue && <div className="muted small"><code>{row.sourceValue}</code></div>}</> : <span className="muted">—</span>}
                  {row.source && <div className="muted small">{row.source.title} · {row.source.viaBulletin ? m.viaBulletin : m.viaClaim}</div>}
                </td>
                <td data-label={m.passage}><Passage row={row} /></td>
                <td data-label={m.proposal}>
                  <span className={`badge board-${row.result}`}>{m.results[row.result]}</span>
                  {stored ? stored(row) : row.check !== "UNCHECKED" && <div className="muted small">{m.checked}</div>}
                </td>
                <td className="small" data-label={m.why}>{row.why ? reasonText(row.why, locale) : row.reason}</td>
                {decide && <td className="board-decide">{decide(row)}</td>}
              </tr>,
              after ? <tr key={`${row.claimId}-after`} className="board-claim-end"><td colSpan={columns}>{after}</td></tr> : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
