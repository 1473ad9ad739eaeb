import { describe, expect, it } from "vitest";
import * as permissions from "./permissions";
import {
  canApproveVerdict,
  canAssignClaims,
  canChangeBulletinSources,
  canComment,
  canDeleteBulletin,
  canEditClaim,
  canExportReports,
  canImportBulletin,
  canManageUsers,
  canProposeVerdict,
  canReviewVerdicts,
  canPublishClaims,
  canReadFigureBoard,
  canCheckFiguresOnBoard,
  canReadSources,
  type Actor,
} from "./permissions";
import type { RoleName } from "@/lib/validations/user";

type Status = "UNVERIFIED" | "IN_PROGRESS" | "IN_REVIEW" | "VERIFIED";
const STATUSES: Status[] = ["UNVERIFIED", "IN_PROGRESS", "IN_REVIEW", "VERIFIED"];

const actor = (role: RoleName, active = true): Actor => ({ id: `${role}-${active}`, role, active });
const claim = (status: Status, proposedById: string | null = "someone-else") => ({ assigneeId: null, proposedById, status });

// Expected answers for active users; an inactive user gets false from every function.
const roleTable: { fn: (user: Actor) => boolean; name: string; allowed: RoleName[] }[] = [
  { name: "canManageUsers", fn: canManageUsers, allowed: ["ADMIN"] },
  { name: "canImportBulletin", fn: canImportBulletin, allowed: ["ADMIN", "EDITOR"] },
  { name: "canDeleteBulletin", fn: canDeleteBulletin, allowed: ["ADMIN", "EDITOR"] },
  { name: "canAssignClaims", fn: canAssignClaims, allowed: ["ADMIN", "EDITOR"] },
  { name: "canExportReports", fn: canExportReports, allowed: ["ADMIN", "EDITOR"] },
  { name: "canReviewVerdicts", fn: canReviewVerdicts, allowed: ["ADMIN", "EDITOR"] },
  { name: "canPublishClaims", fn: canPublishClaims, allowed: ["ADMIN", "EDITOR"] },
  { name: "canComment", fn: canComment, allowed: ["ADMIN", "EDITOR", "REVIEWER"] },
  { name: "canReadSources", fn: canReadSources, allowed: ["ADMIN", "EDITOR", "REVIEWER"] },
  { name: "canChangeBulletinSources", fn: canChangeBulletinSources, allowed: ["ADMIN", "EDITOR", "REVIEWER"] },
  { name: "canReadFigureBoard", fn: canReadFigureBoard, allowed: ["ADMIN", "EDITOR", "REVIEWER"] },
  { name: "canCheckFiguresOnBoard", fn: canCheckFiguresOnBoard, allowed: ["ADMIN", "EDITOR", "REVIEWER"] },
];

const claimTable: { name: string; fn: (user: Actor, c: ReturnType<typeof claim>) => boolean; allowed: Record<Status, RoleName[]> }[] = [
  {
    name: "canEditClaim",
    fn: canEditClaim,
    allowed: {
      UNVERIFIED: ["ADMIN", "EDITOR", "REVIEWER"],
      IN_PROGRESS: ["ADMIN", "EDITOR", "REVIEWER"],
      IN_REVIEW: ["ADMIN", "EDITOR", "REVIEWER"],
      VERIFIED: ["ADMIN", "EDITOR"],
    },
  },
  {
    name: "canProposeVerdict",
    fn: canProposeVerdict,
    allowed: {
      UNVERIFIED: ["ADMIN", "EDITOR", "REVIEWER"],
      IN_PROGRESS: ["ADMIN", "EDITOR", "REVIEWER"],
      IN_REVIEW: [],
      VERIFIED: [],
    },
  },
  {
    name: "canApproveVerdict",
    fn: canApproveVerdict,
    allowed: { UNVERIFIED: [], IN_PROGRESS: [], IN_REVIEW: ["ADMIN", "EDITOR"], VERIFIED: [] },
  },
];

const ROLES: RoleName[] = ["ADMIN", "EDITOR", "REVIEWER"];

describe("permissions", () => {
  it("every exported function is covered by a table below", () => {
    const exported = Object.entries(permissions)
      .filter(([, value]) => typeof value === "function")
      .map(([key]) => key)
      .sort();
    expect(exported).toEqual([...roleTable, ...claimTable].map((row) => row.name).sort());
  });

  for (const { name, fn, allowed } of roleTable) {
    for (const role of ROLES) {
      it(`${name}: active ${role} → ${allowed.includes(role)}, inactive ${role} → false`, () => {
        expect(fn(actor(role, true))).toBe(allowed.includes(role));
        expect(fn(actor(role, false))).toBe(false);
      });
    }
  }

  for (const { name, fn, allowed } of claimTable) {
    for (const status of STATUSES) {
      for (const role of ROLES) {
        it(`${name} on a ${status} claim: active ${role} → ${allowed[status].includes(role)}, inactive → false`, () => {
          expect(fn(actor(role, true), claim(status))).toBe(allowed[status].includes(role));
          expect(fn(actor(role, false), claim(status))).toBe(false);
        });
      }
    }
  }

  it("canApproveVerdict refuses the editor or admin who proposed the verdict", () => {
    for (const role of ["ADMIN", "EDITOR"] as const) {
      const user = actor(role);
      expect(canApproveVerdict(user, claim("IN_REVIEW", user.id))).toBe(false);
      expect(canApproveVerdict(user, claim("IN_REVIEW", "another-editor"))).toBe(true);
    }
  });

  it("canApproveVerdict refuses any status but IN_REVIEW, even for an admin who did not propose", () => {
    const admin = actor("ADMIN");
    for (const status of ["UNVERIFIED", "IN_PROGRESS", "VERIFIED"] as const) {
      expect(canApproveVerdict(admin, claim(status, "another-editor"))).toBe(false);
    }
  });

  it("an inactive admin can do nothing", () => {
    const admin = actor("ADMIN", false);
    for (const { fn } of roleTable) expect(fn(admin)).toBe(false);
    for (const { fn } of claimTable) {
      for (const status of STATUSES) expect(fn(admin, claim(status, "another-editor"))).toBe(false);
    }
  });
});
