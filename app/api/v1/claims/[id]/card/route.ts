import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/session";
import { canExportReports } from "@/lib/auth/permissions";
import { bulletinOfClaim, cardQuerySchema, cardResponse, publishedClaimCard } from "@/lib/cards/load";
import { forbidden, notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { publicBaseUrl } from "@/lib/reports/params";

/** The share card of a published claim, for those who may export reports: `?size=landscape|square&lang=zh|en`. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  if (!canExportReports(user)) throw forbidden();
  const { id } = await params;
  const query = cardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bulletinId = await bulletinOfClaim(db, id);
  const baseUrl = await publicBaseUrl();
  const png = bulletinId && (await publishedClaimCard(db, bulletinId, id, { ...query, baseUrl, reportUrl: `${baseUrl}/bulletins/${bulletinId}/report` }));
  if (!png) throw notFound("card.notPublished");
  return cardResponse(png, "internal");
});
