import { z } from "zod";
import { requestKey } from "./request-key";

/** Only web links: a `javascript:` or `data:` URL would run or smuggle content when clicked. */
export const httpUrl = z
  .string()
  .trim()
  .max(2_000, "validation.urlLong")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "validation.url");

const optionalText = (max: number) =>
  z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));

export const MAX_BULLETIN_CHARS = 3_000_000;

export const bulletinMetaSchema = z.object({
  title: z.string().trim().min(1, "validation.title").max(300, "validation.titleLong"),
  publisher: optionalText(200),
  publishedOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.iso.date("validation.date").optional()),
  language: z.enum(["zh", "en", "auto"]).default("auto"),
  sourceUrl: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(httpUrl.optional()),
});

export const bulletinTextSchema = z
  .string()
  .max(MAX_BULLETIN_CHARS, "validation.bulletinLong")
  .refine((text) => text.trim().length > 0, "validation.bulletinEmpty");

export const createBulletinSchema = bulletinMetaSchema.extend({
  originalText: bulletinTextSchema,
  rejectedChanges: z.array(z.number().int().min(0)).max(1_000_000).default([]),
  requestKey,
});

export type CreateBulletinInput = z.infer<typeof createBulletinSchema>;

export const deleteBulletinSchema = z.object({
  bulletinId: z.string().min(1),
  confirmTitle: z.string(),
});
