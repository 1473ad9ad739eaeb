import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";

/** The hash of a bulletin's text as a reader sees it: NFKC, whitespace collapsed, so a re-paste matches. */
export function textHash(cleanText: string): string {
  return createHash("sha256").update(cleanText.normalize("NFKC").replace(/\s+/g, " ").trim()).digest("hex");
}

/** A live bulletin with the same text, to warn before it is imported twice. */
export async function findDuplicate(client: Db, cleanText: string): Promise<{ id: string; title: string } | null> {
  return client.bulletin.findFirst({ where: { textHash: textHash(cleanText), deletedAt: null }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
}
