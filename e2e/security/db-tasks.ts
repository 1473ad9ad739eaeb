// What the browser suite does in the test server's database, run by db-worker.ts under tsx (the
// Prisma client is an ES module, which Playwright's loader cannot import). Each task is called
// through db.ts with JSON arguments and answers JSON.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { createDb, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { RATE_LIMITS } from "@/lib/http/rate-limit";
import { startSession } from "@/lib/auth/sessions";
import { createApiToken } from "@/lib/tokens/api-tokens";
import { createShareLink } from "@/lib/tokens/share-links";
import { setActive } from "@/lib/users/service";
import { BULLETIN_TEXT, SOURCE_TEXT, type TestUser } from "./constants";
import { SERVERS_DIR } from "../run-paths";

export const DATA_DIR = SERVERS_DIR;
/** Where the suite's servers keep their data and what signs their sessions (scripts/e2e-servers.ts). */
const servers = (): { databaseUrl: string; secret: string } => JSON.parse(readFileSync(`${DATA_DIR}/servers.json`, "utf8"));
let client: Db | undefined;
/** The servers' own database, SQLite or PostgreSQL (on SQLite, WAL and a busy timeout let the test write beside them). */
function serverDb(): Db {
  client ??= createDb(servers().databaseUrl);
  return client;
}

export const PASSWORD = "security suite password";
let passwordHash: Promise<string> | undefined;
let users = 0;

export async function newUser(role: TestUser["role"], label = role.toLowerCase()): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${label}.${Date.now().toString(36)}.${++users}@security.test`;
  const row = await serverDb().user.create({ data: { email, name: `${label} ${users}`, role, passwordHash: await passwordHash } });
  return { id: row.id, email, name: row.name, role, active: true };
}

/** A session cookie as next-auth writes it after a sign-in, for a Session row in the database. */
export async function sessionCookie(user: { id: string }): Promise<string> {
  const { secret } = servers();
  const sid = await startSession(serverDb(), user.id);
  const token = await encode({ token: { sub: user.id, sid }, secret, maxAge: 12 * 60 * 60 });
  return `next-auth.session-token=${token}`;
}

export async function deactivate(admin: TestUser, userId: string): Promise<void> {
  await setActive(serverDb(), admin, userId, false);
}

/** Read-only look at any table, for assertions: `count("session", { where })`. */
export async function count(model: string, args: object = {}): Promise<number> {
  return (serverDb() as unknown as Record<string, { count: (a: object) => Promise<number> }>)[model].count(args);
}

export async function findMany(model: string, args: object = {}): Promise<unknown[]> {
  return (serverDb() as unknown as Record<string, { findMany: (a: object) => Promise<unknown[]> }>)[model].findMany(args);
}

/** Fills every open window of share-link misses to its limit: the next share page is the throttled one. */
export async function throttleShareLinks(): Promise<number> {
  const { count: windows } = await serverDb().rateLimitWindow.updateMany({ where: { key: { startsWith: "share-miss|" } }, data: { count: RATE_LIMITS["share-miss"].limit } });
  return windows;
}

/** Forgets every share-link miss, so the rest of the suite opens its links again. */
export async function clearShareThrottle(): Promise<void> {
  await serverDb().rateLimitWindow.deleteMany({ where: { key: { startsWith: "share-miss|" } } });
}


let serial = 0;
const db = () => serverDb();

export async function bulletin(owner: TestUser, title = `Security fixture ${++serial}`) {
  return db().bulletin.create({ data: { title, originalText: BULLETIN_TEXT, cleanText: BULLETIN_TEXT, language: "zh", importedById: owner.id } });
}

/** A bulletin as an import writes it (a UUID id, which is also its import's job id). */
export async function importedBulletin(owner: TestUser) {
  return db().bulletin.create({ data: { id: randomUUID(), title: `Imported fixture ${++serial}`, originalText: BULLETIN_TEXT, cleanText: BULLETIN_TEXT, language: "zh", importedById: owner.id } });
}

export async function deletedBulletin(owner: TestUser) {
  const b = await bulletin(owner);
  return db().bulletin.update({ where: { id: b.id }, data: { deletedAt: new Date(), deletedById: owner.id } });
}

type ClaimOptions = {
  status?: "UNVERIFIED" | "IN_PROGRESS" | "IN_REVIEW" | "VERIFIED";
  proposedById?: string | null;
  assigneeId?: string | null;
  evidence?: boolean;
  figure?: boolean;
  finding?: boolean;
  /** Verified and published by the bulletin's owner: what a share link shows. */
  published?: boolean;
};

/** Claims are numbered once per bulletin; rows written here take the next number. */
async function nextNumber(bulletinId: string): Promise<number> {
  return ((await db().claim.aggregate({ where: { bulletinId }, _max: { number: true } }))._max.number ?? 0) + 1;
}

/** A claim on a fresh bulletin of `owner`, the first sentence, in the state the options ask for. */
export async function claim(owner: TestUser, options: ClaimOptions = {}) {
  const b = await bulletin(owner);
  const text = "全市新建学校12所，医院3家。";
  const row = await db().claim.create({
    data: {
      bulletinId: b.id, number: await nextNumber(b.id), start: 0, end: text.length, text, statement: text, kind: "STATISTIC",
      status: options.status ?? "UNVERIFIED", assigneeId: options.assigneeId ?? null,
      verdict: options.status === "IN_REVIEW" || options.status === "VERIFIED" ? "ACCURATE" : null,
      rationale: options.status === "IN_REVIEW" || options.status === "VERIFIED" ? "The bureau's notice says so." : null,
      proposedById: options.proposedById ?? null,
      proposedAt: options.proposedById ? new Date() : null,
      ...(options.published ? { publishedAt: new Date(), publishedById: owner.id } : {}),
    },
  });
  const figure = options.figure
    ? await db().figure.create({ data: { claimId: row.id, text: "12所", start: 6, end: 9, kind: "count", value: "12", unit: "所" } })
    : null;
  const finding = options.finding
    ? await db().consistencyFinding.create({ data: { claimId: row.id, kind: "count-vs-list", ok: false, details: "{}" } })
    : null;
  const src = options.evidence ? await source(owner) : null;
  let evidenceId = "";
  if (src) {
    await db().claimSource.create({ data: { claimId: row.id, sourceId: src.id, attachedById: owner.id } });
    const start = SOURCE_TEXT.indexOf("新建学校12所");
    ({ id: evidenceId } = await db().evidence.create({
      data: { claimId: row.id, sourceId: src.id, snapshotId: src.snapshotId, exact: "新建学校12所", start, end: start + 7, stance: "SUPPORTS", createdById: owner.id },
    }));
  }
  return { ...row, bulletin: b, figureId: figure?.id ?? "", findingId: finding?.id ?? "", sourceId: src?.id ?? "", snapshotId: src?.snapshotId ?? "", evidenceId };
}

/** A source with one snapshot; with a URL, the snapshot is as a fetch by that URL stores it (so it has a WARC). */
export async function source(owner: TestUser, url?: string) {
  const fetched = url
    ? {
      requestedUrl: url, finalUrl: url, httpStatus: 200, httpContentType: "text/plain; charset=utf-8", httpHeaders: JSON.stringify([["Content-Type", "text/plain; charset=utf-8"]]),
      fetchedAt: new Date(), bytes: new Uint8Array(Buffer.from(SOURCE_TEXT)), sha256: createHash("sha256").update(SOURCE_TEXT).digest("hex"),
    }
    : {};
  const row = await db().source.create({
    data: { title: `Bureau notice ${++serial}`, url: url ?? null, kind: "OFFICIAL", credibility: 4, createdById: owner.id, snapshots: { create: { text: SOURCE_TEXT, createdById: owner.id, ...fetched } } },
    include: { snapshots: true },
  });
  return { id: row.id, snapshotId: row.snapshots[0].id };
}

/** A source attached to a whole bulletin of `owner`'s. */
export async function bulletinSource(owner: TestUser) {
  const b = await bulletin(owner);
  const src = await source(owner);
  await db().bulletinSource.create({ data: { bulletinId: b.id, sourceId: src.id, attachedById: owner.id } });
  return { bulletinId: b.id, sourceId: src.id };
}

export async function token(owner: TestUser) {
  return createApiToken(db(), owner, `fixture ${++serial}`);
}

/** A live share link made by `owner` (written directly: a reviewer's "own" link is a test case too). */
export async function shareLink(owner: TestUser) {
  const b = await bulletin(owner);
  const { secret } = await createShareLink(db(), { id: b.importedById, role: "EDITOR", active: true }, b.id);
  return db().shareLink.update({ where: { tokenHash: createHash("sha256").update(secret).digest("hex") }, data: { createdById: owner.id } });
}

/** A published claim quoting a stored source, behind a live share link to its bulletin. */
export async function sharedClaim(owner: TestUser) {
  const row = await claim(owner, { status: "VERIFIED", evidence: true, published: true });
  const { secret } = await createShareLink(db(), { id: owner.id, role: "EDITOR", active: true }, row.bulletinId);
  return { secret, claimId: row.id, snapshotId: row.snapshotId };
}

/** An unread notification for `owner` about a claim of theirs. */
export async function notification(owner: TestUser) {
  const c = await claim(owner);
  return db().notification.create({ data: { userId: owner.id, kind: "CHANGED", claimId: c.id, bulletinId: c.bulletinId, params: JSON.stringify({ bulletin: c.bulletin.title, action: "claim.tags" }) } });
}

/** A second claim on an existing bulletin (for merging). */
export async function serverClaim(bulletinId: string, start: number, end: number) {
  const text = BULLETIN_TEXT.slice(start, end);
  return db().claim.create({ data: { bulletinId, number: await nextNumber(bulletinId), start, end, text, statement: text, kind: "OTHER" } });
}

/** A user with the suite's password, for tests that sign in over HTTP or in the browser. */
export async function reactivate(admin: TestUser, userId: string): Promise<void> {
  await setActive(serverDb(), admin, userId, true);
}

/**
 * A workspace whose every user-writable field holds `payload`: user names, bulletin metadata and
 * text, a verified claim's rationale, comments, a source's metadata and text, evidence notes, figure
 * check notes, a token name. Returns what the pages need to show it all.
 */
export async function hostileWorkspace(payload: string) {
  const editor = await newUser("EDITOR", "xss-editor");
  const reviewer = await newUser("REVIEWER", "xss-reviewer");
  await db().user.updateMany({ where: { id: { in: [editor.id, reviewer.id] } }, data: { name: `Name ${payload}` } });
  const text = `${payload} 全市新建学校12所。${payload}`;
  const b = await db().bulletin.create({
    data: { title: `Title ${payload}`, publisher: `Publisher ${payload}`, sourceUrl: `https://example.org/?q=${encodeURIComponent(payload)}`, originalText: text, cleanText: text, language: "zh", importedById: editor.id },
  });
  const claim = await db().claim.create({
    data: {
      bulletinId: b.id, number: 1, start: 0, end: text.length, text, statement: text, kind: "STATISTIC", status: "VERIFIED", verdict: "ACCURATE",
      rationale: `Rationale ${payload}`, speaker: `Speaker ${payload}`, proposedById: reviewer.id, approvedById: editor.id, assigneeId: reviewer.id,
      proposedAt: new Date(), approvedAt: new Date(), publishedAt: new Date(), publishedById: editor.id,
    },
  });
  await db().claim.create({ data: { bulletinId: b.id, number: 2, start: 0, end: 5, text: text.slice(0, 5), statement: `Open ${payload}`, assigneeId: editor.id } });
  await db().figure.create({ data: { claimId: claim.id, text: "12所", start: payload.length + 6, end: payload.length + 9, kind: "count", value: "12", check: "NOT_CHECKABLE", checkNote: `Note ${payload}`, checkedById: reviewer.id } });
  const src = await db().source.create({
    data: {
      title: `Source ${payload}`, publisher: `Bureau ${payload}`, url: `https://example.org/${encodeURIComponent(payload)}`, kind: "OFFICIAL", credibility: 4, createdById: reviewer.id,
      snapshots: { create: { text: `${payload} 新建学校12所 ${payload}`, createdById: reviewer.id } },
    },
    include: { snapshots: true },
  });
  await db().claimSource.create({ data: { claimId: claim.id, sourceId: src.id, attachedById: reviewer.id } });
  await db().evidence.create({
    data: { claimId: claim.id, sourceId: src.id, snapshotId: src.snapshots[0].id, exact: "新建学校12所", prefix: payload, suffix: payload, start: payload.length + 1, end: payload.length + 8, stance: "SUPPORTS", note: `Evidence ${payload}`, createdById: reviewer.id },
  });
  await db().comment.create({ data: { claimId: claim.id, authorId: reviewer.id, body: `Comment ${payload}` } });
  await createApiToken(db(), editor, `Token ${payload}`);
  const { secret } = await createShareLink(db(), editor, b.id);
  return { editor, bulletinId: b.id, claimId: claim.id, sourceId: src.id, snapshotId: src.snapshots[0].id, shareSecret: secret };
}
