import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { makeDocx } from "./fixtures/make-docx";
import { deflatedZeros, zip } from "./fixtures/make-zip";
import { readDocument } from "./index";
import { assertSafeZip, DEFAULT_ZIP_LIMITS } from "./zip";

const MIB = 1024 * 1024;

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

/** The highest RSS seen while `run` works, above the RSS before it started. */
async function peakGrowth(run: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    await run().catch(() => undefined);
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage.rss()) - before;
}

const bomb = (mebibytes: number, declared = mebibytes * MIB) =>
  zip([{ name: "word/document.xml", method: 8, data: deflatedZeros(mebibytes), uncompressedSize: declared }]);

describe("assertSafeZip", () => {
  it("lets a real .docx through", async () => {
    await expect(assertSafeZip(await makeDocx(["第一段", "Second paragraph"]))).resolves.toBeUndefined();
  });

  it("refuses a 200 MB bomb from its central directory, in both languages", async () => {
    const bytes = bomb(200);
    expect(bytes.byteLength).toBeLessThan(250 * 1024);
    const error = await refusal(assertSafeZip(bytes));
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/refused before unpacking/);
    expect(error.localised?.zh).toMatch(/已在解压前拒绝/);
  });

  it("refuses an entry compressed far more than any document, below the total limit", async () => {
    const error = await refusal(assertSafeZip(bomb(20)));
    expect(error.message).toMatch(/compressed \d+ to 1/);
  });

  it("refuses a bomb whose declared sizes lie, while inflating it", async () => {
    const error = await refusal(assertSafeZip(bomb(200, 1000)));
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/more than it declares/);
  });

  it("caps the total really inflated, even when every declared size is small and honest-looking", async () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 5 * MIB };
    const entries = Array.from({ length: 8 }, (_, i) => ({ name: `part${i}.xml`, method: 8 as const, data: deflatedZeros(1), uncompressedSize: 1000 }));
    const error = await refusal(assertSafeZip(zip(entries), limits));
    expect(error.message).toMatch(/more than it declares|more than 5 MB/);
  });

  it("refuses too many entries before reading them", async () => {
    const entries = Array.from({ length: DEFAULT_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}`, method: 0 as const, data: Buffer.from("x"), uncompressedSize: 1 }));
    const error = await refusal(assertSafeZip(zip(entries)));
    expect(error.message).toMatch(/holds 2001 parts/);
  });

  it("refuses bytes that are no zip as unreadable", async () => {
    expect((await refusal(assertSafeZip(new TextEncoder().encode("PK\u0003\u0004 not really")))).code).toBe("unreadable");
  });
});

describe("a .docx zip bomb through readDocument", () => {
  it("is refused with a clear message, and memory grows by less than 100 MB (RSS)", async () => {
    for (const bytes of [bomb(200), bomb(1000), bomb(200, 4096)]) {
      let error: unknown;
      const growth = await peakGrowth(async () => {
        error = await readDocument({ name: "report.docx", bytes }).catch((e: unknown) => e);
      });
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).message).toMatch(/refused/);
      expect(growth).toBeLessThan(100 * MIB);
    }
  });
});

describe("file names", () => {
  it.each(["../../etc/passwd.txt", "..\\\\boot.txt", "dir/report.txt", "a\u0000.txt", "..", "x\n.txt"])("refuses %j before reading", async (name) => {
    const error = await refusal(readDocument({ name, bytes: new TextEncoder().encode("text") }));
    expect(error.message).toMatch(/file name contains a path/);
  });
  it("keeps ordinary names, Chinese ones too", async () => {
    await expect(readDocument({ name: "2024年 报告 (final).txt", bytes: new TextEncoder().encode("正文") })).resolves.toMatchObject({ format: "txt" });
  });
});
