import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { FigureBoard } from "@/components/board/figure-board";
import { FigureBoardTable } from "@/components/board/figure-board-table";
import { MatchingProgress } from "@/components/board/matching-progress";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { canCheckFiguresOnBoard, canReadFigureBoard } from "@/lib/auth/permissions";
import { boardClaims } from "@/lib/claims/queries";
import { bulletinTitle } from "@/lib/bulletins/queries";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";
import { IntlMessageFormat } from "intl-messageformat";
import { figureBoard } from "@/lib/sources/figure-board";
import { boardFiltersSchema } from "@/lib/validations/board";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const b = catalogue[await getLocale()].board;
  const title = (await getCurrentUser()) ? await bulletinTitle((await params).id) : null;
  return { title: title ? `${b.title}: ${title}` : b.title };
}

const RESULTS = ["matches", "within-rounding", "differs", "not-found"] as const;

export default async function FigureBoardPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!canReadFigureBoard(user)) forbidden();
  const { id } = await params;
  const [board, title, locale, claims] = await Promise.all([figureBoard(id), bulletinTitle(id), getLocale(), boardClaims(id)]);
  if (!board || !title) notFound();
  const m = catalogue[locale].board;
  const w = catalogue[locale].workspace;
  const verdicts = { ACCURATE: w.verdictACCURATE, MOSTLY_ACCURATE: w.verdictMOSTLY_ACCURATE, MISLEADING: w.verdictMISLEADING, INACCURATE: w.verdictINACCURATE, UNVERIFIABLE: w.verdictUNVERIFIABLE };
  const filters = boardFiltersSchema.parse(await searchParams);
  const shown = board.rows
    .filter((r) => (!filters.result || r.result === filters.result) && (!filters.source || r.source?.id === filters.source))
    .sort((a, b) => (filters.sort === "confidence" ? b.confidence - a.confidence : 0) || a.claimNumber - b.claimNumber);
  const counts = new IntlMessageFormat(m.counts, locale).format({ shown: shown.length, total: board.rows.length }) as string;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{m.title}: {title}</h1>
          <p className="lead">{m.lead}</p>
        </div>
        <Link href={`/bulletins/${id}`} className="button secondary small">{m.back}</Link>
      </div>
      {board.sources.length === 0 && <p className="alert info" role="status">{m.noSources}</p>}
      <MatchingProgress progress={board.matching} m={m} locale={locale} />
      <form className="board-filters inline-form" method="get">
        <label>{m.result}{" "}
          <select name="result" defaultValue={filters.result ?? ""}>
            <option value="">{m.all}</option>
            {RESULTS.map((r) => <option key={r} value={r}>{m.results[r]}</option>)}
          </select>
        </label>
        <label>{m.source}{" "}
          <select name="source" defaultValue={filters.source ?? ""}>
            <option value="">{m.all}</option>
            {board.sources.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
          </select>
        </label>
        <label>{m.sort}{" "}
          <select name="sort" defaultValue={filters.sort}>
            <option value="claim">{m.byClaim}</option>
            <option value="confidence">{m.byConfidence}</option>
          </select>
        </label>
        <button type="submit" className="button secondary small">{m.apply}</button>
        <span className="muted small" role="status">{counts}</span>
      </form>
      {shown.length === 0 ? <p className="muted">{m.empty}</p>
        : canCheckFiguresOnBoard(user) ? <FigureBoard key={shown.map((r) => r.figureId).join()} bulletinId={id} rows={shown} allRows={board.rows} claims={claims} m={m} verdicts={verdicts} locale={locale} />
        : <FigureBoardTable rows={shown} m={m} locale={locale} />}
    </>
  );
}
