import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** The process is up and answering (for a load balancer's liveness check; no database involved). */
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
