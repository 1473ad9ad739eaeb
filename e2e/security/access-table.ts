// The expected outcome of every server action, route handler and page for every kind of caller, on
// the caller's own records and on someone else's. The access matrix (access-matrix.spec.ts) finds
// every action in the build's manifest and every route and page in the build: one without a row here fails.
//
// To add a row: name the action `file#export` (the route `METHOD /path/[param]`, the page `/path/[param]`), say who may
// (EVERYONE, EDITORS, ADMINS, PUBLIC, or a per-role object), and write `args` that build, in the
// database, the records on which the call would succeed if allowed. `whose` is "own" or "other".
import { randomUUID } from "node:crypto";
import * as fx from "./fixtures";
import type { TestUser } from "./constants";
import { db } from "./db";
import { sourceServer } from "../source-server";

export type Role = "anonymous" | "deactivated" | "reviewer" | "editor" | "admin";
export const ROLES: Role[] = ["anonymous", "deactivated", "reviewer", "editor", "admin"];
export type Whose = "own" | "other";
export type Expected = "allowed" | "refused" | "not-found";
type PerRole = Record<Role, Expected | { own: Expected; other: Expected }>;

export type Context = {
  /** The caller's user; for anonymous, the user whose records "own" would be. */
  actor: TestUser;
  whose: Whose;
  /** The owner of the records: the caller for "own", someone else of the same role otherwise. */
  owner: TestUser;
  others: { editor: TestUser; reviewer: TestUser; admin: TestUser };
};

export type ActionRow = { expect: PerRole; args: (c: Context) => Promise<unknown[]> };
export type RouteRow = { expect: PerRole; path: (c: Context) => Promise<string>; body?: (c: Context) => unknown };
export type PageRow = { expect: PerRole; path: (c: Context) => Promise<string> };

const A = "allowed" as const;
const R = "refused" as const;
const N = "not-found" as const;
export const PUBLIC: PerRole = { anonymous: A, deactivated: A, reviewer: A, editor: A, admin: A };
export const EVERYONE: PerRole = { anonymous: R, deactivated: R, reviewer: A, editor: A, admin: A };
export const EDITORS: PerRole = { ...EVERYONE, reviewer: R };
export const ADMINS: PerRole = { ...EDITORS, editor: R };

const ref = (c: { id: string; version: number }) => ({ claimId: c.id, version: c.version });
const idle = { status: "idle" };
// A proposal by the caller ("own": a second person must review it) or by another reviewer.
const proposer = (c: Context) => (c.whose === "own" ? c.actor : c.others.reviewer);
let serial = 0;

const WS = "app/(workspace)/bulletins/[id]/actions.ts";
const SRC = "app/(workspace)/bulletins/[id]/source-actions.ts";
const FIX = "app/(workspace)/bulletins/[id]/correction-actions.ts";
const REPORT = "app/(workspace)/bulletins/[id]/report/actions.ts";
const BSRC = "app/(workspace)/bulletins/[id]/bulletin-source-actions.ts";
const SHEET = "app/(workspace)/bulletins/new/spreadsheet/actions.ts";
const BOARD = "app/(workspace)/bulletins/[id]/figures/actions.ts";

export const ACTIONS: Record<string, ActionRow> = {
  "lib/i18n/actions.ts#setLocale": { expect: PUBLIC, args: async () => [fx.form({ locale: "en" })] },
  "app/setup/actions.ts#setupAction": {
    // Setup is gone once an account exists: not found for everyone.
    expect: { anonymous: N, deactivated: N, reviewer: N, editor: N, admin: N },
    args: async () => [idle, fx.form({ name: "Mallory", email: `mallory${++serial}@security.test`, password: "a long password", confirm: "a long password" })],
  },
  "app/(workspace)/account/actions.ts#createApiTokenAction": { expect: EVERYONE, args: async () => [{ name: "matrix" }] },
  "app/(workspace)/account/actions.ts#revokeApiTokenAction": {
    // Someone else's token does not exist as far as the caller can tell; an administrator may revoke any.
    expect: { ...EVERYONE, reviewer: { own: A, other: N }, editor: { own: A, other: N } },
    args: async (c) => [{ tokenId: (await fx.token(c.whose === "own" ? c.actor : c.others.reviewer)).id }],
  },
  "app/(workspace)/account/actions.ts#changePasswordAction": {
    expect: EVERYONE,
    args: async () => [idle, fx.form({ current: "security suite password", password: "security suite password", confirm: "security suite password" })],
  },
  "app/(workspace)/admin/users/actions.ts#createUserAction": {
    expect: ADMINS,
    args: async () => [idle, fx.form({ name: "New Person", email: `new${++serial}@security.test`, password: "a long password", role: "REVIEWER" })],
  },
  "app/(workspace)/admin/users/actions.ts#changeRoleAction": {
    expect: ADMINS,
    args: async (c) => [idle, fx.form({ userId: (await fresh(c)).id, role: "EDITOR" })],
  },
  "app/(workspace)/admin/users/actions.ts#setActiveAction": {
    expect: ADMINS,
    args: async (c) => [idle, fx.form({ userId: (await fresh(c)).id, active: "false" })],
  },
  "app/(workspace)/admin/users/actions.ts#setPasswordAction": {
    expect: ADMINS,
    args: async (c) => [idle, fx.form({ userId: (await fresh(c)).id, password: "set by the admin" })],
  },
  "app/(workspace)/bulletins/bulletin-actions.ts#deleteBulletinAction": {
    expect: EDITORS,
    args: async (c) => {
      const b = await fx.bulletin(c.owner);
      return [{ bulletinId: b.id, confirmTitle: b.title }];
    },
  },
  "app/(workspace)/bulletins/bulletin-actions.ts#restoreBulletinAction": {
    expect: EDITORS,
    args: async (c) => [{ bulletinId: (await fx.deletedBulletin(c.owner)).id }],
  },
  "app/(workspace)/bulletins/new/actions.ts#previewImportAction": { expect: EDITORS, args: async () => [fx.form({ text: fx.BULLETIN_TEXT, language: "zh" })] },
  "app/(workspace)/bulletins/new/actions.ts#importStateAction": {
    // A background import is the editor's own: one that is not theirs (here, none at all) is not found.
    expect: { ...EDITORS, editor: N, admin: N },
    args: async () => [{ jobId: randomUUID() }],
  },
  "app/(workspace)/bulletins/new/actions.ts#createBulletinAction": {
    expect: EDITORS,
    args: async () => [{ title: `Imported ${++serial}`, originalText: fx.BULLETIN_TEXT, language: "zh" }],
  },
  [`${WS}#addCommentAction`]: { expect: EVERYONE, args: async (c) => [{ claimId: (await fx.claim(c.owner)).id, body: "A comment." }] },
  [`${WS}#startClaimAction`]: { expect: EVERYONE, args: async (c) => [ref(await fx.claim(c.owner))] },
  [`${WS}#proposeVerdictAction`]: {
    expect: EVERYONE,
    args: async (c) => [{ ...ref(await fx.claim(c.owner, { status: "IN_PROGRESS", assigneeId: c.owner.id, evidence: true })), verdict: "ACCURATE", rationale: "The notice says so." }],
  },
  [`${WS}#approveVerdictAction`]: {
    // A second person must approve: never the proposer, never a reviewer.
    expect: { ...EDITORS, editor: { own: R, other: A }, admin: { own: R, other: A } },
    args: async (c) => [ref(await fx.claim(c.owner, { status: "IN_REVIEW", proposedById: proposer(c).id, evidence: true }))],
  },
  [`${WS}#sendBackAction`]: {
    expect: { ...EDITORS, editor: { own: R, other: A }, admin: { own: R, other: A } },
    args: async (c) => [{ ...ref(await fx.claim(c.owner, { status: "IN_REVIEW", proposedById: proposer(c).id, evidence: true })), comment: "Check the source again." }],
  },
  [`${WS}#reopenClaimAction`]: { expect: EDITORS, args: async (c) => [ref(await fx.claim(c.owner, { status: "VERIFIED", proposedById: c.others.reviewer.id, evidence: true }))] },
  [`${WS}#dismissClaimAction`]: { expect: EVERYONE, args: async (c) => [{ ...ref(await fx.claim(c.owner)), dismissed: true }] },
  [`${WS}#updateSpanAction`]: { expect: EVERYONE, args: async (c) => [{ ...ref(await fx.claim(c.owner)), start: 0, end: 9 }] },
  [`${WS}#splitClaimAction`]: { expect: EVERYONE, args: async (c) => [{ ...ref(await fx.claim(c.owner)), at: 9 }] },
  [`${WS}#addClaimAction`]: { expect: EVERYONE, args: async (c) => [{ bulletinId: (await fx.bulletin(c.owner)).id, start: 18, end: 40 }] },
  [`${WS}#assignClaimsAction`]: {
    expect: EDITORS,
    args: async (c) => {
      const claim = await fx.claim(c.owner);
      return [{ claims: [{ id: claim.id, version: claim.version }], assigneeId: c.others.reviewer.id }];
    },
  },
  [`${WS}#mergeClaimsAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const first = await fx.claim(c.owner);
      const second = await fx.serverClaim(first.bulletinId, 9, 16);
      return [{ claims: [{ id: first.id, version: first.version }, { id: second.id, version: second.version }] }];
    },
  },
  [`${SRC}#acknowledgeFindingAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { finding: true });
      return [{ ...ref(claim), findingId: claim.findingId }];
    },
  },
  [`${SRC}#addEvidenceAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner);
      const src = await fx.source(c.owner);
      return [{ claimId: claim.id, sourceId: src.id, snapshotId: src.snapshotId, start: 6, end: 13, stance: "SUPPORTS" }];
    },
  },
  [`${SRC}#attachSourceAction`]: {
    expect: EVERYONE,
    args: async (c) => [{ claimId: (await fx.claim(c.owner)).id, sourceId: (await fx.source(c.owner)).id }],
  },
  [`${SRC}#addSourceAction`]: {
    expect: EVERYONE,
    args: async (c) => [fx.form({ claimId: (await fx.claim(c.owner)).id, title: "A new source", kind: "OFFICIAL", credibility: "3", text: fx.SOURCE_TEXT })],
  },
  // Sources of a whole bulletin: every active member attaches and detaches them.
  [`${BSRC}#addBulletinSourceAction`]: {
    expect: EVERYONE,
    args: async (c) => [fx.form({ bulletinId: (await fx.bulletin(c.owner)).id, title: "A bulletin source", kind: "OFFICIAL", credibility: "3", text: fx.SOURCE_TEXT })],
  },
  [`${BSRC}#attachBulletinSourceAction`]: {
    expect: EVERYONE,
    args: async (c) => [{ bulletinId: (await fx.bulletin(c.owner)).id, sourceId: (await fx.source(c.owner)).id }],
  },
  [`${BSRC}#detachBulletinSourceAction`]: { expect: EVERYONE, args: async (c) => [await fx.bulletinSource(c.owner)] },
  [`${BSRC}#fetchBulletinSourceAction`]: {
    expect: EVERYONE,
    args: async (c) => [{ bulletinId: (await fx.bulletin(c.owner)).id, url: `${(await sourceServer()).origin}/any/${++serial}`, kind: "OFFICIAL", credibility: "3" }],
  },
  [`${SRC}#addSnapshotAction`]: {
    expect: EVERYONE,
    args: async (c) => [fx.form({ sourceId: (await fx.source(c.owner)).id, text: `${fx.SOURCE_TEXT} 更新。` })],
  },
  // Fetching by URL: a page of the suite's own server, a new address each time so each call fetches.
  [`${SRC}#fetchSourceAction`]: {
    expect: EVERYONE,
    args: async (c) => [{ claimId: (await fx.claim(c.owner)).id, url: `${(await sourceServer()).origin}/any/${++serial}`, kind: "OFFICIAL", credibility: "3" }],
  },
  [`${SRC}#fetchAgainAction`]: {
    expect: EVERYONE,
    args: async (c) => [{ sourceId: (await fx.source(c.owner, `${(await sourceServer()).origin}/any/${++serial}`)).id }],
  },
  [`${SRC}#proposeFigureCheckAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { figure: true, evidence: true });
      return [{ claimId: claim.id, figureId: claim.figureId }];
    },
  },
  [`${SRC}#recordFigureCheckAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { figure: true });
      return [{ ...ref(claim), figureId: claim.figureId, result: "NOT_CHECKABLE", note: "No source states it." }];
    },
  },
  // The figure board: every active member decides figures, as in the workspace.
  [`${BOARD}#decideBoardFigureAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { figure: true });
      return [{ bulletinId: claim.bulletinId, figureId: claim.figureId, version: claim.version, decision: "NOT_CHECKABLE", note: "No source states it." }];
    },
  },
  [`${BOARD}#acceptAllShownAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { figure: true });
      return [{ bulletinId: claim.bulletinId, figures: [{ figureId: claim.figureId, version: claim.version }] }];
    },
  },
  [`${FIX}#editClaimAction`]: { expect: EVERYONE, args: async (c) => [{ ...ref(await fx.claim(c.owner)), statement: "全市新建学校12所。", speaker: "市教育局" }] },
  // Tags and priority are triage: any member may set them on any claim, at any status.
  [`${FIX}#setTagsAction`]: { expect: EVERYONE, args: async (c) => [{ ...ref(await fx.claim(c.owner)), tags: ["教育", "budget"] }] },
  [`${FIX}#setPriorityAction`]: { expect: EVERYONE, args: async (c) => [{ ...ref(await fx.claim(c.owner)), priority: "HIGH" }] },
  [`${FIX}#bulkChangeAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const first = await fx.claim(c.owner);
      const second = await fx.serverClaim(first.bulletinId, 9, 16);
      return [{ claims: [{ id: first.id, version: first.version }, { id: second.id, version: second.version }], change: { kind: "dismiss", reason: "Not a checkable claim." } }];
    },
  },
  [`${FIX}#proposeFigureAction`]: { expect: EVERYONE, args: async (c) => [{ claimId: (await fx.claim(c.owner)).id, start: 6, end: 9 }] },
  [`${FIX}#addFigureAction`]: {
    expect: EVERYONE,
    args: async (c) => [{ ...ref(await fx.claim(c.owner)), start: 12, end: 14, value: "3", unit: "家", approx: "exact", kind: "count" }],
  },
  [`${FIX}#editFigureAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { figure: true });
      return [{ ...ref(claim), figureId: claim.figureId, value: "13", unit: "所", approx: "exact", kind: "count" }];
    },
  },
  [`${FIX}#removeFigureAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { figure: true });
      return [{ ...ref(claim), figureId: claim.figureId }];
    },
  },
  [`${FIX}#detachSourceAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { evidence: true });
      return [{ ...ref(claim), sourceId: claim.sourceId }];
    },
  },
  [`${FIX}#editEvidenceAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { evidence: true });
      return [{ ...ref(claim), evidenceId: claim.evidenceId, stance: "CONTEXT", note: "Only the total." }];
    },
  },
  [`${FIX}#deleteEvidenceAction`]: {
    expect: EVERYONE,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { evidence: true });
      return [{ ...ref(claim), evidenceId: claim.evidenceId }];
    },
  },
  // Marks only the caller's own notifications: naming someone else's changes nothing (lib/notifications tests).
  "lib/notifications/actions.ts#markNotificationsReadAction": {
    expect: EVERYONE,
    args: async (c) => [{ ids: [(await fx.notification(c.owner)).id] }],
  },
  [`${REPORT}#createShareLinkAction`]: { expect: EDITORS, args: async (c) => [{ bulletinId: (await fx.bulletin(c.owner)).id }] },
  [`${REPORT}#revokeShareLinkAction`]: { expect: EDITORS, args: async (c) => [{ linkId: (await fx.shareLink(c.whose === "own" ? c.actor : c.others.editor)).id }] },
  // Publishing: any editor, whoever proposed or approved the verdict.
  [`${REPORT}#publishClaimsAction`]: {
    expect: EDITORS,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { status: "VERIFIED", proposedById: c.others.reviewer.id, evidence: true });
      return [{ bulletinId: claim.bulletinId, claims: [{ id: claim.id, version: claim.version }] }];
    },
  },
  [`${REPORT}#publishAllVerifiedAction`]: {
    expect: EDITORS,
    args: async (c) => [{ bulletinId: (await fx.claim(c.owner, { status: "VERIFIED", proposedById: c.others.reviewer.id, evidence: true })).bulletinId }],
  },
  [`${REPORT}#unpublishClaimsAction`]: {
    expect: EDITORS,
    args: async (c) => {
      const claim = await fx.claim(c.owner, { status: "VERIFIED", proposedById: c.others.reviewer.id, evidence: true, published: true });
      return [{ bulletinId: claim.bulletinId, claims: [{ id: claim.id, version: claim.version }] }];
    },
  },
  [`${SHEET}#previewSpreadsheetAction`]: { expect: EDITORS, args: async () => [idle, fx.form({ file: fx.claimSheet() })] },
  [`${SHEET}#createFromSpreadsheetAction`]: {
    expect: EDITORS,
    args: async () => [idle, fx.form({ file: fx.claimSheet(), fileName: "claims.csv", title: `Sheet ${++serial}`, language: "en", sheet: "0", statementColumn: "0" })],
  },
};

function fresh(c: Context) {
  return db("newUser", "REVIEWER", `target-${c.whose}`);
}

const bulletinPath = async (c: Context, tail = "") => `/api/v1/bulletins/${(await fx.claim(c.owner)).bulletinId}${tail}`;

export const ROUTES: Record<string, RouteRow> = {
  "GET /api/auth/[...nextauth]": { expect: PUBLIC, path: async () => "/api/auth/session" },
  "POST /api/auth/[...nextauth]": {
    // next-auth's own POSTs need its CSRF token; without one every caller is sent back, never a 500.
    expect: PUBLIC,
    path: async () => "/api/auth/signout",
  },
  // For load balancers: they say whether the process and its database answer, nothing more.
  "GET /api/health/live": { expect: PUBLIC, path: async () => "/api/health/live" },
  "GET /api/health/ready": { expect: PUBLIC, path: async () => "/api/health/ready" },
  "GET /api/v1/bulletins": { expect: EVERYONE, path: async () => "/api/v1/bulletins" },
  "POST /api/v1/bulletins": {
    expect: EDITORS,
    path: async () => "/api/v1/bulletins",
    body: () => ({ title: `Via API ${++serial}`, originalText: fx.BULLETIN_TEXT, language: "zh" }),
  },
  // An import's state is its importer's: another editor's looks like no import at all.
  "GET /api/v1/imports/[id]": {
    expect: { ...EDITORS, editor: { own: A, other: N }, admin: { own: A, other: N } },
    path: async (c) => `/api/v1/imports/${(await fx.importedBulletin(c.owner)).id}`,
  },
  "POST /api/v1/claims/[id]/sources": {
    expect: EVERYONE,
    path: async (c) => `/api/v1/claims/${(await fx.claim(c.owner)).id}/sources`,
    body: () => ({ title: `API source ${++serial}`, kind: "OFFICIAL", credibility: 4, text: fx.SOURCE_TEXT }),
  },
  // A bulletin's own source, as the workspace's bulletin-source action: every active member.
  "POST /api/v1/bulletins/[id]/sources": {
    expect: EVERYONE,
    path: async (c) => `/api/v1/bulletins/${(await fx.bulletin(c.owner)).id}/sources`,
    body: () => ({ title: `API bulletin source ${++serial}`, kind: "OFFICIAL", credibility: 4, text: fx.SOURCE_TEXT }),
  },
  // The fixture's claim is at version 1.
  "POST /api/v1/figures/[id]/check": {
    expect: EVERYONE,
    path: async (c) => `/api/v1/figures/${(await fx.claim(c.owner, { figure: true })).figureId}/check`,
    body: () => ({ version: 1, result: "NOT_CHECKABLE", note: "No source states it." }),
  },
  "GET /api/v1/bulletins/[id]": { expect: EVERYONE, path: (c) => bulletinPath(c) },
  "GET /api/v1/bulletins/[id]/changes": { expect: EVERYONE, path: (c) => bulletinPath(c, "/changes?version=0") },
  "GET /api/v1/bulletins/[id]/claims": { expect: EVERYONE, path: (c) => bulletinPath(c, "/claims") },
  "GET /api/v1/bulletins/[id]/cleaning-changes": { expect: EVERYONE, path: (c) => bulletinPath(c, "/cleaning-changes") },
  "GET /api/v1/bulletins/[id]/events": { expect: EVERYONE, path: (c) => bulletinPath(c, "/events") },
  "GET /api/v1/bulletins/[id]/figure-proposals": { expect: EVERYONE, path: (c) => bulletinPath(c, "/figure-proposals") },
  "GET /api/v1/bulletins/[id]/export": { expect: EDITORS, path: (c) => bulletinPath(c, "/export?format=csv&scope=all") },
  "GET /api/v1/bulletins/[id]/report": { expect: EDITORS, path: (c) => bulletinPath(c, "/report?scope=all") },
  // A share card exists for a published claim only; editors see it before sharing, as they export.
  "GET /api/v1/claims/[id]/card": {
    expect: EDITORS,
    path: async (c) => `/api/v1/claims/${(await fx.claim(c.owner, { status: "VERIFIED", proposedById: c.others.reviewer.id, published: true })).id}/card?size=square&lang=en`,
  },
  "GET /api/v1/claims/[id]": { expect: EVERYONE, path: async (c) => `/api/v1/claims/${(await fx.claim(c.owner)).id}` },
  "GET /api/v1/claims/[id]/discussion": { expect: EVERYONE, path: async (c) => `/api/v1/claims/${(await fx.claim(c.owner)).id}/discussion` },
  "GET /api/v1/me": { expect: EVERYONE, path: async () => "/api/v1/me" },
  "GET /api/v1/notifications": { expect: EVERYONE, path: async () => `/api/v1/notifications?since=${encodeURIComponent(new Date(0).toISOString())}` },
  "GET /api/v1/openapi.json": { expect: PUBLIC, path: async () => "/api/v1/openapi.json" },
  "GET /api/v1/sources": { expect: EVERYONE, path: async () => "/api/v1/sources?q=Bureau" },
  "GET /api/v1/sources/[id]": { expect: EVERYONE, path: async (c) => `/api/v1/sources/${(await fx.source(c.owner)).id}` },
  "GET /api/v1/users": { expect: ADMINS, path: async () => "/api/v1/users" },
  "POST /api/v1/users": {
    expect: ADMINS,
    path: async () => "/api/v1/users",
    body: () => ({ name: "Via API", email: `api${++serial}@security.test`, password: "a long password", role: "REVIEWER" }),
  },
  // Reading a stored copy: every member, as the snapshot page itself.
  "GET /sources/[id]/snapshots/[snapshotId]/warc": {
    expect: EVERYONE,
    path: async (c) => {
      const src = await fx.source(c.owner, `${(await sourceServer()).origin}/any/${++serial}`);
      return `/sources/${src.id}/snapshots/${src.snapshotId}/warc`;
    },
  },
  "GET /auth/ended": { expect: PUBLIC, path: async () => "/auth/ended" },
  // The favicon, a metadata route.
  "GET /icon.svg": { expect: PUBLIC, path: async () => "/icon.svg" },
  "GET /share/[token]/claims/[claimId]/card": {
    expect: PUBLIC,
    path: async (c) => {
      const shared = await fx.sharedClaim(c.owner);
      return `/share/${shared.secret}/claims/${shared.claimId}/card?size=landscape&lang=zh`;
    },
  },
};

const sharedPath = async (c: Context, tail: (s: Awaited<ReturnType<typeof fx.sharedClaim>>) => string) => {
  const shared = await fx.sharedClaim(c.owner);
  return `/share/${shared.secret}${tail(shared)}`;
};

// A page refuses by sending the caller to sign in (or to /auth/ended), or with a 403.
export const PAGES: Record<string, PageRow> = {
  "/": { expect: EVERYONE, path: async () => "/" },
  "/setup": { expect: { anonymous: N, deactivated: N, reviewer: N, editor: N, admin: N }, path: async () => "/setup" },
  "/signin": { expect: PUBLIC, path: async () => "/signin" },
  "/account": { expect: EVERYONE, path: async () => "/account" },
  "/admin/users": { expect: ADMINS, path: async () => "/admin/users" },
  "/bulletins": { expect: EVERYONE, path: async () => "/bulletins" },
  "/bulletins/new": { expect: EDITORS, path: async () => "/bulletins/new" },
  "/bulletins/new/spreadsheet": { expect: EDITORS, path: async () => "/bulletins/new/spreadsheet" },
  "/bulletins/[id]": { expect: EVERYONE, path: async (c) => `/bulletins/${(await fx.claim(c.owner)).bulletinId}` },
  "/bulletins/[id]/figures": { expect: EVERYONE, path: async (c) => `/bulletins/${(await fx.claim(c.owner)).bulletinId}/figures` },
  "/bulletins/[id]/report": { expect: EDITORS, path: async (c) => `/bulletins/${(await fx.claim(c.owner)).bulletinId}/report?scope=all` },
  "/queue": { expect: EVERYONE, path: async () => "/queue" },
  "/review": { expect: EDITORS, path: async () => "/review" },
  "/sources/[id]/snapshots/[snapshotId]": {
    expect: EVERYONE,
    path: async (c) => {
      const src = await fx.source(c.owner);
      return `/sources/${src.id}/snapshots/${src.snapshotId}`;
    },
  },
  "/share/[token]": { expect: PUBLIC, path: (c) => sharedPath(c, () => "") },
  "/share/[token]/claims/[claimId]": { expect: PUBLIC, path: (c) => sharedPath(c, (s) => `/claims/${s.claimId}`) },
  "/share/[token]/snapshots/[snapshotId]": { expect: PUBLIC, path: (c) => sharedPath(c, (s) => `/snapshots/${s.snapshotId}`) },
};
