import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { addClaimSchema, assignSchema, mergeSchema, proposeSchema, sendBackSchema, spanSchema } from "@/lib/validations/claim";
import { dismissSchema } from "@/lib/validations/claim";

describe("claim schemas", () => {
  it("proposeSchema accepts each verdict and refuses an unknown one or an empty rationale", () => {
    for (const verdict of ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"]) {
      expect(proposeSchema.safeParse({ claimId: "c1", version: "3", verdict, rationale: "见年报" }).success).toBe(true);
    }
    const unknown = proposeSchema.safeParse({ claimId: "c1", version: 3, verdict: "TRUE", rationale: "见年报" });
    expect(unknown.error?.flatten().fieldErrors.verdict).toEqual(["Choose a verdict."]);
    const lower = proposeSchema.safeParse({ claimId: "c1", version: 3, verdict: "accurate", rationale: "见年报" });
    expect(lower.success).toBe(false);
    const empty = proposeSchema.safeParse({ claimId: "c1", version: 3, verdict: "ACCURATE", rationale: "   " });
    expect(empty.error?.flatten().fieldErrors.rationale).toEqual(["Write the rationale for this verdict."]);
  });

  it("refuses a missing or non-positive version", () => {
    for (const version of [0, -1, "abc", 1.5]) {
      expect(proposeSchema.safeParse({ claimId: "c1", version, verdict: "ACCURATE", rationale: "x" }).success).toBe(false);
    }
  });

  it("sendBackSchema needs a comment", () => {
    expect(sendBackSchema.safeParse({ claimId: "c1", version: 2, comment: " " }).error?.flatten().fieldErrors.comment).toEqual([
      "Say what needs another look.",
    ]);
  });

  it("span and selection schemas refuse empty or backwards spans", () => {
    expect(spanSchema.safeParse({ claimId: "c1", version: 1, start: 5, end: 5 }).error?.flatten().fieldErrors.end).toBeDefined();
    expect(spanSchema.safeParse({ claimId: "c1", version: 1, start: -1, end: 5 }).success).toBe(false);
    expect(addClaimSchema.safeParse({ bulletinId: "b1", start: 9, end: 3 }).error?.flatten().fieldErrors.end).toEqual(["Select some text first."]);
    expect(addClaimSchema.safeParse({ bulletinId: "b1", start: "3", end: "9" }).data).toEqual({ bulletinId: "b1", start: 3, end: 9 });
  });

  it("assign needs at least one claim; merge needs at least two", () => {
    expect(assignSchema.safeParse({ claims: [], assigneeId: null }).success).toBe(false);
    expect(assignSchema.safeParse({ claims: [{ id: "c1", version: 1 }], assigneeId: null }).success).toBe(true);
    expect(mergeSchema.safeParse({ claims: [{ id: "c1", version: 1 }] }).success).toBe(false);
  });
});

describe("booleans are never coerced from strings", () => {
  it('{"dismissed":"false"} is refused, not read as true', () => {
    expect(dismissSchema.safeParse({ claimId: "c1", version: 1, dismissed: "false" }).success).toBe(false);
    expect(dismissSchema.safeParse({ claimId: "c1", version: 1, dismissed: "true" }).success).toBe(false);
    expect(dismissSchema.parse({ claimId: "c1", version: 1, dismissed: false }).dismissed).toBe(false);
  });

  it("no schema in lib or app uses z.coerce.boolean or z.stringbool", () => {
    const found = spawnSync("git", ["grep", "-lE", "coerce\\.boolean|stringbool", "--", "lib", "app", ":!*.test.ts"], { encoding: "utf8" });
    // git grep answers 1 when nothing matches.
    expect(found.status).toBe(1);
    expect(found.stdout).toBe("");
  });
});
