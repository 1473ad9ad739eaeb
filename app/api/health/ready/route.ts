import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { readiness } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Ready for traffic: the database answers and is fully migrated (503 otherwise, and while shutting down). */
export async function GET() {
  const state = await readiness(db);
  return NextResponse.json(state, { status: state.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
