import { describe, expect, it } from "vitest";
import { sampleBulletin } from "./fixtures/report";
import { exportReport } from "./index";
import { EXPORT_FORMATS, type ReportClaim } from "./model";

const CLAIMS = 5_000;
// Each claim carries ~12 KB of its own text, so a formatter that kept the claims (or its output)
// would hold ~60 MB more at the end than at the start: well past the bound below.
const RATIONALE_CHARS = 6_000;
const HEAP_BOUND = 40 * 1024 * 1024;

function bigClaim(n: number): ReportClaim {
  const id = `big-${String(n).padStart(6, "0")}`;
  return {
    id, number: n, statement: `第${n}条：全市新增就业岗位${n}个。`, text: `新增就业岗位${n}个`, start: 0, end: 8,
    kind: "STATISTIC", speaker: null, status: "VERIFIED", verdict: "ACCURATE",
    // join() builds a flat string; repeat() would share one rope and hide a leak.
    rationale: Array.from({ length: RATIONALE_CHARS / 20 }, (_, i) => `${n}号第${i}段：依据人社局月报核对，数字一致。`).join(""),
    proposedBy: "李伟", proposedAt: "2025-04-15T04:00:00.000Z", approvedBy: "张敏", approvedAt: "2025-04-16T08:15:00.000Z",
    publishedAt: "2025-04-17T08:15:00.000Z", publishedBy: "张敏", assignee: null,
    figures: [{
      id: `${id}-fig`, text: `${n}个`, start: 6, end: 8, kind: "count", value: String(n), vague: false, valueMax: null, approx: "exact",
      unit: null, currency: null, check: "MATCHES", checkNote: null, sourceValue: String(n), relativeDifference: null,
      sourceId: "src", sourceTitle: "人社局月报", checkedBy: "李伟", checkedAt: "2025-04-15T03:10:00.000Z",
    }],
    evidence: [{
      id: `${id}-ev`, stance: "SUPPORTS", note: null, exact: `新增就业岗位${n}个`, prefix: "", suffix: "", start: 0, end: 8,
      anchor: "ANCHORED", source: { id: "src", title: "人社局月报", publisher: null, publishedOn: null, url: null, kind: "OFFICIAL", credibility: 4 },
      snapshotId: "snap", snapshotTakenAt: "2025-04-14T01:00:00.000Z", createdBy: "李伟", createdAt: "2025-04-15T03:04:05.000Z",
    }],
    history: [],
  };
}

// The text formats are checked on a one-shot generator; the workbook reads the claims once per
// sheet, so it gets a re-iterable source like the report loader's (below).
const TEXT_FORMATS = EXPORT_FORMATS.filter((f) => f !== "xlsx");

describe.each(TEXT_FORMATS)("streaming the %s export of a 5,000-claim bulletin", (format) => {
  it("emits claims as they arrive, with memory that does not grow with the bulletin", async () => {
    let produced = 0;
    let baseline = 0;
    let peak = 0;
    // Sampled on the producer's side too, so a formatter that reads every claim before writing is measured.
    const sample = () => {
      if (produced === 200 && baseline === 0) baseline = process.memoryUsage().heapUsed;
      if (produced % 250 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    async function* claims() {
      for (let n = 1; n <= CLAIMS; n++) {
        produced = n;
        sample();
        yield bigClaim(n);
      }
    }
    const bulletin = sampleBulletin({ cleanText: "新增就业岗位统计。".repeat(10) });
    const { chunks } = exportReport({ bulletin, claims: claims() }, format);

    let producedAtFirstClaim = -1;
    let bytes = 0;
    let chunkCount = 0;
    for await (const chunk of chunks) {
      chunkCount += 1;
      bytes += chunk.length;
      if (producedAtFirstClaim < 0 && String(chunk).includes("big-000001")) producedAtFirstClaim = produced;
      sample();
    }
    expect(produced).toBe(CLAIMS);
    expect(producedAtFirstClaim).toBeGreaterThan(0);
    expect(producedAtFirstClaim).toBeLessThanOrEqual(2);
    expect(chunkCount).toBeGreaterThan(CLAIMS / 2);
    expect(bytes).toBeGreaterThan(CLAIMS * 20);
    expect(baseline).toBeGreaterThan(0);
    expect(peak - baseline).toBeLessThan(HEAP_BOUND);
  });
});

describe("streaming the xlsx export of a 5,000-claim bulletin", () => {
  it("sends the workbook while its first sheet is written, with memory that does not grow with the bulletin", async () => {
    let produced = 0;
    let passes = 0;
    let baseline = 0;
    let peak = 0;
    const sample = () => {
      if (passes === 1 && produced === 200 && baseline === 0) baseline = process.memoryUsage().heapUsed;
      if (produced % 250 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const claims = {
      [Symbol.asyncIterator]: () => (async function* () {
        passes += 1;
        for (let n = 1; n <= CLAIMS; n++) {
          produced = n;
          sample();
          yield bigClaim(n);
        }
      })()[Symbol.asyncIterator](),
    };
    const bulletin = sampleBulletin({ cleanText: "新增就业岗位统计。".repeat(10) });
    const { chunks } = exportReport({ bulletin, claims }, "xlsx");
    let bytes = 0;
    let bytesHalfwayThroughFirstSheet = -1;
    for await (const chunk of chunks) {
      bytes += chunk.length;
      if (passes === 1 && produced >= CLAIMS / 2 && bytesHalfwayThroughFirstSheet < 0) bytesHalfwayThroughFirstSheet = bytes;
      sample();
    }
    expect(passes).toBe(3);
    // Deflated rationale text: ~0.5 MB by the middle of the first sheet if it is sent as it is written.
    expect(bytesHalfwayThroughFirstSheet).toBeGreaterThan(200_000);
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(baseline).toBeGreaterThan(0);
    expect(peak - baseline).toBeLessThan(HEAP_BOUND);
  }, 120_000);
});
