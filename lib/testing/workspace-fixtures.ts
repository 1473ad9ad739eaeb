import { expect } from "vitest";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { importBulletin } from "@/lib/bulletins/import";
import { AppError, type ErrorCode } from "@/lib/errors";
import { recordFigureCheck } from "@/lib/claims/figure-checks";
import { addEvidence } from "@/lib/sources/evidence";
import { addSourceToClaim } from "@/lib/sources/service";
import { createBulletinSchema, type CreateBulletinInput } from "@/lib/validations/bulletin";

// Shared people and bulletins for the workspace's database tests. Texts are written for these tests.

export const ZH_BULLETIN = [
  "从1月1日至3月31日，本市共新建学校约12所，医院3家，公园4.5万平方米。全年财政收入1.14亿元，税收同比增长6.2%。",
  "市长表示，“今年我们将继续扩大對外开放。”",
  "本市已向法国、德国、日本、巴西、印度共5个国家派出贸易代表团。",
  "另有英国、意大利、西班牙共4个国家的企业来访。",
].join("\n");

export const EN_BULLETIN =
  "The council hired 240 new nurses last year. Spending on clinics rose by 12.5% to $4.2 million in 2023, the treasurer said.";

export type Person = Actor & { name: string };
export type People = Record<"admin" | "editor" | "editor2" | "reviewer" | "reviewer2" | "inactiveEditor" | "inactiveReviewer", Person>;

let serial = 0;

/** One user row per role the rules distinguish, so foreign keys hold and messages can name people. */
export async function createPeople(db: Db): Promise<People> {
  const tag = ++serial;
  const make = async (name: string, role: Actor["role"], active = true): Promise<Person> => {
    const row = await db.user.create({
      data: { email: `${name.toLowerCase().replace(/\s+/g, ".")}.${tag}@example.com`, name, passwordHash: "not-a-real-hash", role, active },
    });
    return { id: row.id, role, active, name: row.name };
  };
  return {
    admin: await make("Ada Admin", "ADMIN"),
    editor: await make("Edda Editor", "EDITOR"),
    editor2: await make("Eli Editor", "EDITOR"),
    reviewer: await make("Rita Reviewer", "REVIEWER"),
    reviewer2: await make("Ravi Reviewer", "REVIEWER"),
    inactiveEditor: await make("Ina Former", "EDITOR", false),
    inactiveReviewer: await make("Ivo Former", "REVIEWER", false),
  };
}

/** The import input as the form would send it, parsed by the real schema. */
export function bulletinInput(overrides: Partial<Record<keyof CreateBulletinInput, unknown>> = {}): CreateBulletinInput {
  return createBulletinSchema.parse({ title: "本市一季度建设情况", originalText: ZH_BULLETIN, language: "zh", publishedOn: "2024-04-02", ...overrides });
}

export async function importFixture(db: Db, actor: Actor, overrides: Partial<Record<keyof CreateBulletinInput, unknown>> = {}) {
  const { id } = await importBulletin(db, actor, bulletinInput(overrides));
  return db.bulletin.findUniqueOrThrow({ where: { id }, include: { claims: { orderBy: { start: "asc" }, include: { figures: true } } } });
}

/** The claim whose text is exactly `text` (fails the test when the engine proposed none). */
export function claimWithText<T extends { text: string }>(claims: T[], text: string): T {
  const claim = claims.find((c) => c.text === text);
  if (!claim) throw new Error(`No claim with text ${JSON.stringify(text)}; have ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

/** A fresh claim on `fragment` of the bulletin, written directly so each test starts from UNVERIFIED. */
export async function newClaim(db: Db, bulletin: { id: string; cleanText: string }, fragment: string) {
  const start = bulletin.cleanText.indexOf(fragment);
  if (start < 0) throw new Error(`${JSON.stringify(fragment)} is not in the bulletin`);
  return db.claim.create({
    data: { bulletinId: bulletin.id, start, end: start + fragment.length, text: fragment, statement: fragment, kind: "STATISTIC" },
  });
}

/** Awaits a promise that must fail with an AppError of `code`, and returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected an AppError "${code}"`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

export const ref = (claim: { id: string; version: number }) => ({ id: claim.id, version: claim.version });

/** A source text written for these tests: a finance bureau's year report, in Chinese. */
export const ZH_SOURCE = [
  "市财政局关于2024年预算执行情况的报告",
  "2024年全市一般公共预算收入完成1.14亿元，比上年增长6.2%，主要来自税收增长。",
  "同期新建医院4家，新建学校12所，城市公园面积增加4.3万平方米。",
].join("\n");

/** Checks every unchecked figure of a claim as not checkable, with a reason, as a reviewer would. */
export async function markFiguresNotCheckable(db: Db, actor: Actor, claimId: string, reason = "No public source states this figure.") {
  const figures = await db.figure.findMany({ where: { claimId, check: "UNCHECKED" }, orderBy: { start: "asc" } });
  for (const figure of figures) {
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    await recordFigureCheck(db, actor, { id: claimId, version }, { figureId: figure.id, result: "NOT_CHECKABLE", note: reason });
  }
  return db.claim.findUniqueOrThrow({ where: { id: claimId } });
}

/**
 * Adds a source (no URL unless given) to the claim and quotes `passage` of it as evidence, through
 * the real services. Neither bumps the claim's version.
 */
export async function addQuotedEvidence(
  db: Db,
  actor: Actor,
  claimId: string,
  options: { stance?: "SUPPORTS" | "REFUTES" | "CONTEXT"; text?: string; passage?: string; url?: string } = {},
) {
  const text = options.text ?? ZH_SOURCE;
  const passage = options.passage ?? "全市一般公共预算收入完成1.14亿元";
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`${JSON.stringify(passage)} is not in the source text`);
  const { sourceId } = await addSourceToClaim(
    db, actor, claimId,
    { url: options.url, title: "市财政局预算执行报告", publisher: "市财政局", kind: "OFFICIAL", credibility: 5 },
    text, "text/plain",
  );
  const snapshot = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId }, orderBy: { takenAt: "desc" } });
  const evidence = await addEvidence(db, actor, {
    claimId, sourceId, snapshotId: snapshot.id, start, end: start + passage.length, stance: options.stance ?? "SUPPORTS",
  });
  return { sourceId, snapshot, evidence };
}

/** A claim a verdict may be proposed on: every figure checked (not checkable) and one supporting quote. */
export async function makeProposable(db: Db, actor: Actor, claimId: string) {
  await addQuotedEvidence(db, actor, claimId);
  return markFiguresNotCheckable(db, actor, claimId);
}
