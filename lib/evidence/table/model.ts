/** A table as read from a file: each sheet's rows of cell texts, as stored beside the snapshot. */
export interface TableGrid {
  format: "csv" | "xlsx";
  sheets: { name: string; rows: (string | null)[][] }[];
}

/** A number cell with the headers that say what it counts. Rows and columns are 1-based, as in the file. */
export interface TableCell {
  sheet: string;
  row: number;
  col: number;
  text: string;
  /** Exact decimal string of the number as written (without the unit's scale). */
  value: string;
  percent: boolean;
  /** The unit a header, a unit column or the title names (`万吨`, `亿元`, `millions`). */
  unit?: string;
  /** The period a header names: `2023`, `2023-05`, `2023-Q2`. */
  period?: string;
  total: boolean;
  rowHeaders: string[];
  colHeaders: string[];
  /** Offsets of the cell's text in the rendered snapshot text. */
  start: number;
  end: number;
}

export interface TableSheet {
  name: string;
  /** Title rows above the header (their text), and the unit they name. */
  title: string[];
  unit?: string;
  /** 1-based row numbers of the header rows; the columns holding row headers. */
  headerRows: number[];
  headerCols: number;
  /** Every cell with its offsets in the rendered text; rows as in the file. */
  rows: { text: string; start: number; end: number }[][];
}

export interface Table {
  format: TableGrid["format"];
  /** The rendering: one line per row, cells tab-separated, each sheet under `# name` when there are several. */
  text: string;
  sheets: TableSheet[];
  cells: TableCell[];
}
