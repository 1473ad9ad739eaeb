import { db } from "@/lib/db";
import { proposeBulletinFigures, type BulletinFigure } from "@/lib/evidence/bulletin-proposals";
import type { FigureResult } from "@/lib/evidence";
import { engineFigure } from "./figure-proposal";
import { bulletinMatchingSources } from "./queries";

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
  reason: string;
  /** 0..1: how firmly the proposal rests (a plain match is firmer than a converted or unconfirmed one). */
  confidence: number;
  source?: { id: string; title: string; snapshotId: string; viaBulletin: boolean };
  sourceText?: string;
  sourceValue?: string;
  /** Offsets of the number in the source snapshot, and the passage around it (offsets in the snapshot). */
  start?: number;
  end?: number;
  passage?: { text: string; start: number; end: number };
};

const FIRMNESS: Record<FigureResult, number> = { matches: 1, "within-rounding": 0.8, differs: 0.6, "not-found": 0 };

/**
 * Every figure of a live bulletin (claims not dismissed, in claim order) with its best proposal over
 * the bulletin's sources and its claim's own; null when the bulletin is gone. Nothing is written.
 */
export async function figureBoard(bulletinId: string): Promise<{ rows: BoardRow[]; sources: { id: string; title: string }[] } | null> {
  const bulletin = await db.bulletin.findFirst({ where: { id: bulletinId, deletedAt: null }, select: { id: true } });
  if (!bulletin) return null;
  const [figures, matching] = await Promise.all([
    db.figure.findMany({
      where: { claim: { bulletinId, dismissed: false } },
      orderBy: [{ claim: { number: "asc" } }, { start: "asc" }],
      include: { claim: { select: { id: true, number: true, statement: true } } },
    }),
    bulletinMatchingSources(bulletinId),
  ]);
  const checkable = figures.filter((f) => f.value !== null);
  const inputs: BulletinFigure[] = checkable.map((f) => ({ id: f.id, claimId: f.claimId, figure: engineFigure({ ...f, value: f.value! }), context: f.claim.statement }));
  const proposals = new Map(proposeBulletinFigures(inputs, matching.texts, matching).map((p) => [p.figureId, p.match]));
  const byId = new Map(matching.texts.map((s) => [s.id, s]));
  const own = new Set(matching.bulletinSourceIds);
  const rows = figures.map((f): BoardRow => {
    const match = proposals.get(f.id);
    const source = match?.sourceId && match.result !== "not-found" ? byId.get(match.sourceId) : undefined;
    const result = source ? match!.result : "not-found";
    return {
      figureId: f.id, claimId: f.claimId, claimNumber: f.claim.number, statement: f.claim.statement, figureText: f.text, value: f.value, check: f.check,
      result, reason: match?.reason ?? "", confidence: match && source ? Math.max(0, FIRMNESS[result] - 0.1 * match.flags.length) : 0,
      ...(source && match ? {
        source: { id: source.id, title: source.title, snapshotId: source.snapshotId, viaBulletin: own.has(source.id) },
        sourceText: match.sourceText, sourceValue: match.sourceValue, start: match.start, end: match.end,
        passage: match.passage ? { text: source.text.slice(match.passage.start, match.passage.end), start: match.passage.start, end: match.passage.end } : undefined,
      } : {}),
    };
  });
  return { rows, sources: matching.texts.map((s) => ({ id: s.id, title: s.title })) };
}
