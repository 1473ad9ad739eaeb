import { describe, expect, it } from "vitest";
import { dateParts, displayDate, displayFigureValue, figureCellValue, fullDate } from "./dates";

describe("dates as people read them", () => {
  it.each([
    ["2020", "2020年", "2020"],
    ["2020-04", "2020年4月", "April 2020"],
    ["2020-04-25", "2020年4月25日", "25 April 2020"],
    ["--04", "4月", "April"],
    ["--04-25", "4月25日", "25 April"],
    ["--02-29", "2月29日", "29 February"],
  ])("%s reads %s and %s", (value, zh, en) => {
    expect(displayDate(value, "zh")).toBe(zh);
    expect(displayDate(value, "en")).toBe(en);
  });

  it("shows a range as from – to, never an ISO value without a year", () => {
    expect(displayFigureValue("date-range", "--03-01", "--04-26", "zh")).toBe("3月1日 – 4月26日");
    expect(displayFigureValue("date-range", "2020-03-01", "2020-04-26", "en")).toBe("1 March 2020 – 26 April 2020");
    expect(displayFigureValue("count", "3", "5", "en")).toBe("3–5");
    for (const language of ["zh", "en"]) expect(displayFigureValue("date-range", "--03-01", "--04-26", language)).not.toContain("--");
  });

  it("leaves anything that is no date as it is, and refuses impossible months and days", () => {
    expect(displayDate("3125000", "zh")).toBe("3125000");
    expect(dateParts("2020-13")).toBeNull();
    expect(dateParts("--04-32")).toBeNull();
    expect(dateParts("202004")).toBeNull();
  });

  it("gives spreadsheets ISO dates with a year and words without one", () => {
    expect(figureCellValue("date", "2020-04-25", "zh")).toBe("2020-04-25");
    expect(figureCellValue("date", "--04-25", "en")).toBe("25 April");
    expect(figureCellValue("count", "12", "en")).toBe("12");
    expect(fullDate("2020-04-25")?.toISOString()).toBe("2020-04-25T00:00:00.000Z");
    expect(fullDate("2020-04")).toBeNull();
  });
});
