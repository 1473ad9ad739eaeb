import type { Figure } from "../engine";
import { checkFigureAgainstSources, prepareSource, type FigureMatch, type MatchOptions, type PreparedSource } from "./match-figure";

/** A figure of the bulletin, with the claim it belongs to and that claim's statement (its context). */
export interface BulletinFigure {
  id: string;
  claimId: string;
  figure: Figure;
  context: string;
}

/** Which sources each figure is matched against: the bulletin's own, plus its claim's. */
export interface SourcesOfBulletin {
  bulletinSourceIds: string[];
  claimSources: Map<string, string[]>;
}

export type BulletinProposal = { figureId: string; claimId: string; match: FigureMatch & { sourceId?: string } };

export type PreparedBulletinSource<S extends { id: string; text: string }> = Omit<S, "text"> & { text: PreparedSource };

/** A source read once for all of a bulletin's figures: the object passed on as it came, its text replaced by its prepared reading. */
export const prepareBulletinSource = <S extends { id: string; text: string }>(source: S, options?: MatchOptions): PreparedBulletinSource<S> => ({ ...source, text: prepareSource(source.text, options) });

/**
 * The best proposal for every figure of a bulletin over the bulletin's sources and its claim's own.
 * Each source is read (its numbers indexed) once, whatever the number of figures.
 */
export function proposeBulletinFigures<S extends { id: string; text: string }>(
  figures: BulletinFigure[], sources: S[], of: SourcesOfBulletin, options?: MatchOptions,
): BulletinProposal[] {
  const prepared = new Map<string, PreparedBulletinSource<S>>();
  for (const source of sources) if (!prepared.has(source.id)) prepared.set(source.id, prepareBulletinSource(source, options));
  return proposeOverPrepared(figures, prepared, of, options);
}

/** proposeBulletinFigures over sources read already (the background job reads them one at a time, and matches the figures in chunks). */
export function proposeOverPrepared<P extends { id: string; text: PreparedSource }>(
  figures: BulletinFigure[], prepared: Map<string, P>, of: SourcesOfBulletin, options?: MatchOptions,
): BulletinProposal[] {
  const listFor = new Map<string, P[]>();
  const sourcesOf = (claimId: string) => {
    let list = listFor.get(claimId);
    if (!list) {
      const ids = new Set([...of.bulletinSourceIds, ...(of.claimSources.get(claimId) ?? [])]);
      list = [...ids].flatMap((id) => prepared.get(id) ?? []);
      listFor.set(claimId, list);
    }
    return list;
  };
  return figures.map((f) => ({ figureId: f.id, claimId: f.claimId, match: checkFigureAgainstSources(f.figure, f.context, sourcesOf(f.claimId), options) }));
}

/** Where a stepped matching stands. */
export type MatchingProgress = { sourcesRead: number; sourcesTotal: number; figuresDone: number; figuresTotal: number };

/** Figure × source comparisons between two yields to the event loop: about 10 ms of work on this machine. */
const CHUNK_PAIRS = 200;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** proposeBulletinFigures cut in steps, a source read or a chunk of figures each, with the event loop let go between them. */
export async function proposeInSteps<S extends { id: string; text: string }>(
  figures: BulletinFigure[], sources: S[], of: SourcesOfBulletin, progress: (done: Partial<Pick<MatchingProgress, "sourcesRead" | "figuresDone">>) => Promise<void> = async () => {},
): Promise<BulletinProposal[]> {
  const prepared = new Map<string, PreparedBulletinSource<S>>();
  for (const s of sources) {
    if (!prepared.has(s.id)) prepared.set(s.id, prepareBulletinSource(s));
    await progress({ sourcesRead: prepared.size });
    await yieldToOthers();
  }
  const proposals: BulletinProposal[] = [];
  const chunk = Math.max(1, Math.floor(CHUNK_PAIRS / Math.max(1, prepared.size)));
  for (let at = 0, step = 0; at < figures.length; at += chunk, step++) {
    proposals.push(...proposeOverPrepared(figures.slice(at, at + chunk), prepared, of));
    if (step % 20 === 19) await progress({ figuresDone: proposals.length });
    await yieldToOthers();
  }
  return proposals;
}
