import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyseBulletin, type EngineResult } from "@/lib/engine";
import { displayFigureValue } from "@/lib/export/dates";

/** A problem with the user's input: printed as one line, never as a stack trace. */
export class InputError extends Error {}

/** Read a file (or standard input for `-`) as UTF-8 text, refusing binary, empty and non-UTF-8 input. */
export function readBulletin(file: string): string {
  let bytes: Buffer;
  try {
    bytes = file === "-" ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : "cannot read it";
    throw new InputError(`${file}: ${why}`);
  }
  const name = file === "-" ? "standard input" : file;
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  if (bytes.includes(0)) throw new InputError(`${name} looks like a binary file (it contains NUL bytes); give a text file`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8; convert it first (e.g. iconv -f GB18030 -t UTF-8)`);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new InputError(`${name} holds only whitespace`);
  return text;
}

/** The JSON document promised by the issue: offsets are UTF-16 indices into cleanText. */
export function toJson(result: EngineResult): unknown {
  return {
    cleanText: result.cleanText,
    changes: result.changes.map((c) => ({ kind: c.kind, original: c.original, replacement: c.replacement, at: c.at })),
    claims: result.claims.map((c) => ({
      statement: c.statement,
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      checkworthiness: c.checkworthiness,
      ...(c.speaker ? { speaker: c.speaker } : {}),
      figures: c.figures.map((f) => ({
        text: f.text,
        start: f.start,
        end: f.end,
        kind: f.kind,
        // `dozens`, `数十`: no exact value, as the app stores it.
        value: f.vague ? null : f.value,
        ...(f.vague ? { vague: true } : {}),
        ...(f.valueMax !== undefined && !f.vague ? { valueMax: f.valueMax } : {}),
        approx: f.approx,
        unit: f.unit,
        ...(f.currency ? { currency: f.currency } : {}),
        ...(f.inherited ? { inherited: true } : {}),
      })),
      checks: c.checks.map((k) => ({ kind: k.kind, stated: k.stated, listed: k.listed, ok: k.ok, unknown: k.unknown, recognised: k.recognised, mode: k.mode })),
    })),
  };
}

function summary(result: EngineResult): string {
  const lines: string[] = [];
  const byKind = new Map<string, number>();
  for (const c of result.changes) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  lines.push(`Language: ${result.language}   cleaned text: ${result.cleanText.length} characters`);
  lines.push(`Cleaning: ${result.changes.length} change(s)${byKind.size ? " — " + [...byKind].map(([k, n]) => `${k} ×${n}`).join(", ") : ""}`);
  const counts = ["statistic", "quote", "event", "other"].map((k) => `${result.claims.filter((c) => c.kind === k).length} ${k}`);
  lines.push(`Claims: ${result.claims.length} (${counts.join(", ")})`, "");
  const ordered = [...result.claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  for (const c of ordered) {
    const who = c.speaker ? ` [${c.speaker} ${c.speechVerb ?? ""}]` : "";
    lines.push(`${c.checkworthiness.toFixed(2)}  ${c.kind.padEnd(9)}${who} ${c.statement}`);
    for (const f of c.figures) {
      const value = displayFigureValue(f.kind, f.vague ? null : String(f.value), f.valueMax === undefined ? null : String(f.valueMax), result.language);
      const extra = [f.approx !== "exact" ? f.approx : "", f.unit ? `unit ${f.unit}` : "", f.currency ?? "", f.inherited ? "shared context" : ""].filter(Boolean).join(", ");
      lines.push(`        ${f.kind}: ${f.text} = ${value}${extra ? ` (${extra})` : ""}`);
    }
    for (const k of c.checks) {
      lines.push(`        check ${k.ok ? "ok" : "MISMATCH"}: states ${k.stated}, lists ${k.listed} (${k.mode})${k.unknown.length ? `; unrecognised: ${k.unknown.join("、")}` : ""}`);
    }
  }
  return lines.join("\n");
}

export interface ExtractArgs {
  files: string[];
  json: boolean;
  /** One JSON document per line, one line per file. */
  jsonLines: boolean;
  publishedOn?: string;
  language?: "zh" | "en";
}

export function parseExtractArgs(args: string[]): ExtractArgs {
  const out: ExtractArgs = { files: [], json: false, jsonLines: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") out.json = true;
    else if (a === "--jsonl") out.jsonLines = true;
    else if (a === "--published-on" || a === "--date") {
      const v = args[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InputError(`${a} needs a date as YYYY-MM-DD`);
      out.publishedOn = v;
    } else if (a === "--language") {
      const v = args[++i];
      if (v !== "zh" && v !== "en") throw new InputError("--language must be zh or en");
      out.language = v;
    } else if (a.startsWith("--")) throw new InputError(`unknown option ${a}`);
    else out.files.push(a);
  }
  if (out.files.length === 0) throw new InputError("extract needs a FILE, several files or a folder (or - for standard input)");
  if (out.files.length > 1 && out.files.includes("-")) throw new InputError("- (standard input) cannot be mixed with files");
  return out;
}

/** Text files a folder holds, recursively, in name order; hidden files and folders are left out. */
const TEXT_FILE = /\.(?:txt|text|md|markdown)$/i;

function filesIn(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesIn(full));
    else if (entry.isFile() && TEXT_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

function isFolder(file: string): boolean {
  try {
    return file !== "-" && statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `extract FILE`: a summary, or one JSON document with --json. Several files or a folder: JSON
 * Lines, one document per file (`{"file": …, …}`, or `{"file": …, "error": …}` for a file that
 * cannot be read, so one bad file loses nothing of the others), all in one process.
 */
export function runExtract(args: string[], write: (s: string) => void, note: (s: string) => void = () => {}): void {
  const options = parseExtractArgs(args);
  const batch = options.jsonLines || options.files.length > 1 || options.files.some(isFolder);
  const analyse = (file: string) => analyseBulletin(readBulletin(file), { publishedOn: options.publishedOn, language: options.language });
  if (!batch) {
    const result = analyse(options.files[0]);
    write(options.json ? JSON.stringify(toJson(result), null, 2) + "\n" : summary(result) + "\n");
    return;
  }
  const files = options.files.flatMap((f) => (isFolder(f) ? filesIn(f) : [f]));
  if (files.length === 0) throw new InputError(`no text files (.txt, .md) in ${options.files.join(", ")}`);
  let failed = 0;
  for (const file of files) {
    try {
      write(JSON.stringify({ file, ...(toJson(analyse(file)) as object) }) + "\n");
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed++;
      write(JSON.stringify({ file, error: error.message }) + "\n");
    }
  }
  if (failed) throw new InputError(`${failed} of ${files.length} files could not be read (see their "error" lines)`);
  note(`claimdesk extract: ${files.length} files\n`);
}
