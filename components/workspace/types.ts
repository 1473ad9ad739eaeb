import type { ClaimView } from "@/lib/claims/dto";
import type { Locale } from "@/lib/i18n/catalogue";
import type { EvidenceMessages } from "@/lib/i18n/catalogue";
import type { WorkspaceMessages } from "@/lib/i18n/catalogue";

export type { ClaimView };

export type WorkspaceUser = { id: string; name: string; role: "ADMIN" | "EDITOR" | "REVIEWER" };

export type WorkspaceBulletin = {
  id: string;
  title: string;
  language: string;
  cleanText: string;
  version: number;
  /** When the server read the claims (a little early), where live updates start. */
  loadedAt: string;
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

export function statusKey(claim: Pick<ClaimView, "status" | "dismissed">) {
  return claim.dismissed ? "DISMISSED" : claim.status;
}
