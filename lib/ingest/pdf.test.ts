import { readFileSync } from "node:fs";
import path from "node:path";
import { translate } from "@/lib/i18n/catalogue";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { pdfBomb } from "./fixtures/make-pdf";
import { peakGrowth, refusal } from "./fixtures/measure";
import { readDocument } from "./index";
import { DEFAULT_PDF_LIMITS, readPdf } from "./pdf";

const MIB = 1024 * 1024;
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name)));

describe("a PDF compression bomb", () => {
  it("a 400 KB PDF whose content stream inflates to 400 MB is refused in both languages, and memory grows by less than 100 MB (RSS)", async () => {
    const bytes = pdfBomb(400);
    expect(bytes.byteLength).toBeLessThan(500 * 1024);
    let error: unknown;
    const growth = await peakGrowth(async () => {
      error = await readDocument({ name: "bulletin.pdf", bytes }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("too_large");
    expect((error as IngestError).message).toMatch(/compression bomb\); it was refused/);
    expect(translate("zh", (error as IngestError).msg)).toMatch(/已拒绝/);
    expect(growth).toBeLessThan(100 * MIB);
  });

  it("reads the same file when its content stream is small", async () => {
    expect((await readDocument({ name: "small.pdf", bytes: pdfBomb(1) })).text).toMatch(/Output rose 5 percent/);
  });
});

describe("readPdf's other limits", () => {
  it("refuses more text than a document should hold", async () => {
    const error = await refusal(readPdf(fixture("two-pages.pdf"), { ...DEFAULT_PDF_LIMITS, maxChars: 20 }));
    expect(error.message).toMatch(/more than 20 characters of text/);
    expect(translate("zh", error.msg)).toMatch(/超过 20 个字符/);
  });

  it("stops a read that takes too long", async () => {
    const error = await refusal(readPdf(fixture("two-pages.pdf"), { ...DEFAULT_PDF_LIMITS, timeoutMs: 50 }));
    expect(error.message).toMatch(/took too long/);
  });
});
