import type { ClaimView } from "@/lib/claims/dto";
import type { Locale } from "@/lib/i18n/messages";
import type { EvidenceMessages } from "@/lib/i18n/evidence-messages";
import type { WorkspaceMessages } from "@/lib/i18n/workspace-messages";

export type { ClaimView };

export type WorkspaceUser = { id: string; name: string; role: "ADMIN" | "EDITOR" | "REVIEWER" };

export type WorkspaceBulletin = {
  id: string;
  title: string;
  language: string;
  cleanText: string;
  /** The bulletin's version when its claims were read: live updates ask for what changed after it. */
  version: number;
};

export type Filters = {
  status: "all" | "UNVERIFIED" | "IN_PROGRESS" | "IN_REVIEW" | "VERIFIED" | "DISMISSED";
  kind: "all" | "STATISTIC" | "QUOTE" | "EVENT" | "OTHER";
  assignee: "all" | "none" | string;
  hasFigures: boolean;
  failedCheck: boolean;
  sort: "position" | "worthiness";
};

export type Draft = { verdict?: string; rationale?: string; comment?: string; sendBack?: string };

export type WorkspaceContext = {
  w: WorkspaceMessages;
  e: EvidenceMessages;
  locale: Locale;
  me: WorkspaceUser;
  users: WorkspaceUser[];
  isEditor: boolean;
};

export function statusKey(claim: { status: ClaimView["status"]; dismissed: boolean }) {
  return claim.dismissed ? "DISMISSED" : claim.status;
}
