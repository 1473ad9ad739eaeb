import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { writeRoute } from "@/lib/http/write-route";
import { attachSourceFromRequest } from "@/lib/sources/attach-request";

/** Attaches a source to the claim: an existing one, a URL fetched by the server, pasted text or a file. */
export const POST = writeRoute<{ id: string }>(async ({ user, body, params, key }) => {
  const result = await attachSourceFromRequest(db, user, { claimId: params.id }, body, key);
  return NextResponse.json({ data: result }, { status: result.created ? 201 : 200 });
});
