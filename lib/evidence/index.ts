/**
 * Evidence for claims: anchor a reviewer's passage in a source snapshot (W3C TextQuote and
 * TextPosition selectors, re-anchored like the Hypothesis annotator) and find a claim's figure in
 * a source, number-aware. Pure: no I/O, no database, no React.
 */
export { anchor, type Anchor, type AnchorMethod, type AnchorOptions } from "./anchor";
export { describeSelection, type PassageSelectors, type TextPositionSelector, type TextQuoteSelector } from "./selectors";
export { readSourceNumbers, type SourceNumber } from "./numbers";
export {
  checkFigureAgainstSources, matchFigure, prepareSource, type FigureMatch, type FigureSource, type FigureResult, type MatchFlag, type MatchOptions, type PreparedSource,
} from "./match-figure";
export { readTable } from "./table/read-table";
export { cellAt, cellPath, matchFigureInTable, prepareTable, type CellMatch, type PreparedTable } from "./table/match-cell";
export { cellFragment, columnLetters, parseCellFragment } from "./table/fragment";
export type { Table, TableCell, TableGrid, TableSheet } from "./table/model";
