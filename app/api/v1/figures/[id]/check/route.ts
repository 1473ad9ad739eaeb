import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { checkFigureFromRequest } from "@/lib/claims/figure-check-request";
import { writeRoute } from "@/lib/http/write-route";

/** Records a figure's check: the app's proposal accepted (with its evidence), or a result set by the caller. */
export const POST = writeRoute<{ id: string }>(async ({ user, body, params, key }) => {
  return NextResponse.json({ data: await checkFigureFromRequest(db, user, params.id, body, key) });
});
