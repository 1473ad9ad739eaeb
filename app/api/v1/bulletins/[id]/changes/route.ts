import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { bulletinVersion } from "@/lib/bulletins/queries";
import { claimChanges } from "@/lib/claims/queries";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";

const query = z.object({ version: z.coerce.number().int().min(0), since: z.iso.datetime() });

/**
 * The workspace polls this every few seconds: an unchanged bulletin version answers at once with
 * nothing; otherwise the claims changed since `since` and the ids of all claims (to drop merged ones).
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  // The next poll asks from a little before now, so a write committing during this read is not missed.
  const at = new Date(Date.now() - 5_000).toISOString();
  const { id } = await params;
  const { version, since } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const current = await bulletinVersion(id);
  if (current === null) throw notFound("bulletin.gone");
  if (current === version) return NextResponse.json({ version: current, changed: false, at: since });
  const changes = await claimChanges(id, new Date(since));
  return NextResponse.json({ version: current, changed: true, at, ...changes });
});
