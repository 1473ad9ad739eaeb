-- CreateTable
CREATE TABLE "BulletinSource" (
    "bulletinId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "attachedById" TEXT NOT NULL,
    "attachedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BulletinSource_pkey" PRIMARY KEY ("bulletinId","sourceId")
);

-- CreateIndex
CREATE INDEX "BulletinSource_sourceId_idx" ON "BulletinSource"("sourceId");

-- AddForeignKey
ALTER TABLE "BulletinSource" ADD CONSTRAINT "BulletinSource_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinSource" ADD CONSTRAINT "BulletinSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinSource" ADD CONSTRAINT "BulletinSource_attachedById_fkey" FOREIGN KEY ("attachedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

