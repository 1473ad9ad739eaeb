-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT,
    "vague" BOOLEAN NOT NULL DEFAULT false,
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
INSERT INTO "new_Figure" ("approx", "check", "checkNote", "checkedAt", "checkedById", "claimId", "currency", "end", "evidenceId", "id", "kind", "manual", "proposedCheck", "relativeDifference", "snapshotId", "sourceEnd", "sourceId", "sourcePassage", "sourceStart", "sourceValue", "start", "text", "unit", "value", "valueMax") SELECT "approx", "check", "checkNote", "checkedAt", "checkedById", "claimId", "currency", "end", "evidenceId", "id", "kind", "manual", "proposedCheck", "relativeDifference", "snapshotId", "sourceEnd", "sourceId", "sourcePassage", "sourceStart", "sourceValue", "start", "text", "unit", "value", "valueMax" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE INDEX "Figure_claimId_idx" ON "Figure"("claimId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

