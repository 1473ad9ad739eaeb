import { z } from "zod";
import { VERDICTS } from "@/lib/claims/workflow";

const id = z.string().min(1).max(64);
const version = z.coerce.number().int().min(1);
export const claimRef = { claimId: id, version };

export const startSchema = z.object(claimRef);

export const proposeSchema = z.object({
  ...claimRef,
  verdict: z.enum(VERDICTS, "validation.verdict"),
  rationale: z.string().trim().min(1, "validation.rationale").max(10_000, "validation.rationaleLong"),
});

export const approveSchema = z.object(claimRef);

export const sendBackSchema = z.object({
  ...claimRef,
  comment: z.string().trim().min(1, "validation.sendBack").max(5_000),
});

export const reopenSchema = z.object({ ...claimRef, comment: z.string().trim().max(5_000, "validation.textLong").optional() });

export const dismissSchema = z.object({
  ...claimRef,
  dismissed: z.coerce.boolean(),
  reason: z.string().trim().max(1_000, "validation.textLong").optional(),
});

export const assignSchema = z.object({
  claims: z.array(z.object({ id, version })).min(1, "validation.chooseClaims").max(5_000),
  assigneeId: id.nullable(),
});

export const spanSchema = z
  .object({ ...claimRef, start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1) })
  .refine((v) => v.end > v.start, { message: "validation.spanEmpty", path: ["end"] });

export const splitSchema = z.object({ ...claimRef, at: z.coerce.number().int().min(1) });

export const mergeSchema = z.object({
  claims: z.array(z.object({ id, version })).min(2, "validation.chooseTwo").max(50),
});

export const addClaimSchema = z
  .object({ bulletinId: id, start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1) })
  .refine((v) => v.end > v.start, { message: "validation.selectFirst", path: ["end"] });

export const commentSchema = z.object({
  claimId: id,
  body: z.string().trim().min(1, "validation.comment").max(5_000, "validation.commentLong"),
});
