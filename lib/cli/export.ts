import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { exportReport } from "@/lib/export";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/export/model";
import { loadReport } from "@/lib/reports/load";
import { InputError } from "./extract";

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith("--")) throw new InputError(`${name} needs a value`);
  return value;
}

/** `export BULLETIN_ID --format FORMAT [--scope verified|all] [--out FILE]`, streamed to the file or standard output. */
export async function runExport(args: string[], write: (s: string | Uint8Array) => void, note: (s: string) => void): Promise<void> {
  const bulletinId = args.find((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1].startsWith("--")));
  if (!bulletinId) throw new InputError("give the bulletin's id: export BULLETIN_ID --format md");
  const format = option(args, "--format");
  if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new InputError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const scope = option(args, "--scope") ?? "verified";
  if (scope !== "verified" && scope !== "all") throw new InputError("--scope must be verified or all");
  const out = option(args, "--out");

  const baseUrl = (env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, "");
  const report = await loadReport(db, bulletinId, { scope }, { baseUrl, withHistory: format === "json" });
  if (!report) throw new InputError(`no bulletin has the id ${bulletinId}`);
  const { chunks } = exportReport(report, format as ExportFormat);

  if (!out) {
    for await (const chunk of chunks) write(chunk);
    return;
  }
  const file = createWriteStream(out);
  try {
    for await (const chunk of chunks) if (!file.write(chunk)) await once(file, "drain");
  } finally {
    file.end();
    await once(file, "close");
  }
  note(`Wrote the ${format} report of ${report.bulletin.summary.total} claims to ${out}\n`);
}
