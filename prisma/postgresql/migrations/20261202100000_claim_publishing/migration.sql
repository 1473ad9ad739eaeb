-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT;

-- CreateIndex
CREATE INDEX "Claim_bulletinId_publishedAt_idx" ON "Claim"("bulletinId", "publishedAt");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

