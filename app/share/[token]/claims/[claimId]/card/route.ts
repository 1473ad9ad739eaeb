import { db } from "@/lib/db";
import { cardQuerySchema, cardResponse, publishedClaimCard } from "@/lib/cards/load";
import { notFound } from "@/lib/errors";
import { throttledError } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/response";
import { publicBaseUrl } from "@/lib/reports/params";
import { openRequestedShareLink } from "@/lib/tokens/share-request";

type Params = { params: Promise<{ token: string; claimId: string }> };

/** The share card of a published claim, for anyone holding a live share link (and social networks' crawlers). */
export const GET = route(async (request: Request, { params }: Params) => {
  const { token, claimId } = await params;
  const query = cardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const opened = await openRequestedShareLink(token);
  if (opened && "retryInMinutes" in opened) throw throttledError(new Date(Date.now() + opened.retryInMinutes * 60_000));
  const baseUrl = await publicBaseUrl();
  const png = opened && (await publishedClaimCard(db, opened.bulletinId, claimId, { ...query, baseUrl, reportUrl: `${baseUrl}/share/${token}` }));
  if (!png) throw notFound("card.noPublishedClaim");
  return cardResponse(png, "public");
});
