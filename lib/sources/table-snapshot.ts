import { z } from "zod";
import { readTable, type Table } from "@/lib/evidence";

const gridSchema = z.object({
  format: z.enum(["csv", "xlsx"]),
  sheets: z.array(z.object({ name: z.string(), rows: z.array(z.array(z.string().nullable())) })),
});

/**
 * The Table of a snapshot stored with its grid, or null for a text snapshot. A grid that no longer
 * renders to the snapshot's text (edited by hand) is read as text, so offsets never point astray.
 */
export function tableOfSnapshot(snapshot: { text: string; tableGrid: string | null }): Table | null {
  if (!snapshot.tableGrid) return null;
  let json: unknown;
  try {
    json = JSON.parse(snapshot.tableGrid);
  } catch {
    return null;
  }
  const grid = gridSchema.safeParse(json);
  if (!grid.success) return null;
  const table = readTable(grid.data);
  return table.text === snapshot.text ? table : null;
}
