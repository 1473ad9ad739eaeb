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

/**
 * The best proposal for every figure of a bulletin over the bulletin's sources and its claim's own.
 * Each source is read (its numbers indexed) once, whatever the number of figures; the source objects
 * are passed on as they came, only their text replaced by its prepared reading.
 */
export function proposeBulletinFigures<S extends { id: string; text: string }>(
  figures: BulletinFigure[], sources: S[], of: SourcesOfBulletin, options?: MatchOptions,
): BulletinProposal[] {
  const prepared = new Map<string, Omit<S, "text"> & { text: PreparedSource }>();
  for (const source of sources) if (!prepared.has(source.id)) prepared.set(source.id, { ...source, text: prepareSource(source.text, options) });
  const listFor = new Map<string, (Omit<S, "text"> & { text: PreparedSource })[]>();
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
