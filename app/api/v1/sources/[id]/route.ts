import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { sourceWithSnapshot } from "@/lib/sources/queries";

/** A source with the text of its newest snapshot. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const source = await sourceWithSnapshot((await params).id);
  if (!source) throw notFound("source.gone");
  return NextResponse.json({ data: source });
});
