import { z } from "zod";
import { bilingual } from "./field-errors";
import { requestKey } from "./request-key";

/** Only web links: a `javascript:` or `data:` URL would run or smuggle content when clicked. */
export const httpUrl = z
  .string()
  .trim()
  .max(2_000, "Keep the URL under 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a web address starting with http:// or https://.");

const optionalText = (max: number) =>
  z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));

export const MAX_BULLETIN_CHARS = 3_000_000;

export const bulletinMetaSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, bilingual({ en: "Give the bulletin a title.", zh: "请为公报填写标题。" }))
    .max(300, bilingual({ en: "Keep the title under 300 characters.", zh: "标题请少于 300 个字符。" })),
  publisher: optionalText(200),
  publishedOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.iso.date(bilingual({ en: "Enter the date as YYYY-MM-DD.", zh: "日期格式为 YYYY-MM-DD。" })).optional()),
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
  .max(MAX_BULLETIN_CHARS, `A bulletin can have at most ${MAX_BULLETIN_CHARS.toLocaleString("en-US")} characters.`)
  .refine((text) => text.trim().length > 0, "The bulletin is empty.");

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
