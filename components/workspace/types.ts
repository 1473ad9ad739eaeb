import type { ClaimView } from "@/lib/claims/dto";
import type { Catalogue, EvidenceMessages, Locale, WorkspaceMessages } from "@/lib/i18n/catalogue";

export type { ClaimView };

export type WorkspaceUser = { id: string; name: string; role: "ADMIN" | "EDITOR" | "REVIEWER" };

export type WorkspaceBulletin = {
  id: string;
  title: string;
  language: string;
  cleanText: string;
  /** The bulletin's version when its claims were read: live updates ask for what changed after it. */
  version: number;
  /** Sentences holding a figure or a name that fall in no claim. */
  uncovered: { start: number; end: number }[];
};

export type Filters = {
  status: "all" | "UNVERIFIED" | "IN_PROGRESS" | "IN_REVIEW" | "VERIFIED" | "DISMISSED";
  kind: "all" | "STATISTIC" | "QUOTE" | "EVENT" | "OTHER";
  assignee: "all" | "none" | string;
  hasFigures: boolean;
  failedCheck: boolean;
  tag: string;
  sort: "position" | "worthiness" | "priority";
};

export type Draft = { verdict?: string; rationale?: string; comment?: string; sendBack?: string };

export type WorkspaceContext = {
  w: WorkspaceMessages;
  e: EvidenceMessages;
  c: Catalogue["corrections"];
  r: Catalogue["review"];
  h: Catalogue["history"];
  b: Catalogue["bulletin"];
  tags: string[];
  locale: Locale;
  me: WorkspaceUser;
  users: WorkspaceUser[];
  isEditor: boolean;
};

export function statusKey(claim: { status: ClaimView["status"]; dismissed: boolean }) {
  return claim.dismissed ? "DISMISSED" : claim.status;
}
