import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/session";
import { canExportReports } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import { contentDisposition, exportFileName, exportReport } from "@/lib/export";
import { route } from "@/lib/http/response";
import { loadReport } from "@/lib/reports/load";
import { exportQuerySchema, publicBaseUrl } from "@/lib/reports/params";
import { toReadableStream } from "@/lib/reports/stream";

/** The report in one format, streamed: `?format=md|html|xlsx|csv|figures-csv|json|claimreview|annotations&scope=verified|all&verdict=…`. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  if (!canExportReports(user)) throw forbidden("export.onlyEditor");
  const { id } = await params;
  const query = exportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const report = await loadReport(db, id, { scope: query.scope, verdict: query.verdict }, { baseUrl: await publicBaseUrl(), withHistory: query.format === "json" });
  if (!report) throw notFound("bulletin.noSuchId");
  const { contentType, fileSuffix, chunks } = exportReport(report, query.format);
  return new Response(toReadableStream(chunks), {
    headers: {
      "content-type": contentType,
      "content-disposition": contentDisposition(exportFileName(report.bulletin, fileSuffix)),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
