import { describe, expect, it } from "vitest";
import { localiseMessage } from "./error-messages";

describe("server messages in the interface's language", () => {
  it("translates known messages and fills a template's parameters", () => {
    expect(localiseMessage("This claim is already published.", "zh")).toBe("此声明已发布。");
    expect(localiseMessage("This claim is already published.", "en")).toBe("This claim is already published.");
    expect(localiseMessage("The spreadsheet has 30001 rows; at most 20000 can be imported at once. Split it into smaller files.", "zh"))
      .toBe("此电子表格有 30001 行，一次最多导入 20000 行。请拆分为较小的文件。");
    expect(localiseMessage("A part of this file is compressed 812 to 1, as zip bombs are. It was refused before it was unpacked.", "zh")).toContain("812 比 1");
  });

  it("leaves a message it does not know as it was sent", () => {
    expect(localiseMessage("Something new.", "zh")).toBe("Something new.");
  });
});
