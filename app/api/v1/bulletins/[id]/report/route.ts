import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/session";
import { canExportReports } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import { exportReport } from "@/lib/export";
import { route } from "@/lib/http/response";
import { loadReport } from "@/lib/reports/load";
import { publicBaseUrl } from "@/lib/reports/params";
import { toReadableStream } from "@/lib/reports/stream";
import { z } from "zod";

const query = z.object({
  scope: z.enum(["verified", "all"], { error: "scope must be verified or all." }).default("verified"),
  verdict: z.enum(["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"]).optional(),
});

/** The report as JSON (the same document as the JSON export, without history), streamed. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  // The same permission as the export: this is the JSON export under another name.
  if (!canExportReports(user)) throw forbidden("Only an editor can read or export reports.");
  const { id } = await params;
  const scope = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const report = await loadReport(db, id, scope, { baseUrl: await publicBaseUrl() });
  if (!report) throw notFound("No bulletin has this id.");
  return new Response(toReadableStream(exportReport(report, "json").chunks), {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
});
