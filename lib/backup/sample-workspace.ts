import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { recordAttempt } from "@/lib/auth/throttle";
import { deleteBulletin } from "@/lib/bulletins/delete";
import { addComment } from "@/lib/claims/comments";
import { bulkChange } from "@/lib/claims/corrections";
import { mergeClaims } from "@/lib/claims/edit";
import { acknowledgeFinding, recordFigureCheck } from "@/lib/claims/figure-checks";
import { publishClaims } from "@/lib/claims/publish";
import { approveVerdict, proposeVerdict, sendBack, startClaim } from "@/lib/claims/steps";
import { addEvidence } from "@/lib/sources/evidence";
import { addSnapshot, addSourceToClaim, attachSource } from "@/lib/sources/service";
import { attachSourceToBulletin } from "@/lib/sources/bulletin-sources";
import { createFirstAdmin } from "@/lib/users/service";
import { createPeople, importFixture } from "@/lib/testing/workspace-fixtures";

// A workspace with a row in every table, made through the real services (so the audit log fills
// as it does in use), for the backup tests. Only tokens and share links are written directly:
// they have no service yet.

export const OWNER = { name: "Olga Owner", email: "olga@example.com", password: "correct horse battery" };

const SOURCE_TEXT = [
  "市财政局关于2024年预算执行情况的报告",
  "2024年全市一般公共预算收入完成1.14亿元，比上年增长6.2%，主要来自税收增长。",
  "同期新建医院4家，新建学校12所，城市公园面积增加4.3万平方米。",
].join("\n");

// Line and paragraph separators, quotes, a surrogate pair and a CR: each must survive one JSON line.
export const AWKWARD_TEXT = "第一行\n第二行\r\n“引号” \"quotes\" \\ \u2028\u2029 😀 \t end";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export async function buildSampleWorkspace(db: Db) {
  await createFirstAdmin(db, OWNER);
  const people = await createPeople(db);
  const { editor, editor2, reviewer } = people;
  const bulletin = await importFixture(db, editor, { sourceUrl: "https://example.gov/bulletin/1", publisher: "市政府" });

  const checked = bulletin.claims.find((c) => c.figures.some((f) => f.text.includes("1.14")));
  if (!checked) throw new Error("the fixture bulletin has no claim with the figure 1.14");
  let version = (await startClaim(db, reviewer, { id: checked.id, version: checked.version })).version;
  const { sourceId } = await addSourceToClaim(
    db, reviewer, checked.id,
    { url: "https://example.gov/report?id=7", title: "市财政局预算执行报告", publisher: "市财政局", publishedOn: "2025-01-15", kind: "OFFICIAL", credibility: 5 },
    SOURCE_TEXT, "text/plain",
  );
  const { snapshotId } = await addSnapshot(db, reviewer, sourceId, SOURCE_TEXT + "\n（修订版）", "text/plain");
  const passage = "全市一般公共预算收入完成1.14亿元";
  const start = SOURCE_TEXT.indexOf(passage);
  const evidence = await addEvidence(db, reviewer, { claimId: checked.id, sourceId, snapshotId, start, end: start + passage.length, stance: "SUPPORTS", note: AWKWARD_TEXT });
  for (const figure of checked.figures) {
    const revenue = figure.text.includes("1.14");
    version = (await recordFigureCheck(db, reviewer, { id: checked.id, version }, revenue
      ? { figureId: figure.id, result: "DIFFERS", proposed: "WITHIN_ROUNDING", sourceId, snapshotId, sourceStart: start, sourceEnd: start + passage.length, sourceValue: "1.13", relativeDifference: 0.00884955752212389, note: "四舍五入" }
      : { figureId: figure.id, result: "NOT_CHECKABLE", note: "No public source states this figure." })).version;
  }
  // The check service does not link a figure to its evidence yet; the column exists, so fill it.
  const linked = checked.figures.find((f) => f.text.includes("1.14"))!;
  await db.figure.update({ where: { id: linked.id }, data: { evidenceId: evidence.id } });
  const proposed = await proposeVerdict(db, reviewer, { id: checked.id, version }, "MOSTLY_ACCURATE", "年报写的是1.13亿元。");
  const approved = await approveVerdict(db, editor2, { id: checked.id, version: proposed.version });
  // Published, so the backup carries who made it public and when.
  await publishClaims(db, editor, { bulletinId: bulletin.id, claims: [{ id: checked.id, version: approved.version }] });

  // A second claim sharing the first source (one source, two claims) and with a source of its own.
  const other = bulletin.claims.find((c) => c.figures.length === 0);
  if (!other) throw new Error("the fixture bulletin has no claim without figures");
  await attachSource(db, reviewer, other.id, sourceId);
  // The same source read for the whole bulletin too.
  await attachSourceToBulletin(db, reviewer, bulletin.id, sourceId);
  // Fetched by URL, so the backup carries the raw bytes (with bytes no text encoding could hold).
  const raw = new Uint8Array([0x00, 0xff, 0xfe, ...Buffer.from("一些文字。")]);
  const { sourceId: second } = await addSourceToClaim(db, reviewer, other.id, { title: "无链接来源", kind: "MEDIA", credibility: 2 }, "一些文字。", "text/plain", undefined, {
    requestedUrl: "https://news.example.cn/a", finalUrl: "https://news.example.cn/a/", httpStatus: 200, httpContentType: "application/octet-stream",
    httpHeaders: JSON.stringify([["ETag", '"x"']]), etag: '"x"', lastModified: null, fetchedAt: new Date("2026-11-30T10:00:00Z"), bytes: raw,
    sha256: createHash("sha256").update(raw).digest("hex"),
  });
  await addEvidence(db, reviewer, { claimId: other.id, sourceId: second, snapshotId: (await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: second } })).id, start: 0, end: 4, stance: "CONTEXT" });
  await addComment(db, reviewer, other.id, AWKWARD_TEXT);

  // The second claim goes to review and is sent back: the send-back writes a comment too.
  const otherStarted = await startClaim(db, reviewer, { id: other.id, version: other.version });
  const otherProposed = await proposeVerdict(db, reviewer, { id: other.id, version: otherStarted.version }, "UNVERIFIABLE", "没有公开数据。");
  await sendBack(db, editor, { id: other.id, version: otherProposed.version }, "请再找一个来源。");

  // The claim with a count check: its finding acknowledged by the editor.
  const finding = await db.consistencyFinding.findFirstOrThrow({ where: { claim: { bulletinId: bulletin.id } }, include: { claim: true } });
  await acknowledgeFinding(db, editor, { id: finding.claimId, version: finding.claim.version }, finding.id);
  // Tagged too, so the backup carries claim tags.
  await bulkChange(db, editor, [await db.claim.findUniqueOrThrow({ where: { id: finding.claimId }, select: { id: true, version: true } })], { kind: "tag", tag: "预算" });

  // Two claims merged into one, so a removed claim is recorded for open workspaces.
  const untouched = bulletin.claims.filter((c) => ![checked.id, other.id, finding.claimId].includes(c.id));
  if (untouched.length < 2) throw new Error("the fixture bulletin has too few claims to merge two");
  await mergeClaims(db, editor, untouched.slice(0, 2).map((c) => ({ id: c.id, version: c.version })));

  // A deleted bulletin, so deletedAt/deletedById are filled somewhere.
  const gone = await importFixture(db, editor, { title: "已删除的通报", originalText: "The council hired 240 new nurses last year.", language: "en" });
  await deleteBulletin(db, editor, gone.id, gone.title);

  const token = randomBytes(16).toString("hex");
  await db.apiToken.create({ data: { userId: editor.id, name: "CI", tokenHash: sha256(token), prefix: token.slice(0, 6), lastUsedAt: new Date("2026-01-02T03:04:05.678Z") } });
  await db.apiToken.create({ data: { userId: reviewer.id, name: "old", tokenHash: sha256("old"), prefix: "old", revokedAt: new Date() } });
  await db.shareLink.create({ data: { bulletinId: bulletin.id, tokenHash: sha256("share"), createdById: editor.id } });
  await recordAttempt(db, OWNER.email, false);
  return { people, bulletin, sourceId };
}
