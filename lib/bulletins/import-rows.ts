import { randomUUID } from "node:crypto";
import { bulkInsert } from "@/lib/db/bulk";
import { analyseBulletin, cleanText, detectLanguage, type CleaningChange, type Claim } from "@/lib/engine";
import { figureData } from "@/lib/claims/figures";
import { textHash } from "./duplicates";
import type { CreateBulletinInput } from "@/lib/validations/bulletin";

// The heavy half of an import, run in a worker thread: the engine, then every row in one bulk
// write. It takes only plain data (no client, no session): the caller checked the permission.

const KIND = { statistic: "STATISTIC", quote: "QUOTE", event: "EVENT", other: "OTHER" } as const;

/** What the editor reviews before saving: the cleaned text and every change, each undoable by index. */
export function previewCleaningNow({ originalText, language }: { originalText: string; language: "zh" | "en" | "auto" }) {
  const lang = language === "auto" ? detectLanguage(originalText) : language;
  const result = cleanText(originalText, { simplify: lang === "zh" });
  return {
    language: lang,
    cleanText: result.text,
    changes: result.changes.map((c, index) => ({ index, kind: c.kind, original: c.original, replacement: c.replacement, at: c.at, cleanAt: c.cleanAt })),
  };
}

export type CleaningPreview = ReturnType<typeof previewCleaningNow>;

export function claimRows(bulletinId: string, cleanText: string, claims: Claim[]) {
  const claimData = [];
  const figureRows = [];
  const findingRows = [];
  for (const [index, claim] of claims.entries()) {
    const id = randomUUID();
    claimData.push({
      id,
      bulletinId,
      number: index + 1,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      statement: claim.statement,
      // The sentence a split claim came from, for the reviewer to read it in full.
      context: claim.context ? cleanText.slice(claim.context.start, claim.context.end) : null,
      kind: KIND[claim.kind],
      speaker: claim.speaker ?? null,
      speechVerb: claim.speechVerb ?? null,
      checkworthiness: claim.checkworthiness,
    });
    for (const figure of claim.figures) figureRows.push({ claimId: id, ...figureData(figure) });
    for (const check of claim.checks) {
      findingRows.push({ claimId: id, kind: check.kind, ok: check.ok, details: JSON.stringify(check) });
    }
  }
  return { claimData, figureRows, findingRows };
}

/** The bulletin's own row: the editor's details, the texts and the cleaning changes kept. */
export function bulletinRow(
  id: string,
  importedById: string,
  meta: Pick<CreateBulletinInput, "title" | "publisher" | "publishedOn" | "sourceUrl">,
  text: { language: string; originalText: string; cleanText: string; changes: CleaningChange[] },
  now: Date,
) {
  return {
    id,
    title: meta.title,
    publisher: meta.publisher ?? null,
    publishedOn: meta.publishedOn ? new Date(`${meta.publishedOn}T00:00:00Z`) : null,
    language: text.language,
    sourceUrl: meta.sourceUrl ?? null,
    originalText: text.originalText,
    cleanText: text.cleanText,
    textHash: textHash(text.cleanText),
    cleaningChanges: JSON.stringify(text.changes.map(({ kind, original, replacement, at }) => ({ kind, original, replacement, at }))),
    importedById,
    createdAt: now,
    updatedAt: now,
  };
}

export type ImportJob = { url: string; actorId: string; bulletinId: string; input: CreateBulletinInput; at: string };

/**
 * Creates a bulletin with its claims, figures, consistency findings and audit entry in one
 * transaction. The engine runs again here on the original text, so what is stored never depends on
 * what a browser sent back beyond the editor's choices (metadata and the undone changes).
 */
export async function writeImport({ url, actorId, bulletinId, input, at }: ImportJob): Promise<{ id: string; claims: number }> {
  const language = input.language === "auto" ? detectLanguage(input.originalText) : input.language;
  const result = analyseBulletin(input.originalText, { language, publishedOn: input.publishedOn, rejectedChanges: input.rejectedChanges });
  const { claimData, figureRows, findingRows } = claimRows(bulletinId, result.cleanText, result.claims);
  const now = new Date(at);
  const bulletin = bulletinRow(bulletinId, actorId, input, { language, originalText: input.originalText, cleanText: result.cleanText, changes: result.changes }, now);
  const audit = {
    id: randomUUID(),
    at: now,
    actorId,
    action: "bulletin.import",
    entityType: "Bulletin",
    entityId: bulletinId,
    bulletinId,
    after: JSON.stringify({ title: input.title, claims: claimData.length, figures: figureRows.length, undoneChanges: input.rejectedChanges.length }),
  };
  await bulkInsert(url, [
    { table: "Bulletin", rows: [bulletin] },
    { table: "Claim", rows: claimData.map((c) => ({ ...c, createdAt: now, updatedAt: now })) },
    { table: "Figure", rows: figureRows.map((f) => ({ id: randomUUID(), ...f })) },
    { table: "ConsistencyFinding", rows: findingRows.map((f) => ({ id: randomUUID(), ...f })) },
    { table: "AuditEntry", rows: [audit] },
  ]);
  return { id: bulletinId, claims: claimData.length };
}
