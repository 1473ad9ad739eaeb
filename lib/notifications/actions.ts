"use server";

import { db } from "@/lib/db";
import { jsonAction } from "@/lib/actions/safe-action";
import { markRead } from "@/lib/notifications/queries";
import { markReadSchema } from "@/lib/validations/claim";

/** Marks the signed-in user's notifications read (those listed, or all): only their own. */
export const markNotificationsReadAction = jsonAction(markReadSchema, async (user, input) => ({ marked: await markRead(db, user.id, input.ids) }));
