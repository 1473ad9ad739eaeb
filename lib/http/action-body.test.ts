import { createRequire } from "node:module";
import path from "node:path";
import { translate } from "@/lib/i18n/catalogue";
import { describe, expect, it } from "vitest";
import { actionBodyRefusal, MAX_ACTION_BODY_BYTES } from "./action-body";

// React's own encoder for server-action arguments, the one Next's client uses.
const { encodeReply } = createRequire(path.resolve("package.json"))("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const ACTION = { "next-action": "a1", origin: "http://claimdesk.test" };
const plain = (body: string) => new Request("http://claimdesk.test/bulletins", { method: "POST", headers: { ...ACTION, "content-type": "text/plain;charset=UTF-8" }, body });
const multipart = (body: string, boundary = "B") =>
  new Request("http://claimdesk.test/bulletins", { method: "POST", headers: { ...ACTION, "content-type": `multipart/form-data; boundary=${boundary}` }, body });
const part = (name: string, value: string, extra = "") => `--B\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${value}\r\n`;

describe("actionBodyRefusal", () => {
  it("lets through what React's encoder writes for our actions: JSON, repeated objects, dates, FormData with files", async () => {
    const shared = { claimId: "c1", version: 2 };
    const form = new FormData();
    form.append("title", "来源");
    form.append("file", new File(["正文"], "来源.txt"));
    for (const args of [[], [shared], [shared, shared, "$escaped", undefined, new Date(0), NaN, -0, Infinity, { deep: [[{ a: 1 }]] }], [{ status: "idle" }, form]]) {
      const body = await encodeReply(args);
      const request = new Request("http://claimdesk.test/bulletins", {
        method: "POST",
        headers: { ...ACTION, ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}) },
        body,
      });
      expect(await actionBodyRefusal(request), JSON.stringify(args)).toBeNull();
    }
  });

  it.each([
    "{not json", "", "null", "1", '"x"', "{}", '{"0":"$@0"}', '"$Q1"', '["$h9"]', '["$Ww"]', '["$B1"]', '["$n1e999999"]', '["$K1"]', '["$@77"]', '["$1"]',
    '["$0:9:x"]', '["$Dnot a date"]', '["$i1"]', '["$R1"]', "[".repeat(5000) + "]".repeat(5000),
    // Next's parser keeps a byte-order mark and fails on it; it refuses more than 1,000 arguments.
    "\uFEFF[{}]", `[${"1,".repeat(1000)}1]`,
  ])("refuses the text body %s with a 400", async (body) => {
    expect(await actionBodyRefusal(plain(body))).toMatchObject({ status: 400, code: "bad_request" });
  });

  it.each([
    ["a part header without a colon", `--B\r\nContent-Disposition form-data; name="0"\r\n\r\n[]\r\n--B--\r\n`],
    ["no closing boundary", part("0", "[]").replace(/\r\n$/, "")],
    ["not multipart at all", "not multipart at all"],
    ["another boundary than the header's", part("0", "[]").replaceAll("--B", "--C") + "--C--\r\n"],
    ["field 0 not JSON", part("0", "{not json") + "--B--\r\n"],
    ["no field 0", part("1", "[]") + "--B--\r\n"],
    ["references to parts that are not there", part("0", '["$K99","$@77","$Q5"]') + "--B--\r\n"],
    ["a blob reference to a text part", part("0", '["$B1"]') + part("1", "x") + "--B--\r\n"],
    ["an outlined part that is not JSON", part("0", '["$1"]') + part("1", "{") + "--B--\r\n"],
    ["field 0 behind a byte-order mark", part("0", "\uFEFF[{}]") + "--B--\r\n"],
    ["more than 1,000 arguments", part("0", `[${"1,".repeat(1000)}1]`) + "--B--\r\n"],
  ])("refuses a multipart body with %s with a 400", async (_, body) => {
    expect(await actionBodyRefusal(multipart(body))).toMatchObject({ status: 400, code: "bad_request" });
  });

  it("lets through a file whose text starts with a byte-order mark, as text files saved on Windows do", async () => {
    const form = new FormData();
    form.append("file", new File(["\uFEFF正文"], "来源.txt"));
    const body = (await encodeReply([{ status: "idle" }, form])) as FormData;
    expect(await actionBodyRefusal(new Request("http://claimdesk.test/bulletins", { method: "POST", headers: ACTION, body }))).toBeNull();
  });

  it("refuses a file name with control characters with the reader's own message (Next's parser fails on it)", async () => {
    const form = new FormData();
    form.append("file", new File(["x"], "report\u0001.txt"));
    const body = (await encodeReply([form])) as FormData;
    const refusal = await actionBodyRefusal(new Request("http://claimdesk.test/bulletins", { method: "POST", headers: ACTION, body }));
    expect(refusal).toMatchObject({ status: 400, message: "ingest.badFileName" });
    expect(translate("en", refusal!.message)).toMatch(/file name contains a path or control characters/);
    expect(translate("zh", refusal!.message)).toMatch(/控制字符/);
  });

  it("refuses a multipart body without a boundary", async () => {
    const request = new Request("http://claimdesk.test/bulletins", { method: "POST", headers: { ...ACTION, "content-type": "multipart/form-data" }, body: part("0", "[]") + "--B--\r\n" });
    expect(await actionBodyRefusal(request)).toMatchObject({ status: 400 });
  });

  it("refuses a streamed body over the limit, which has no Content-Length to check first", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_ACTION_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://claimdesk.test/bulletins", { method: "POST", headers: { ...ACTION, "content-type": "multipart/form-data; boundary=B" }, body, duplex: "half" } as RequestInit);
    expect(await actionBodyRefusal(request)).toMatchObject({ status: 413, code: "too_large" });
  });
});
