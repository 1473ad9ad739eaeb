import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/session";
import { route } from "@/lib/http/response";
import { notificationsOf } from "@/lib/notifications/queries";

const query = z.object({ since: z.iso.datetime().optional() });

/** The signed-in user's notifications and unread count; `since` answers only newer ones (the bell polls it). */
export const GET = route(async (request: Request) => {
  const user = await requireApiUser();
  const { since } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await notificationsOf(db, user.id, since ? new Date(since) : undefined));
});
