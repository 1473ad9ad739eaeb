import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { changesSince } from "@/lib/claims/queries";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";

const query = z.object({ version: z.coerce.number().int().min(0) });

/**
 * The workspace asks this whenever it hears of a change (and every few seconds regardless): an
 * unchanged bulletin answers with its version alone; otherwise with the claims changed, and the
 * ids of claims removed, since the version the workspace holds.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const { id } = await params;
  const { version } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const body = await changesSince(id, version);
  if (!body) throw notFound("bulletin.gone");
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
});
