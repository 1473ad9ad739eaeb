-- CreateTable
CREATE TABLE "FigureProposal" (
    "figureId" TEXT NOT NULL PRIMARY KEY,
    "bulletinId" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "confidence" REAL NOT NULL,
    "flags" TEXT NOT NULL DEFAULT '[]',
    "sourceId" TEXT,
    "snapshotId" TEXT,
    "sourceText" TEXT,
    "sourceValue" TEXT,
    "start" INTEGER,
    "end" INTEGER,
    "passageStart" INTEGER,
    "passageEnd" INTEGER,
    "cellFragment" TEXT,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FigureProposal_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BulletinMatching" (
    "bulletinId" TEXT NOT NULL PRIMARY KEY,
    "matchedVersion" TEXT,
    "pendingVersion" TEXT,
    "sourcesTotal" INTEGER NOT NULL DEFAULT 0,
    "sourcesRead" INTEGER NOT NULL DEFAULT 0,
    "figuresTotal" INTEGER NOT NULL DEFAULT 0,
    "figuresDone" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BulletinMatching_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FigureProposal_bulletinId_idx" ON "FigureProposal"("bulletinId");

