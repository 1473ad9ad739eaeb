import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { getBulletin } from "@/lib/bulletins/queries";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";

/** One bulletin with its cleaned text and the cleaning changes kept at import. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const bulletin = await getBulletin((await params).id);
  if (!bulletin) throw notFound("bulletin.noSuchId");
  const { cleaningChanges, importedBy, publishedOn, createdAt, ...rest } = bulletin;
  return NextResponse.json({
    data: { ...rest, publishedOn: publishedOn?.toISOString().slice(0, 10) ?? null, importedAt: createdAt.toISOString(), importedBy: importedBy.name, cleaningChanges: JSON.parse(cleaningChanges) },
  });
});
