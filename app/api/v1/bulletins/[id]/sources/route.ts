import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { writeRoute } from "@/lib/http/write-route";
import { attachSourceFromRequest } from "@/lib/sources/attach-request";

/** Attaches a source to the whole bulletin (matched against every figure of it): an existing one, a URL, text or a file. */
export const POST = writeRoute<{ id: string }>(async ({ user, body, params, key }) => {
  const result = await attachSourceFromRequest(db, user, { bulletinId: params.id }, body, key);
  return NextResponse.json({ data: result }, { status: result.created ? 201 : 200 });
});
