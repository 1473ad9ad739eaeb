import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { deleteBulletin } from "@/lib/bulletins/delete";
import { addSourceToBulletin, attachSourceToBulletin, detachSourceFromBulletin } from "./bulletin-sources";
import type { SourceMeta } from "./service";

let t: TestDb;
let people: People;
let bulletin: Bulletin;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const meta = (url?: string): SourceMeta => ({ url, title: "市统计局季度数据发布", publisher: "市统计局", kind: "OFFICIAL", credibility: 5 });
const TEXT = "一季度全市新增就业岗位1.2万个，同比增长3.5%。";

describe("bulletin sources", () => {
  it("stores a new source on the bulletin, with its snapshot, and audits both; the bulletin's version moves", async () => {
    const before = (await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version;
    const result = await addSourceToBulletin(t.db, people.reviewer, bulletin.id, meta("https://tjj.example.gov.cn/q1"), TEXT, "text/plain");
    expect(result.reused).toBe(false);
    const links = await t.db.bulletinSource.findMany({ where: { bulletinId: bulletin.id } });
    expect(links).toEqual([expect.objectContaining({ sourceId: result.sourceId, attachedById: people.reviewer.id })]);
    expect(await t.db.claimSource.count({ where: { sourceId: result.sourceId } })).toBe(0);
    const audit = await t.db.auditEntry.findMany({ where: { entityType: "Bulletin", entityId: bulletin.id, action: "bulletin.attach-source" } });
    expect(audit.map((a) => JSON.parse(a.after!))).toEqual([{ sourceId: result.sourceId }]);
    expect((await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version).toBeGreaterThan(before);

    // The same page again is the same source, attached once.
    const again = await addSourceToBulletin(t.db, people.reviewer2, bulletin.id, meta("https://TJJ.example.gov.cn/q1#top"), TEXT, "text/plain");
    expect(again).toMatchObject({ sourceId: result.sourceId, reused: true });
    expect(await t.db.bulletinSource.count({ where: { bulletinId: bulletin.id } })).toBe(1);
  });

  it("detaches once; a second detach is a conflict and an inactive member may do neither", async () => {
    const { sourceId } = await addSourceToBulletin(t.db, people.reviewer, bulletin.id, meta(), TEXT, "text/plain");
    await expectAppError(detachSourceFromBulletin(t.db, people.inactiveReviewer, bulletin.id, sourceId), "forbidden");
    await expectAppError(attachSourceToBulletin(t.db, people.inactiveReviewer, bulletin.id, sourceId), "forbidden");
    await detachSourceFromBulletin(t.db, people.reviewer, bulletin.id, sourceId);
    expect(await t.db.bulletinSource.count({ where: { bulletinId: bulletin.id, sourceId } })).toBe(0);
    const err = await expectAppError(detachSourceFromBulletin(t.db, people.reviewer2, bulletin.id, sourceId), "conflict");
    expect(err.messageIn("zh")).toBe("该来源已不再关联到本通报。");
    const audit = await t.db.auditEntry.findMany({ where: { entityId: bulletin.id, action: "bulletin.detach-source" } });
    expect(audit.map((a) => [a.actorId, JSON.parse(a.before!)])).toEqual([[people.reviewer.id, { sourceId }]]);
    // The library keeps the source: it can be attached again.
    await attachSourceToBulletin(t.db, people.reviewer, bulletin.id, sourceId);
    expect(await t.db.bulletinSource.count({ where: { bulletinId: bulletin.id, sourceId } })).toBe(1);
  });

  it("refuses a deleted bulletin and an unknown source", async () => {
    const other = await importFixture(t.db, people.editor, { title: "待删除的通报" });
    await deleteBulletin(t.db, people.editor, other.id, "待删除的通报");
    await expectAppError(addSourceToBulletin(t.db, people.reviewer, other.id, meta(), TEXT, "text/plain"), "not_found");
    await expectAppError(attachSourceToBulletin(t.db, people.reviewer, bulletin.id, "no-such-source"), "not_found");
  });
});
