import { expect } from "vitest";
import { analyseBulletin } from "@/lib/engine";

export type Row = [text: string, statements: string[]];

/** A bulletin's analysis, each claim's text checked against its span of the cleaned text. */
export function read(text: string) {
  const r = analyseBulletin(text, { publishedOn: "2025-09-20" });
  for (const c of r.claims) expect(r.cleanText.slice(c.start, c.end)).toBe(c.text);
  return r;
}

/** The claims' statements without their final stop. */
export const statementsOf = (text: string) => read(text).claims.map((c) => c.statement.replace(/[.。]$/, ""));
