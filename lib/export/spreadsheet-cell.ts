export type Cell = string | number | null;

// A cell that is exactly a number: what spreadsheet software reads as a value, never as a formula.
const EXACT_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// Excel, LibreOffice and Google Sheets start a formula (or DDE) at =, +, -, @, a tab or a carriage
// return; leading whitespace or control characters before =, +, - or @ are skipped by some of them.
const FORMULA_START = /^(?:[=+\-@\t\r\n]|[\s\p{Cc}]+[=+\-@])/u;

/**
 * The one neutraliser for every CSV and spreadsheet export: a cell that could start a formula gets
 * a leading apostrophe so it stays text; a cell that is exactly a number ("-3.5") is kept as it is.
 */
export function spreadsheetSafe(value: Cell): string {
  const text = value === null ? "" : String(value);
  return FORMULA_START.test(text) && !EXACT_NUMBER.test(text) ? `'${text}` : text;
}
