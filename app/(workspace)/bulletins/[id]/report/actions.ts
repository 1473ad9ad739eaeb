"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { jsonAction } from "@/lib/actions/safe-action";
import { publishClaims, unpublishClaims } from "@/lib/claims/publish";
import { createShareLink, revokeShareLink } from "@/lib/tokens/share-links";
import { publishAllSchema, publishSchema } from "@/lib/validations/claim";
import { requestKey } from "@/lib/validations/request-key";

export const createShareLinkAction = jsonAction(z.object({ bulletinId: z.string().min(1), requestKey }), (user, input) =>
  createShareLink(db, user, input.bulletinId, input.requestKey),
);

export const revokeShareLinkAction = jsonAction(z.object({ linkId: z.string().min(1) }), async (user, input) => {
  await revokeShareLink(db, user, input.linkId);
  return null;
});

// Each checks canPublishClaims on the server (in lib/claims/publish.ts) before touching a claim.
export const publishClaimsAction = jsonAction(publishSchema, (user, input) =>
  publishClaims(db, user, { bulletinId: input.bulletinId, claims: input.claims }),
);

export const publishAllVerifiedAction = jsonAction(publishAllSchema, (user, input) =>
  publishClaims(db, user, { bulletinId: input.bulletinId, allVerified: true }),
);

export const unpublishClaimsAction = jsonAction(publishSchema, (user, input) => unpublishClaims(db, user, input.bulletinId, input.claims));
