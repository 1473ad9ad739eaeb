import type { RoleName } from "@/lib/validations/user";

// Permission rules as named functions, one per thing a user may try; callers never compare roles themselves.

export type Actor = { id: string; role: RoleName; active: boolean };

type ClaimForPermission = {
  assigneeId: string | null;
  proposedById: string | null;
  status: "UNVERIFIED" | "IN_PROGRESS" | "IN_REVIEW" | "VERIFIED";
};

const isEditorOrAdmin = (user: Actor) => user.active && (user.role === "ADMIN" || user.role === "EDITOR");

export function canManageUsers(user: Actor): boolean {
  return user.active && user.role === "ADMIN";
}

export function canImportBulletin(user: Actor): boolean {
  return isEditorOrAdmin(user);
}

export function canDeleteBulletin(user: Actor): boolean {
  return isEditorOrAdmin(user);
}

export function canAssignClaims(user: Actor): boolean {
  return isEditorOrAdmin(user);
}

/** Reading a report (page or API), exporting it and sharing it: one permission, as each is a copy of the same report. */
export function canExportReports(user: Actor): boolean {
  return isEditorOrAdmin(user);
}

/** Publishing puts verified claims in front of the public (share links, ClaimReview, share cards). */
export function canPublishClaims(user: Actor): boolean {
  return isEditorOrAdmin(user);
}

/** The source library and its stored copies (the snapshot page, its WARC download): every active member. */
export function canReadSources(user: Actor): boolean {
  return user.active;
}

/** Every active member works on claims that are not yet verified; a verified claim is reopened by an editor. */
export function canEditClaim(user: Actor, claim: ClaimForPermission): boolean {
  if (!user.active) return false;
  if (claim.status === "VERIFIED") return isEditorOrAdmin(user);
  return true;
}

export function canProposeVerdict(user: Actor, claim: ClaimForPermission): boolean {
  return canEditClaim(user, claim) && (claim.status === "UNVERIFIED" || claim.status === "IN_PROGRESS");
}

/** The second pair of eyes: an editor who did not propose the verdict. */
export function canApproveVerdict(user: Actor, claim: ClaimForPermission): boolean {
  return isEditorOrAdmin(user) && claim.status === "IN_REVIEW" && claim.proposedById !== user.id;
}

/** The review inbox: the editors who approve or send back proposed verdicts. */
export function canReviewVerdicts(user: Actor): boolean {
  return isEditorOrAdmin(user);
}

export function canComment(user: Actor): boolean {
  return user.active;
}

/** A bulletin's own sources (read for every figure of it): every active member attaches and detaches them. */
export function canChangeBulletinSources(user: Actor): boolean {
  return user.active;
}

/** The figure board of a bulletin, and its proposals through the API: every active member. */
export function canReadFigureBoard(user: Actor): boolean {
  return user.active;
}

/** Deciding figures on the board (accept, differs, not found, not checkable): whoever reads it; each claim's own rule applies too. */
export function canCheckFiguresOnBoard(user: Actor): boolean {
  return canReadFigureBoard(user);
}
