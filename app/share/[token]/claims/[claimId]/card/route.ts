import { db } from "@/lib/db";
import { cardQuerySchema, cardResponse, publishedClaimCard } from "@/lib/cards/load";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { publicBaseUrl } from "@/lib/reports/params";
import { bulletinForShare } from "@/lib/tokens/share-links";

type Params = { params: Promise<{ token: string; claimId: string }> };

/** The share card of a published claim, for anyone holding a live share link (and social networks' crawlers). */
export const GET = route(async (request: Request, { params }: Params) => {
  const { token, claimId } = await params;
  const query = cardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bulletinId = await bulletinForShare(db, token);
  const baseUrl = await publicBaseUrl();
  const png = bulletinId && (await publishedClaimCard(db, bulletinId, claimId, { ...query, baseUrl, reportUrl: `${baseUrl}/share/${token}` }));
  if (!png) throw notFound("There is no published claim here.");
  return cardResponse(png, "public");
});
