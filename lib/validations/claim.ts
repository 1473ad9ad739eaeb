import { z } from "zod";
import { VERDICTS } from "@/lib/claims/workflow";
import { bilingual } from "./field-errors";
import { requestKey } from "./request-key";

const id = z.string().min(1).max(64);
const version = z.coerce.number().int().min(1);
export const claimRef = { claimId: id, version };

export const startSchema = z.object(claimRef);

export const proposeSchema = z.object({
  ...claimRef,
  verdict: z.enum(VERDICTS, "Choose a verdict."),
  rationale: z.string().trim().min(1, "Write the rationale for this verdict.").max(10_000, "Keep the rationale under 10,000 characters."),
});

export const approveSchema = z.object(claimRef);

export const sendBackSchema = z.object({
  ...claimRef,
  comment: z.string().trim().min(1, "Say what needs another look.").max(5_000),
});

export const reopenSchema = z.object({ ...claimRef, comment: z.string().trim().max(5_000).optional() });

export const dismissSchema = z.object({
  ...claimRef,
  // A real boolean: coercing would read the string "false" as true.
  dismissed: z.boolean("Say true or false."),
  reason: z.string().trim().max(1_000).optional(),
});

export const assignSchema = z.object({
  claims: z.array(z.object({ id, version })).min(1, bilingual({ en: "Choose at least one claim.", zh: "请至少选择一条声明。" })).max(5_000),
  assigneeId: id.nullable(),
});

export const spanSchema = z
  .object({ ...claimRef, start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1) })
  .refine((v) => v.end > v.start, { message: "The span must not be empty.", path: ["end"] });

export const splitSchema = z.object({ ...claimRef, at: z.coerce.number().int().min(1) });

export const mergeSchema = z.object({
  claims: z.array(z.object({ id, version })).min(2, "Choose at least two claims to merge.").max(50),
});

export const addClaimSchema = z
  .object({ bulletinId: id, start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1), requestKey })
  .refine((v) => v.end > v.start, { message: "Select some text first.", path: ["end"] });

export const commentSchema = z.object({
  claimId: id,
  body: z.string().trim().min(1, "Write a comment first.").max(5_000, "Keep comments under 5,000 characters."),
  requestKey,
});

/** Claims to publish or unpublish, each with the version the editor saw. */
export const publishSchema = z.object({
  bulletinId: id,
  claims: z.array(z.object({ id, version })).min(1, bilingual({ en: "Choose at least one claim.", zh: "请至少选择一条声明。" })).max(5_000),
});

export const publishAllSchema = z.object({ bulletinId: id });
