import { describe, expect, it } from "vitest";
import { listCountChecks } from "./checks";
import { recognisePlace } from "./countries";
import { extractFigures } from "./figures/extract";

const run = (text: string) => listCountChecks(text, { start: 0, end: text.length }, extractFigures(text));

describe("listCountChecks", () => {
  it("checks an exact count (共N个国家) against its list", () => {
    const [c] = run("我们向埃及、肯尼亚、南非、沙特共4个国家派出5支医疗队。");
    expect(c).toMatchObject({ stated: 4, listed: 4, ok: true, mode: "exact", unknown: [] });
    expect(c.recognised).toEqual(["埃及", "肯尼亚", "南非", "沙特"]);
  });

  it("flags an exact count that disagrees with its list", () => {
    expect(run("同菲律宾、马来西亚、新加坡共4个国家签署协议。")[0]).toMatchObject({ stated: 4, listed: 3, ok: false });
  });

  it("accepts fewer items with 等, not more", () => {
    expect(run("同加拿大、日本、墨西哥等25位外国嘉宾通电话。")[0]).toMatchObject({ stated: 25, listed: 3, ok: true, mode: "at-most" });
    expect(run("向荷兰、瑞典、挪威等2个国家致函。")[0]).toMatchObject({ stated: 2, listed: 3, ok: false });
  });

  it("does not cut a place name that holds a conjunction (埃及, 特立尼达和多巴哥)", () => {
    expect(run("代表团访问了法国、德国、埃及共3个国家。")[0]).toMatchObject({ listed: 3, ok: true, recognised: ["法国", "德国", "埃及"], unknown: [] });
    expect(run("援助送往古巴、牙买加和特立尼达和多巴哥共3个国家。")[0]).toMatchObject({ listed: 3, ok: true, unknown: [] });
    expect(run("援助送往古巴、伊拉克和科威特共3个国家。")[0]).toMatchObject({ listed: 3, recognised: ["古巴", "伊拉克", "科威特"] });
  });

  it("reports items it does not recognise", () => {
    expect(run("向法国、德国、火星共3个国家致电。")[0]).toMatchObject({ ok: true, unknown: ["火星"] });
  });

  it("reads English lists after the count", () => {
    expect(run("Teams went to 4 countries, including Italy, Spain and Serbia.")[0]).toMatchObject({ stated: 4, listed: 3, ok: true });
    expect(run("Aid reached 3 countries, namely Iran, Iraq, Italy and Spain.")[0]).toMatchObject({ stated: 3, listed: 4, ok: false });
  });

  it("does not take a list that belongs to another figure", () => {
    expect(run("向约旦、黎巴嫩共2个国家派出11支医疗队。")).toHaveLength(1);
  });
});

describe("recognisePlace", () => {
  it("knows ISO names and press aliases in Chinese and English", () => {
    expect(recognisePlace("沙特")?.code).toBe("SA");
    expect(recognisePlace("欧盟")).toMatchObject({ code: "EU", kind: "organisation" });
    expect(recognisePlace("刚果(金)")?.code).toBe("CD");
    expect(recognisePlace("South Korea")?.code).toBe("KR");
    expect(recognisePlace("火星")).toBeNull();
  });
});
