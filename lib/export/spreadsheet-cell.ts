export type Cell = string | number | null;

// A cell that is exactly a number: what spreadsheet software reads as a value, never as a formula.
const EXACT_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// Excel, LibreOffice and Google Sheets start a formula (or DDE) at =, +, -, @, a tab or a carriage
// return. Some of them skip leading whitespace, control and invisible format characters (zero-width
// space, direction marks, soft hyphen) first, and some read a full-width ＝＋－＠ as its ASCII twin.
const BREAK_FIRST = /^[\t\r\n]/;
const SKIPPED = /^[\s\p{Cc}\p{Cf}]+/u;
// Characters a writer or a reader may drop (XML cannot hold most controls, so the XLSX writer removes
// them): a tab behind them ("\u0000\t") is first once they are gone.
const DROPPABLE = /^[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/u;
const TRIGGER = /^[=+\-@]/;

function couldStartFormula(text: string): boolean {
  if (BREAK_FIRST.test(text.replace(DROPPABLE, ""))) return true;
  const first = text.replace(SKIPPED, "").codePointAt(0);
  return first !== undefined && TRIGGER.test(String.fromCodePoint(first).normalize("NFKC"));
}

/**
 * The one neutraliser for every CSV and spreadsheet export: a cell that could start a formula gets
 * a leading apostrophe so it stays text; a cell that is exactly a number ("-3.5") is kept as it is.
 */
export function spreadsheetSafe(value: Cell): string {
  const text = value === null ? "" : String(value);
  return couldStartFormula(text) && !EXACT_NUMBER.test(text) ? `'${text}` : text;
}
