import { z } from "zod";
import { MAX_UPLOAD_BYTES, type IngestFile } from "@/lib/ingest";

// The API takes files inside its JSON body as base64, so every write is one JSON document (no
// multipart parser, one content type to check); the bytes then go through the same readers as an upload.

const MAX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 16;

export const apiFileSchema = z
  .object({
    name: z.string().trim().min(1, "validation.fileName").max(255, "validation.textLong"),
    contentType: z.string().max(200).optional(),
    base64: z.string().max(MAX_BASE64, "request.tooLarge").regex(/^[A-Za-z0-9+/\s]*={0,2}\s*$/, "api.fileBase64"),
  })
  .strict()
  .transform((f): IngestFile => ({ name: f.name, type: f.contentType, bytes: new Uint8Array(Buffer.from(f.base64, "base64")) }));
