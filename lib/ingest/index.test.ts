import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeDocx, makeZip } from "./fixtures/make-docx";
import { IngestError, MAX_UPLOAD_BYTES, readDocument, SUPPORTED_EXTENSIONS, type IngestErrorCode } from "./index";

const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name)));

async function failure(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

async function expectCode(promise: Promise<unknown>, code: IngestErrorCode, message: RegExp) {
  const error = await failure(promise);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

describe("readDocument: formats", () => {
  it("reads UTF-8 .txt as is, dropping only a byte-order mark", async () => {
    const text = "省统计局：粮食产量增长2.1%。\r\nGrain output rose 2.1 percent.\n";
    const plain = await readDocument({ name: "bulletin.txt", bytes: utf8(text) });
    const withBom = await readDocument({ name: "bulletin.TXT", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]) });
    expect(plain).toEqual({ format: "txt", text });
    expect(withBom).toEqual({ format: "txt", text });
  });

  it("reads UTF-16 .txt with a byte-order mark, both byte orders", async () => {
    const text = "财政收入八百亿元 Revenue 80 billion";
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect((await readDocument({ name: "notepad.txt", bytes: new Uint8Array(le) })).text).toBe(text);
    expect((await readDocument({ name: "notepad.txt", bytes: new Uint8Array(be) })).text).toBe(text);
  });

  it("reads .md as readable text", async () => {
    const md = "# 公报 Bulletin\n\n就业**增长** *3%*，见[原文](https://example.org)。\nJobs **grew** 3%.";
    expect(await readDocument({ name: "note.md", bytes: utf8(md) })).toEqual({
      format: "md",
      text: "公报 Bulletin\n\n就业增长 3%，见原文。\nJobs grew 3%.",
    });
  });

  it("reads .html into paragraphs with its title", async () => {
    const html = "<html><head><title>通报 Briefing</title></head><body><p>出口增长4%。</p><p>Exports rose 4%.</p></body></html>";
    expect(await readDocument({ name: "page.htm", bytes: utf8(html) })).toEqual({
      format: "html",
      text: "出口增长4%。\n\nExports rose 4%.",
      title: "通报 Briefing",
    });
  });

  it("reads .html in the GBK encoding its <meta charset> declares", async () => {
    // "中文" in GBK is D6 D0 CE C4.
    const head = utf8('<html><head><meta charset="gbk"></head><body><p>');
    const tail = utf8(" Chinese</p></body></html>");
    const bytes = new Uint8Array([...head, 0xd6, 0xd0, 0xce, 0xc4, ...tail]);
    expect((await readDocument({ name: "old.html", bytes })).text).toBe("中文 Chinese");
  });

  it("reads .docx paragraphs separated by blank lines", async () => {
    const bytes = await makeDocx(["新闻稿 Press release", "全年接待游客1.2亿人次。", "Visitors reached 120 million."]);
    expect(await readDocument({ name: "release.docx", bytes })).toEqual({
      format: "docx",
      text: "新闻稿 Press release\n\n全年接待游客1.2亿人次。\n\nVisitors reached 120 million.",
    });
  });

  it("reads every page of a PDF in order, lines kept, pages split by a form feed", async () => {
    const result = await readDocument({ name: "two-pages.pdf", bytes: fixture("two-pages.pdf") });
    expect(result.format).toBe("pdf");
    expect(result.pages).toBe(2);
    const pages = result.text.split("\f");
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("统计公报\n2024年全市新增就业岗位12.5万个");
    expect(pages[0]).toContain("\nThe city added 125,000 jobs in 2024, up 3.2 percent.");
    // Chromium's text layer maps some glyphs to Kangxi radicals (⼆ for 二); the engine normalises them, not us.
    expect(pages[1]).toMatch(/^第..：全年财政收.达到.百亿元。\nPage two: revenue reached 80 billion yuan\.$/);
  });

  it("decodes a Chinese PDF that relies on a predefined CMap (needs pdf.js's cmaps folder)", async () => {
    const result = await readDocument({ name: "old.pdf", bytes: fixture("cmap-unigb.pdf") });
    expect(result.text).toBe("旧式公文：全年粮食产量六千八百万吨。\nOld-style bulletin: grain output was 68 million tonnes.");
    expect(result.pages).toBe(1);
  });

  it("uses the MIME type only when the name has no extension", async () => {
    expect((await readDocument({ name: "clipboard", type: "text/markdown", bytes: utf8("**粗体** bold") })).text).toBe("粗体 bold");
    await expectCode(readDocument({ name: "clipboard", type: "image/png", bytes: utf8("x") }), "unsupported_type", /no extension/);
  });

  it("leaves the caller's bytes usable after reading a PDF", async () => {
    const bytes = fixture("cmap-unigb.pdf");
    await readDocument({ name: "a.pdf", bytes });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await readDocument({ name: "a.pdf", bytes })).pages).toBe(1);
  });
});

describe("readDocument: refusals", () => {
  it("refuses a file over the limit, naming both sizes", async () => {
    const bytes = new Uint8Array(Math.round(12.4 * 1024 * 1024)).fill(0x61);
    await expectCode(readDocument({ name: "big.txt", bytes }), "too_large", /^The file is 12\.4 MB; the limit is 10 MB\./);
    await expectCode(readDocument({ name: "a.txt", bytes: utf8("a".repeat(2049)) }, { maxBytes: 2048 }), "too_large", /2\.1 KB; the limit is 2 KB/);
    expect(MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
  });

  it("accepts a file exactly at the limit", async () => {
    expect((await readDocument({ name: "a.txt", bytes: utf8("abcd") }, { maxBytes: 4 })).text).toBe("abcd");
  });

  it("refuses empty and whitespace-only files in every format", async () => {
    await expectCode(readDocument({ name: "empty.txt", bytes: new Uint8Array() }), "empty", /empty \(0 bytes\)/);
    await expectCode(readDocument({ name: "blank.txt", bytes: utf8(" \n\t\u3000\n") }), "empty", /no text/);
    await expectCode(readDocument({ name: "blank.md", bytes: utf8("#\n\n---\n") }), "empty", /no text/);
    await expectCode(readDocument({ name: "blank.html", bytes: utf8("<p>  </p><script>x()</script>") }), "empty", /no text/);
    await expectCode(readDocument({ name: "blank.docx", bytes: await makeDocx(["", "  "]) }), "empty", /no text/);
  });

  it("explains a PDF without a text layer", async () => {
    await expectCode(readDocument({ name: "scan.pdf", bytes: fixture("no-text.pdf") }), "empty", /no text layer \(it may be a scan/);
  });

  it("refuses unsupported extensions, listing the accepted ones", async () => {
    await expectCode(
      readDocument({ name: "setup.exe", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]) }),
      "unsupported_type",
      /“\.exe” files cannot be imported\. Only \.txt, \.md, \.html, \.docx and \.pdf files can be imported\./,
    );
    expect(SUPPORTED_EXTENSIONS).toEqual(expect.arrayContaining([".txt", ".md", ".html", ".docx", ".pdf"]));
  });

  it("refuses content that contradicts the extension", async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    await expectCode(readDocument({ name: "photo.pdf", bytes: jpeg }), "unsupported_type", /named “\.pdf” but contains a JPEG image/);
    await expectCode(readDocument({ name: "report.docx", bytes: utf8("just text") }), "unreadable", /not a Word \(\.docx\) document/);
    await expectCode(readDocument({ name: "report.docx", bytes: fixture("two-pages.pdf") }), "unsupported_type", /contains a PDF document/);
    await expectCode(readDocument({ name: "notes.txt", bytes: fixture("two-pages.pdf") }), "unsupported_type", /named “\.txt” but contains a PDF/);
    await expectCode(readDocument({ name: "fake.pdf", bytes: utf8("hello") }), "unreadable", /is not a PDF/);
  });

  it("does not mistake text that merely starts like a binary signature", async () => {
    for (const text of ["MZ-0472 召回通知 recall notice", "GIF89a 动图 animation", "Intro.\n%PDF-1.7 is the header 文件头"]) {
      expect((await readDocument({ name: "note.txt", bytes: utf8(text) })).text).toBe(text);
    }
  });

  it("refuses a zip that is not a Word document, and an old .doc renamed .docx", async () => {
    await expectCode(readDocument({ name: "archive.docx", bytes: await makeZip() }), "unreadable", /could not be read; it may be damaged, or not a real \.docx/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expectCode(readDocument({ name: "old.docx", bytes: ole }), "unreadable", /old Word \.doc file or a password-protected \.docx/);
  });

  it("refuses binary bytes in a text file", async () => {
    await expectCode(readDocument({ name: "data.txt", bytes: new Uint8Array([0x61, 0x00, 0x62]) }), "unreadable", /binary data/);
  });

  it("refuses text that is not UTF-8, such as GBK saved as .txt", async () => {
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0x61]);
    await expectCode(readDocument({ name: "gbk.txt", bytes: gbk }), "not_utf8", /not valid UTF-8 text/);
    await expectCode(readDocument({ name: "gbk.md", bytes: gbk }), "not_utf8", /save it with the encoding “UTF-8”/);
  });

  it("refuses a password-protected PDF", async () => {
    await expectCode(readDocument({ name: "locked.pdf", bytes: fixture("encrypted.pdf") }), "unreadable", /password-protected/);
  });

  it("refuses a damaged PDF without leaking the library's error", async () => {
    const truncated = fixture("two-pages.pdf").subarray(0, 600);
    const error = await failure(readDocument({ name: "cut.pdf", bytes: truncated }));
    expect(error.code).toBe("unreadable");
    expect(error.message).toMatch(/^This PDF (is damaged|could not be read)/);
    expect(error.message).not.toMatch(/Exception|at \w+ \(/);
  });
});
