import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { displayDate } from "@/lib/export/dates";
import { reportLabels, reportLanguage } from "@/lib/export/labels";
import type { PublishedClaim } from "@/lib/reports/published";
import type { ReportBulletin } from "@/lib/export/model";
import { fontsFor } from "./fonts";
import { CARD_SIZES, clip, ShareCard, type CardContent, type CardSize } from "./share-card";

// satori lays the card out with the project's own font and resvg paints it. Next's ImageResponse
// would do the same, but it downloads fonts and emoji from the web for characters its fonts lack;
// a card must never wait on the network, so a character the font lacks is simply left out.

/** Width budgets (see clip): what fits the statement's lines and the source line at their sizes. */
const BUDGET: Record<CardSize, { statement: number; source: number }> = {
  landscape: { statement: 160, source: 70 },
  square: { statement: 200, source: 56 },
};

/** What a card says, in `language` (the bulletin's unless the reader chose another). */
export function cardContent(bulletin: ReportBulletin, claim: PublishedClaim, size: CardSize, language = bulletin.language): CardContent {
  const lang = reportLanguage(language);
  const l = reportLabels(lang);
  const source = [bulletin.title, bulletin.publisher].filter(Boolean).join(" · ");
  return {
    size,
    kicker: l.factCheck,
    organisation: bulletin.organisation.name,
    statement: clip(claim.statement, BUDGET[size].statement),
    verdict: claim.verdict,
    verdictLabel: l.verdicts[claim.verdict],
    verdictHeading: l.verdict,
    sourceLine: clip(`${l.claimMadeIn}${source}`, BUDGET[size].source),
    date: displayDate(claim.publishedAt.slice(0, 10), lang),
  };
}

/** The card as a PNG of exactly the size's pixels. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const { width, height } = CARD_SIZES[content.size];
  const text = Object.values(content).join("") + "“”…·: ";
  const fonts = [...fontsFor(text, 400), ...fontsFor(text, 700)];
  const svg = await satori(ShareCard(content), { width, height, fonts });
  return new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } }).render().asPng();
}
