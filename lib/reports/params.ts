import { headers } from "next/headers";
import { z } from "zod";
import { requestOrigin } from "@/lib/http/origin";
import { env } from "@/lib/config/env";
import { EXPORT_FORMATS } from "@/lib/export/model";
import type { ReportScope } from "./load";

const VERDICTS = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"] as const;

/** Report filters from a page's query string; anything unknown falls back to the default view. */
export const reportScopeSchema = z.object({
  scope: z.enum(["verified", "all"]).catch("verified"),
  verdict: z.enum(VERDICTS).optional().catch(undefined),
});

/** The API's query: strict, so a bad parameter gets a 400 that lists what is valid. */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `Unknown format. Valid formats: ${EXPORT_FORMATS.join(", ")}.` }),
  scope: z.enum(["verified", "all"], { error: "scope must be verified or all." }).default("verified"),
  verdict: z.enum(VERDICTS, { error: `verdict must be one of ${VERDICTS.join(", ")}.` }).optional(),
});

export function scopeOf(params: Record<string, string | string[] | undefined>): ReportScope {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { scope, verdict } = reportScopeSchema.parse(flat);
  return { scope, verdict };
}

/** The app's public origin: NEXTAUTH_URL when set, else the request's own host. */
export async function publicBaseUrl(): Promise<string> {
  return requestOrigin(await headers(), env().NEXTAUTH_URL, `localhost:${env().PORT}`);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
