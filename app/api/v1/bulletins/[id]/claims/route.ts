import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { bulletinVersion } from "@/lib/bulletins/queries";
import { claimViewsOfBulletin } from "@/lib/claims/queries";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";

/** Every claim of a bulletin with its figures, evidence, sources and status. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const { id } = await params;
  if ((await bulletinVersion(id)) === null) throw notFound("bulletin.noSuchId");
  return NextResponse.json({ data: await claimViewsOfBulletin(id) });
});
