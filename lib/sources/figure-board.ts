import { db } from "@/lib/db";
import type { FigureResult } from "@/lib/evidence";
import { queueFigureMatching } from "@/lib/jobs/figure-matching";
import { confidenceOf, isSmall, matchingInputs, proposeNow, storedMatching, type MatchingProgress } from "./figure-matching";
import type { Reason } from "@/lib/evidence/why";
import { cellAt } from "@/lib/evidence/table/match-cell";
import type { Table } from "@/lib/evidence/table/model";

export type BoardResult = FigureResult;

export type BoardRow = {
  figureId: string;
  claimId: string;
  claimNumber: number;
  statement: string;
  figureText: string;
  value: string | null;
  check: string;
  result: BoardResult;
  /** Why, in English (the API's), and as data for the reader's language (lib/evidence/why.ts). */
  reason: string;
  why?: Reason;
  /** 0..1: how firmly the proposal rests (a plain match is firmer than a converted or unconfirmed one). */
  confidence: number;
  source?: { id: string; title: string; snapshotId: string; viaBulletin: boolean };
  sourceText?: string;
  sourceValue?: string;
  /** Offsets of the number in the source snapshot, and the passage around it (offsets in the snapshot). */
  start?: number;
  end?: number;
  passage?: { text: string; start: number; end: number };
  /** When the number is a table cell: its header path (`2023年 · 粮食产量(万吨) · 69541`) and RFC 7111 fragment. */
  cell?: { path: string; fragment: string };
};

/**
 * Every figure of a live bulletin (claims not dismissed, in claim order) with its best proposal over
 * the bulletin's sources and its claim's own; null when the bulletin is gone. Nothing is written
 * here but a queued job. Proposals are read from those stored by the background job when current;
 * otherwise matching is queued and a small bulletin is matched within the request (a few ms) while
 * a large one shows its older proposals, those whose source snapshot is still the newest, with the
 * job's progress.
 */
export async function figureBoard(bulletinId: string): Promise<{ rows: BoardRow[]; sources: { id: string; title: string }[]; matching: MatchingProgress | null } | null> {
  const bulletin = await db.bulletin.findFirst({ where: { id: bulletinId, deletedAt: null }, select: { id: true } });
  if (!bulletin) return null;
  const [inputs, stored] = await Promise.all([matchingInputs(db, bulletinId), storedMatching(db, bulletinId)]);
  const { figures, sources: matching } = inputs;
  const byId = new Map(matching.texts.map((s) => [s.id, s]));
  let proposals = stored.proposals;
  let progress: MatchingProgress | null = null;
  if (stored.state?.matchedVersion !== inputs.version) {
    const queued = await queueFigureMatching(db, bulletinId, inputs);
    if (!queued || isSmall(inputs)) proposals = proposeNow(inputs);
    else {
      const current = (await storedMatching(db, bulletinId)).state;
      progress = { sourcesRead: current?.sourcesRead ?? 0, sourcesTotal: current?.sourcesTotal ?? matching.texts.length, figuresDone: current?.figuresDone ?? 0, figuresTotal: current?.figuresTotal ?? inputs.checkable.length };
    }
  }
  const own = new Set(matching.bulletinSourceIds);
  const rows = figures.map((f): BoardRow => {
    const match = f.value !== null ? proposals.get(f.id) : undefined;
    const found = match?.sourceId && match.result !== "not-found" ? byId.get(match.sourceId) : undefined;
    // A stored proposal from a snapshot since replaced is shown as nothing found until the job ends.
    const source = found && (match?.snapshotId === undefined || match.snapshotId === found.snapshotId) ? found : undefined;
    const result = source ? match!.result : "not-found";
    return {
      figureId: f.id, claimId: f.claimId, claimNumber: f.claim.number, statement: f.claim.statement, figureText: f.text, value: f.value, check: f.check,
      result, reason: match?.reason ?? "", ...(match ? { why: match.why } : {}), confidence: match && source ? confidenceOf(result, match.flags) : 0,
      ...(source && match ? {
        source: { id: source.id, title: source.title, snapshotId: source.snapshotId, viaBulletin: own.has(source.id) },
        sourceText: match.sourceText, sourceValue: match.sourceValue, start: match.start, end: match.end,
        passage: match.passage ? { text: source.text.slice(match.passage.start, match.passage.end), start: match.passage.start, end: match.passage.end } : undefined,
        ...cellOf(source, match.start, match.end),
      } : {}),
    };
  });
  return { rows, sources: matching.texts.map((s) => ({ id: s.id, title: s.title })), matching: progress };
}

/** The table cell a source number is, with the headers it is read under. */
function cellOf(source: { table?: Table | null }, start?: number, end?: number): { cell?: BoardRow["cell"] } {
  if (!source.table || start === undefined || end === undefined) return {};
  const cell = cellAt(source.table, start, end);
  return cell ? { cell: { path: cell.path, fragment: cell.fragment } } : {};
}
