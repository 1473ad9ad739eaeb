"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { jsonAction } from "@/lib/actions/safe-action";
import { createShareLink, revokeShareLink } from "@/lib/tokens/share-links";
import { requestKey } from "@/lib/validations/request-key";

export const createShareLinkAction = jsonAction(z.object({ bulletinId: z.string().min(1), requestKey }), (user, input) =>
  createShareLink(db, user, input.bulletinId, input.requestKey),
);

export const revokeShareLinkAction = jsonAction(z.object({ linkId: z.string().min(1) }), async (user, input) => {
  await revokeShareLink(db, user, input.linkId);
  return null;
});
