import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { claimView } from "@/lib/claims/queries";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";

/** One claim in full: figures, evidence, sources, findings (the workspace loads it when a claim is opened). */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const { id } = await params;
  const view = await claimView(id);
  if (!view) throw notFound("claim.gone");
  return NextResponse.json({ data: view }, { headers: { "cache-control": "no-store" } });
});
