import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { threadId } from "node:worker_threads";
import { bulkInsert } from "@/lib/db/bulk";
import { offThread } from "@/lib/workers/pool";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  bulletinInput, claimWithText, createPeople, EN_BULLETIN, expectAppError, importFixture, type People, ZH_BULLETIN,
} from "@/lib/testing/workspace-fixtures";
import { importBulletin, previewCleaning } from "./import";

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const counts = async () => ({
  bulletins: await t.db.bulletin.count(),
  claims: await t.db.claim.count(),
  figures: await t.db.figure.count(),
  findings: await t.db.consistencyFinding.count(),
  audit: await t.db.auditEntry.count(),
});

describe("importBulletin", () => {
  it("stores the bulletin, its claims at exact offsets, exact figure values, findings and one audit entry", async () => {
    const bulletin = await importFixture(t.db, people.editor, { sourceUrl: "https://example.gov/bulletin/q1", publisher: "市政府" });
    expect(bulletin).toMatchObject({
      title: "本市一季度建设情况", language: "zh", publisher: "市政府", sourceUrl: "https://example.gov/bulletin/q1",
      originalText: ZH_BULLETIN, importedById: people.editor.id, version: 1, deletedAt: null,
    });
    expect(bulletin.publishedOn?.toISOString()).toBe("2024-04-02T00:00:00.000Z");
    // The traditional 對 is simplified; the undo list is stored against the original text.
    expect(bulletin.cleanText).toContain("扩大对外开放");
    const changes = JSON.parse(bulletin.cleaningChanges) as { kind: string; original: string; replacement: string; at: number }[];
    expect(changes).toContainEqual({ kind: "traditional-character", original: "對", replacement: "对", at: ZH_BULLETIN.indexOf("對") });
    for (const change of changes) expect(ZH_BULLETIN.slice(change.at, change.at + change.original.length)).toBe(change.original);

    expect(bulletin.claims.length).toBeGreaterThanOrEqual(6);
    for (const claim of bulletin.claims) {
      expect(bulletin.cleanText.slice(claim.start, claim.end)).toBe(claim.text);
      for (const figure of claim.figures) expect(bulletin.cleanText.slice(figure.start, figure.end)).toBe(figure.text);
    }
    const valueOf = (claimText: string, figureText: string) =>
      claimWithText(bulletin.claims, claimText).figures.find((f) => f.text === figureText);
    expect(valueOf("全年财政收入1.14亿元", "1.14亿元")).toMatchObject({ kind: "money", value: "114000000", unit: "元", check: "UNCHECKED" });
    expect(valueOf("公园4.5万平方米", "4.5万平方米")).toMatchObject({ kind: "quantity", value: "45000", unit: "平方米" });
    expect(valueOf("税收同比增长6.2%", "6.2%")).toMatchObject({ kind: "percent", value: "6.2" });
    expect(valueOf("本市共新建学校约12所", "约12所")).toMatchObject({ value: "12", approx: "about" });
    expect(claimWithText(bulletin.claims, "全年财政收入1.14亿元").kind).toBe("STATISTIC");

    const quote = bulletin.claims.find((c) => c.text.startsWith("市长表示"));
    expect(quote).toMatchObject({ kind: "QUOTE", speaker: "市长" });

    const findings = await t.db.consistencyFinding.findMany({ where: { claim: { bulletinId: bulletin.id } } });
    const details = findings.map((f) => ({ ok: f.ok, kind: f.kind, ...(JSON.parse(f.details) as { stated: number; listed: number }) }));
    expect(details).toContainEqual(expect.objectContaining({ kind: "list-count", ok: true, stated: 5, listed: 5 }));
    expect(details).toContainEqual(expect.objectContaining({ kind: "list-count", ok: false, stated: 4, listed: 3 }));
    expect(findings.every((f) => f.ok === (JSON.parse(f.details) as { ok: boolean }).ok)).toBe(true);

    const audit = await t.db.auditEntry.findMany({ where: { bulletinId: bulletin.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "bulletin.import", entityType: "Bulletin", entityId: bulletin.id, actorId: people.editor.id });
    const figureCount = await t.db.figure.count({ where: { claim: { bulletinId: bulletin.id } } });
    expect(JSON.parse(audit[0].after ?? "null")).toEqual({ title: "本市一季度建设情况", claims: bulletin.claims.length, figures: figureCount, undoneChanges: 0 });
  });

  it("lets an admin import English text, detecting the language", async () => {
    const bulletin = await importFixture(t.db, people.admin, { title: "Council health spending", originalText: EN_BULLETIN, language: "auto" });
    expect(bulletin.language).toBe("en");
    expect(bulletin.importedById).toBe(people.admin.id);
    const figures = bulletin.claims.flatMap((c) => c.figures);
    expect(figures.find((f) => f.text === "$4.2 million")).toMatchObject({ kind: "money", value: "4200000" });
    expect(figures.find((f) => f.text === "12.5%")).toMatchObject({ kind: "percent", value: "12.5" });
    expect(figures.find((f) => f.text.startsWith("240"))).toMatchObject({ kind: "count", value: "240" });
    for (const claim of bulletin.claims) expect(bulletin.cleanText.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("keeps an undone cleaning change: the traditional character stays in cleanText and out of cleaningChanges", async () => {
    const preview = await previewCleaning(ZH_BULLETIN, "zh");
    const traditional = preview.changes.find((c) => c.kind === "traditional-character" && c.original === "對");
    expect(traditional).toBeDefined();
    const bulletin = await importFixture(t.db, people.editor, { rejectedChanges: [traditional!.index] });
    expect(bulletin.cleanText).toContain("扩大對外开放");
    expect(bulletin.cleanText).not.toContain("扩大对外开放");
    const changes = JSON.parse(bulletin.cleaningChanges) as { kind: string }[];
    expect(changes.some((c) => c.kind === "traditional-character")).toBe(false);
    expect(changes).toHaveLength(preview.changes.length - 1);
    for (const claim of bulletin.claims) expect(bulletin.cleanText.slice(claim.start, claim.end)).toBe(claim.text);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { bulletinId: bulletin.id, action: "bulletin.import" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ undoneChanges: 1 });
  });

  it("previewCleaning matches what the import stores when nothing is undone", async () => {
    const preview = await previewCleaning(ZH_BULLETIN, "auto");
    expect(preview.language).toBe("zh");
    expect(preview.changes.map((c) => c.index)).toEqual(preview.changes.map((_, i) => i));
    const bulletin = await importFixture(t.db, people.editor);
    expect(bulletin.cleanText).toBe(preview.cleanText);
  });

  it.each(["reviewer", "inactiveEditor"] as const)("refuses an import by %s and stores nothing", async (who) => {
    const before = await counts();
    await expectAppError(importBulletin(t.db, people[who], bulletinInput()), "forbidden");
    expect(await counts()).toEqual(before);
  });

  it("stores nothing when the transaction fails on a foreign key (an importer that does not exist)", async () => {
    const before = await counts();
    await expect(importBulletin(t.db, { id: "no-such-user", role: "EDITOR", active: true }, bulletinInput())).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it("stores nothing when the transaction fails at its last step, after claims and figures were written", async () => {
    const before = await counts();
    // The last table written is the audit log; an audit row pointing at no user fails its foreign key.
    const now = new Date();
    const bulletin = { id: "half-written", title: "半途失败", originalText: "x", cleanText: "x", importedById: people.editor.id, createdAt: now, updatedAt: now };
    const claim = { id: "half-claim", bulletinId: "half-written", number: 1, start: 0, end: 1, text: "x", statement: "x", createdAt: now, updatedAt: now };
    const audit = { id: "half-audit", at: now, actorId: "nobody", action: "bulletin.import", entityType: "Bulletin", entityId: "half-written" };
    await expect(bulkInsert(t.url, [
      { table: "Bulletin", rows: [bulletin] }, { table: "Claim", rows: [claim] }, { table: "AuditEntry", rows: [audit] },
    ])).rejects.toThrow(/FOREIGN KEY|foreign key/);
    expect(await counts()).toEqual(before);
    expect(await t.db.bulletin.count({ where: { title: "半途失败" } })).toBe(0);
  });

  it("runs the engine and the bulk write in a worker thread, not on the main thread", async () => {
    expect(await offThread("currentThread", undefined)).not.toBe(threadId);
  });

  // 埃及 (Egypt) ends in 及 ("and"); the list splitter must not cut a country name in two.
  it("recognises 埃及 as one listed country in a list-count finding", async () => {
    const bulletin = await importFixture(t.db, people.editor, {
      title: "出访", originalText: "代表团先后访问了法国、德国、埃及共3个国家。",
    });
    const finding = await t.db.consistencyFinding.findFirstOrThrow({ where: { claim: { bulletinId: bulletin.id } } });
    expect(JSON.parse(finding.details)).toMatchObject({ stated: 3, listed: 3, ok: true, recognised: ["法国", "德国", "埃及"], unknown: [] });
  });
});
