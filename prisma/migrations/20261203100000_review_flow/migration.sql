-- AlterTable
ALTER TABLE "User" ADD COLUMN "locale" TEXT;

-- AlterTable
ALTER TABLE "Bulletin" ADD COLUMN "textHash" TEXT;

-- CreateTable
CREATE TABLE "ClaimTag" (
    "claimId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("claimId", "tag"),
    CONSTRAINT "ClaimTag_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "claimId" TEXT,
    "bulletinId" TEXT,
    "params" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bulletinId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "context" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'OTHER',
    "speaker" TEXT,
    "speechVerb" TEXT,
    "checkworthiness" REAL NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'UNVERIFIED',
    "dismissed" BOOLEAN NOT NULL DEFAULT false,
    "verdict" TEXT,
    "rationale" TEXT,
    "assigneeId" TEXT,
    "proposedById" TEXT,
    "proposedAt" DATETIME,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "sentBackById" TEXT,
    "sentBackAt" DATETIME,
    "sentBackComment" TEXT,
    "priority" TEXT NOT NULL DEFAULT 'NORMAL',
    "publishedById" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Claim_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_sentBackById_fkey" FOREIGN KEY ("sentBackById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Existing claims are numbered once, in text order within their bulletin.
INSERT INTO "new_Claim" ("number", "approvedAt", "approvedById", "assigneeId", "bulletinId", "checkworthiness", "context", "createdAt", "dismissed", "end", "id", "kind", "proposedAt", "proposedById", "publishedAt", "publishedById", "rationale", "revision", "speaker", "speechVerb", "start", "statement", "status", "text", "updatedAt", "verdict", "version") SELECT (SELECT COUNT(*) FROM "Claim" AS "o" WHERE "o"."bulletinId" = "c"."bulletinId" AND ("o"."start" < "c"."start" OR ("o"."start" = "c"."start" AND ("o"."end" < "c"."end" OR ("o"."end" = "c"."end" AND "o"."id" <= "c"."id"))))), "approvedAt", "approvedById", "assigneeId", "bulletinId", "checkworthiness", "context", "createdAt", "dismissed", "end", "id", "kind", "proposedAt", "proposedById", "publishedAt", "publishedById", "rationale", "revision", "speaker", "speechVerb", "start", "statement", "status", "text", "updatedAt", "verdict", "version" FROM "Claim" AS "c";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_bulletinId_start_idx" ON "Claim"("bulletinId", "start");
CREATE INDEX "Claim_status_proposedAt_idx" ON "Claim"("status", "proposedAt");
CREATE INDEX "Claim_assigneeId_status_idx" ON "Claim"("assigneeId", "status");
CREATE INDEX "Claim_bulletinId_publishedAt_idx" ON "Claim"("bulletinId", "publishedAt");
CREATE INDEX "Claim_bulletinId_revision_idx" ON "Claim"("bulletinId", "revision");
CREATE UNIQUE INDEX "Claim_bulletinId_number_key" ON "Claim"("bulletinId", "number");
CREATE TABLE "new_Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "valueMax" TEXT,
    "approx" TEXT NOT NULL DEFAULT 'exact',
    "unit" TEXT,
    "currency" TEXT,
    "check" TEXT NOT NULL DEFAULT 'UNCHECKED',
    "proposedCheck" TEXT,
    "checkNote" TEXT,
    "sourceValue" TEXT,
    "relativeDifference" REAL,
    "sourceId" TEXT,
    "snapshotId" TEXT,
    "sourceStart" INTEGER,
    "sourceEnd" INTEGER,
    "sourcePassage" TEXT,
    "evidenceId" TEXT,
    "checkedById" TEXT,
    "checkedAt" DATETIME,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Figure_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "SourceSnapshot" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Figure" ("approx", "check", "checkNote", "checkedAt", "checkedById", "claimId", "currency", "end", "evidenceId", "id", "kind", "proposedCheck", "relativeDifference", "snapshotId", "sourceEnd", "sourceId", "sourcePassage", "sourceStart", "sourceValue", "start", "text", "unit", "value", "valueMax") SELECT "approx", "check", "checkNote", "checkedAt", "checkedById", "claimId", "currency", "end", "evidenceId", "id", "kind", "proposedCheck", "relativeDifference", "snapshotId", "sourceEnd", "sourceId", "sourcePassage", "sourceStart", "sourceValue", "start", "text", "unit", "value", "valueMax" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE INDEX "Figure_claimId_idx" ON "Figure"("claimId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ClaimTag_tag_idx" ON "ClaimTag"("tag");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Bulletin_textHash_idx" ON "Bulletin"("textHash");

