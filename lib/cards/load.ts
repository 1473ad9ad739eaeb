import { z } from "zod";
import type { Db } from "@/lib/db";
import { isPublished, loadPublicClaim } from "@/lib/reports/public";
import { cardContent, renderCard } from "./render";
import { CARD_SIZES } from "./share-card";

/** `?size=landscape|square&lang=zh|en`: strict, so a bad value gets a 400 naming the valid ones. */
export const cardQuerySchema = z.object({
  size: z.enum(Object.keys(CARD_SIZES) as ["landscape", "square"], { error: "size must be landscape (1200 × 675) or square (1080 × 1080)." }).default("landscape"),
  lang: z.enum(["zh", "en"], { error: "lang must be zh or en." }).optional(),
});
export type CardQuery = z.infer<typeof cardQuerySchema>;

/** The share card of a published claim of this bulletin as a PNG; null when the claim is not public. */
export async function publishedClaimCard(
  client: Db,
  bulletinId: string,
  claimId: string,
  options: { baseUrl: string; reportUrl: string } & CardQuery,
): Promise<Buffer | null> {
  const found = await loadPublicClaim(client, bulletinId, claimId, options);
  if (!found || !isPublished(found.claim)) return null;
  return renderCard(cardContent(found.bulletin, found.claim, options.size, options.lang));
}

/** The bulletin a claim belongs to, for routes that know only the claim. */
export async function bulletinOfClaim(client: Db, claimId: string): Promise<string | null> {
  return (await client.claim.findUnique({ where: { id: claimId }, select: { bulletinId: true } }))?.bulletinId ?? null;
}

/** A card as a response; kept only briefly, since the claim can be unpublished. */
export function cardResponse(png: Buffer, audience: "public" | "internal"): Response {
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": "image/png",
      "cache-control": audience === "public" ? "public, max-age=300" : "private, max-age=60",
      "x-content-type-options": "nosniff",
    },
  });
}
