-- CreateTable
CREATE TABLE "BulletinSource" (
    "bulletinId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "attachedById" TEXT NOT NULL,
    "attachedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("bulletinId", "sourceId"),
    CONSTRAINT "BulletinSource_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BulletinSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BulletinSource_attachedById_fkey" FOREIGN KEY ("attachedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BulletinSource_sourceId_idx" ON "BulletinSource"("sourceId");

