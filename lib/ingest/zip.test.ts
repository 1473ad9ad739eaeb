import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { claimSheetXlsx } from "./fixtures/make-sheet";
import { readSpreadsheet } from "./spreadsheet";
import { assertSafeZip } from "./zip";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe("the zip guard", () => {
  it("lets a real workbook through", async () => {
    await expect(assertSafeZip(await claimSheetXlsx())).resolves.toBeUndefined();
  });

  it("refuses a bomb from its central directory, before unpacking, and in the spreadsheet reader", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    // 200 MB of zeros deflate to a few hundred KB: a ratio no workbook has.
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(200 * 1024 * 1024), { compression: "DEFLATE", compressionOptions: { level: 9 } });
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect((await refusal(assertSafeZip(bomb))).code).toBe("too_large");
    const error = await refusal(readSpreadsheet({ name: "bomb.xlsx", bytes: bomb }));
    expect(error.message).toMatch(/refused before it was unpacked/);
  }, 60_000);

  it("refuses a file with too many parts, and caps what it inflates however sizes are declared", async () => {
    const many = new JSZip();
    for (let i = 0; i < 30; i++) many.file(`part${i}.xml`, "x");
    const bytes = await many.generateAsync({ type: "uint8array" });
    expect((await refusal(assertSafeZip(bytes, { maxEntries: 10, maxTotalBytes: 1e6, maxRatio: 100, ratioFloorBytes: 1e6 }))).message).toMatch(/30 parts/);
    const big = new JSZip();
    big.file("a.xml", "y".repeat(50_000), { compression: "DEFLATE" });
    const capped = await big.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect((await refusal(assertSafeZip(capped, { maxEntries: 10, maxTotalBytes: 10_000, maxRatio: 1e9, ratioFloorBytes: 1e9 }))).code).toBe("too_large");
  });

  it("calls a file that is no zip unreadable", async () => {
    expect((await refusal(assertSafeZip(new TextEncoder().encode("PK not really")))).code).toBe("unreadable");
  });
});
