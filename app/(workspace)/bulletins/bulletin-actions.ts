"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { jsonAction } from "@/lib/actions/safe-action";
import { deleteBulletin, restoreBulletin } from "@/lib/bulletins/delete";
import { deleteBulletinSchema } from "@/lib/validations/bulletin";

export const deleteBulletinAction = jsonAction(deleteBulletinSchema, async (user, input) => {
  await deleteBulletin(db, user, input.bulletinId, input.confirmTitle);
  revalidatePath("/bulletins");
  return null;
});

export const restoreBulletinAction = jsonAction(z.object({ bulletinId: z.string().min(1) }), async (user, input) => {
  await restoreBulletin(db, user, input.bulletinId);
  revalidatePath("/bulletins");
  return null;
});
