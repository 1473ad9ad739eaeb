-- CreateTable
CREATE TABLE "ClaimRemoval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bulletinId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "removedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimRemoval_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "key"),
    CONSTRAINT "IdempotencyKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bulletinId" TEXT NOT NULL,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Claim_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("approvedAt", "approvedById", "assigneeId", "bulletinId", "checkworthiness", "context", "createdAt", "dismissed", "end", "id", "kind", "proposedAt", "proposedById", "rationale", "speaker", "speechVerb", "start", "statement", "status", "text", "updatedAt", "verdict", "version") SELECT "approvedAt", "approvedById", "assigneeId", "bulletinId", "checkworthiness", "context", "createdAt", "dismissed", "end", "id", "kind", "proposedAt", "proposedById", "rationale", "speaker", "speechVerb", "start", "statement", "status", "text", "updatedAt", "verdict", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_bulletinId_start_idx" ON "Claim"("bulletinId", "start");
CREATE INDEX "Claim_assigneeId_status_idx" ON "Claim"("assigneeId", "status");
CREATE INDEX "Claim_bulletinId_revision_idx" ON "Claim"("bulletinId", "revision");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ClaimRemoval_bulletinId_revision_idx" ON "ClaimRemoval"("bulletinId", "revision");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

