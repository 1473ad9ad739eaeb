-- CreateTable
CREATE TABLE "FigureProposal" (
    "figureId" TEXT NOT NULL,
    "bulletinId" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
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
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigureProposal_pkey" PRIMARY KEY ("figureId")
);

-- CreateTable
CREATE TABLE "BulletinMatching" (
    "bulletinId" TEXT NOT NULL,
    "matchedVersion" TEXT,
    "pendingVersion" TEXT,
    "sourcesTotal" INTEGER NOT NULL DEFAULT 0,
    "sourcesRead" INTEGER NOT NULL DEFAULT 0,
    "figuresTotal" INTEGER NOT NULL DEFAULT 0,
    "figuresDone" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulletinMatching_pkey" PRIMARY KEY ("bulletinId")
);

-- CreateIndex
CREATE INDEX "FigureProposal_bulletinId_idx" ON "FigureProposal"("bulletinId");

-- AddForeignKey
ALTER TABLE "FigureProposal" ADD CONSTRAINT "FigureProposal_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinMatching" ADD CONSTRAINT "BulletinMatching_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

