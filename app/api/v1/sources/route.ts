import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { route } from "@/lib/http/response";
import { searchSources } from "@/lib/sources/queries";

const query = z.object({ q: z.string().max(200).default(""), bulletinId: z.string().max(64).optional() });

/** The source library, searchable by title, publisher and URL. */
export const GET = route(async (request: Request) => {
  await requireApiUser();
  const { q, bulletinId } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ data: await searchSources(q, bulletinId) });
});
