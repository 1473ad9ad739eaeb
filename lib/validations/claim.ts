import { z } from "zod";
import { VERDICTS } from "@/lib/claims/workflow";
import { requestKey } from "./request-key";

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
  // A real boolean: coercing would read the string "false" as true.
  dismissed: z.boolean("validation.boolean"),
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
  .object({ bulletinId: id, start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1), requestKey })
  .refine((v) => v.end > v.start, { message: "validation.selectFirst", path: ["end"] });

export const commentSchema = z.object({
  claimId: id,
  body: z.string().trim().min(1, "validation.comment").max(5_000, "validation.commentLong"),
  requestKey,
});

/** Claims to publish or unpublish, each with the version the editor saw. */
export const publishSchema = z.object({
  bulletinId: id,
  claims: z.array(z.object({ id, version })).min(1, "validation.chooseClaims").max(5_000),
});

export const publishAllSchema = z.object({ bulletinId: id });

export const KINDS = ["STATISTIC", "QUOTE", "EVENT", "OTHER"] as const;
export const PRIORITIES = ["HIGH", "NORMAL", "LOW"] as const;
export const FIGURE_KINDS = ["count", "quantity", "money", "percent", "date", "date-range", "ordinal"] as const;
export const APPROX = ["exact", "about", "more-than", "less-than", "at-least", "at-most"] as const;

export const editClaimSchema = z.object({
  ...claimRef,
  statement: z.string().trim().min(1, "validation.statement").max(5_000, "validation.statementLong").optional(),
  kind: z.enum(KINDS, "validation.kind").optional(),
  speaker: z.string().trim().max(200, "validation.speakerLong").nullable().optional(),
});

const tag = z.string().trim().min(1, "validation.tag").max(40, "validation.tag").refine((t) => !/[,，]/.test(t), "validation.tag");
export const tagsSchema = z.object({ ...claimRef, tags: z.array(tag).max(20, "validation.tooManyTags") });
export const prioritySchema = z.object({ ...claimRef, priority: z.enum(PRIORITIES, "validation.priority") });

const claimRefs = z.array(z.object({ id, version })).min(1, "validation.chooseClaims").max(5_000);
export const bulkSchema = z.object({
  claims: claimRefs,
  change: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("tag"), tag }),
    z.object({ kind: z.literal("priority"), priority: z.enum(PRIORITIES, "validation.priority") }),
    z.object({ kind: z.literal("dismiss"), reason: z.string().trim().min(1, "validation.dismissReason").max(1_000, "validation.textLong") }),
  ]),
});

const span = { start: z.number().int().min(0), end: z.number().int().min(1) };
// A decimal number or an ISO date (dates are figures too); the engine writes values the same way.
const figureValue = z.string().trim().regex(/^(-?\d+(\.\d+)?|\d{4}-\d{2}(-\d{2})?|--\d{2}-\d{2})$/, "validation.figureValue");
const figureFields = {
  value: figureValue,
  valueMax: z.preprocess((v) => (v === "" ? null : v), figureValue.nullable().optional()),
  unit: z.preprocess((v) => (typeof v === "string" && !v.trim() ? null : v), z.string().trim().max(40, "validation.unitLong").nullable().optional()),
  approx: z.enum(APPROX, "validation.approx"),
  kind: z.enum(FIGURE_KINDS, "validation.figureKind"),
};
export const figureProposeSchema = z.object({ claimId: id, ...span }).refine((v) => v.end > v.start, { message: "validation.selectFirst", path: ["end"] });
export const figureAddSchema = z.object({ ...claimRef, ...span, ...figureFields }).refine((v) => v.end > v.start, { message: "validation.selectFirst", path: ["end"] });
export const figureEditSchema = z.object({ ...claimRef, figureId: id, ...figureFields });
export const figureRemoveSchema = z.object({ ...claimRef, figureId: id });

export const detachSourceSchema = z.object({ ...claimRef, sourceId: id });
export const evidenceEditSchema = z.object({
  ...claimRef,
  evidenceId: id,
  stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"], "validation.stance").optional(),
  note: z.string().trim().max(5_000, "validation.textLong").nullable().optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
});
export const evidenceDeleteSchema = z.object({ ...claimRef, evidenceId: id });

export const markReadSchema = z.object({ ids: z.array(id).max(100).optional() });
