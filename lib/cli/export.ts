import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { exportReport } from "@/lib/export";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/export/model";
import { loadReport } from "@/lib/reports/load";
import { InputError } from "./extract";

const OPTIONS = ["--format", "--scope", "--out"] as const;
type Option = (typeof OPTIONS)[number];

/** The bulletin id and each option's value; an unknown option, a missing value or a second id is refused. */
function parseExportArgs(args: string[]): { bulletinId?: string; options: Partial<Record<Option, string>> } {
  const options: Partial<Record<Option, string>> = {};
  let bulletinId: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      if (bulletinId !== undefined) throw new InputError(`unexpected argument ${a}`);
      bulletinId = a;
      continue;
    }
    if (!OPTIONS.includes(a as Option)) throw new InputError(`unknown option ${a}`);
    const value = args[++i];
    if (!value || value.startsWith("--")) throw new InputError(`${a} needs a value`);
    options[a as Option] = value;
  }
  return { bulletinId, options };
}

/** `export BULLETIN_ID --format FORMAT [--scope verified|all] [--out FILE]`, streamed to the file or standard output. */
export async function runExport(args: string[], write: (s: string | Uint8Array) => void, note: (s: string) => void): Promise<void> {
  try {
    await exportTo(args, write, note);
  } finally {
    // PostgreSQL's pool keeps idle connections for 10 s: the command would wait that long to exit.
    await db.$disconnect();
  }
}

async function exportTo(args: string[], write: (s: string | Uint8Array) => void, note: (s: string) => void): Promise<void> {
  const { bulletinId, options } = parseExportArgs(args);
  if (!bulletinId) throw new InputError("give the bulletin's id: export BULLETIN_ID --format md");
  const format = options["--format"];
  if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new InputError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const scope = options["--scope"] ?? "verified";
  if (scope !== "verified" && scope !== "all") throw new InputError("--scope must be verified or all");
  const out = options["--out"];

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
