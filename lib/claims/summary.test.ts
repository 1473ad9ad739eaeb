import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeOutline, encodeOutline, KINDS, PRIORITIES, STATUSES, type ClaimSummary } from "./summary";

const summary = fc.record({
  id: fc.oneof(fc.uuid(), fc.stringMatching(/^c[a-z0-9]{24}$/)),
  start: fc.nat(2_000_000),
  length: fc.integer({ min: 1, max: 500 }),
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...STATUSES),
  dismissed: fc.boolean(),
  failedCheck: fc.boolean(),
  assigneeId: fc.option(fc.constantFrom("u1", "u2", "cmx4hwnrv00006b7dmku26v29"), { nil: null }),
  version: fc.integer({ min: 1, max: 10_000 }),
  revision: fc.nat(1_000_000),
  worth: fc.integer({ min: 0, max: 1000 }),
  statement: fc.option(fc.string(), { nil: null }),
  figures: fc.array(fc.tuple(fc.nat(400), fc.integer({ min: 1, max: 40 })), { maxLength: 4 }),
  number: fc.integer({ min: 1, max: 100_000 }),
  priority: fc.constantFrom(...PRIORITIES),
  tags: fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
}).map((r): ClaimSummary => ({
  id: r.id, number: r.number, priority: r.priority, tags: r.tags, start: r.start, end: r.start + r.length, kind: r.kind, status: r.status, dismissed: r.dismissed, failedCheck: r.failedCheck,
  assigneeId: r.assigneeId, version: r.version, revision: r.revision, checkworthiness: r.worth / 1000, statement: r.statement,
  figures: r.figures.map(([offset, len]) => [r.start + offset, r.start + offset + len] as [number, number]),
}));

describe("the packed claim list", () => {
  it("decodes to exactly what was encoded", () => {
    fc.assert(fc.property(fc.array(summary, { maxLength: 30 }), (claims) => {
      expect(decodeOutline(encodeOutline(claims))).toEqual(claims);
    }));
  });

  it("needs no escaping and stays small: under 80 bytes a claim with a UUID and a figure", () => {
    const claims = Array.from({ length: 1000 }, (_, i): ClaimSummary => ({
      id: `${String(i).padStart(8, "0")}-aaaa-4bbb-8ccc-${String(i).padStart(12, "0")}`, number: i + 1, priority: "NORMAL", tags: [], start: i * 150, end: i * 150 + 140, kind: "STATISTIC",
      status: "UNVERIFIED", dismissed: false, failedCheck: false, assigneeId: null, version: 1, revision: 0, checkworthiness: 0.75, statement: null,
      figures: [[i * 150 + 20, i * 150 + 26]],
    }));
    const { packed } = encodeOutline(claims);
    expect(packed).toMatch(/^[\w~,|;-]+$/);
    expect(JSON.stringify(packed).length / claims.length).toBeLessThan(80);
  });
});
