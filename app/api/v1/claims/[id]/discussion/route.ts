import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { claimDiscussion } from "@/lib/claims/queries";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";

/** Comments and the readable history of one claim, loaded when the claim is opened. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const { id } = await params;
  const discussion = await claimDiscussion(id);
  if (!discussion) throw notFound("claim.gone");
  return NextResponse.json(discussion);
});
