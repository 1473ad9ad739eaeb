/** A gap between table columns copied from a PDF: a tab, or two or more spaces not after a sentence end. */
export const COLUMN_GAP = /(?<=[^\s.!?。])(?:[ \u00A0\u3000]*\t[ \t\u00A0\u3000]*|[ \u00A0\u3000]{2,})(?=\S)/g;

export function columnGaps(line: string): number {
  return line.match(COLUMN_GAP)?.length ?? 0;
}

/**
 * Indices of lines that are table rows: two or more column gaps, or one gap beside another row
 * with gaps. Their spacing separates cells, so no pass may remove it or join the rows.
 */
export function tableRows(lineTexts: string[]): Set<number> {
  const gaps = lineTexts.map(columnGaps);
  const rows = new Set<number>();
  for (let i = 0; i < gaps.length; i++) {
    if (gaps[i] >= 2 || (gaps[i] === 1 && ((gaps[i - 1] ?? 0) > 0 || (gaps[i + 1] ?? 0) > 0))) rows.add(i);
  }
  return rows;
}

/** The cells of a table row. */
export function cells(row: string): string[] {
  return row.trim().split(COLUMN_GAP).map((c) => c.trim()).filter(Boolean);
}
