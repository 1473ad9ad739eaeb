import { describe, expect, it } from "vitest";
import { sampleBulletin, sampleClaims, sampleReport } from "./fixtures/report";
import { jsonReport } from "./json";
import { streamToString } from "./stream";

describe("JSON export", () => {
  it("parses back to exactly the report's data, history included", async () => {
    const parsed = JSON.parse(await streamToString(jsonReport(sampleReport())));
    expect(parsed).toEqual({ bulletin: sampleBulletin(), claims: sampleClaims() });
    expect(parsed.claims[0].history[0].after).toEqual({ status: "VERIFIED", verdict: "ACCURATE" });
  });

  it("is valid for a report with no claims", async () => {
    const parsed = JSON.parse(await streamToString(jsonReport({ bulletin: sampleBulletin(), claims: (async function* () {})() })));
    expect(parsed.claims).toEqual([]);
  });
});
