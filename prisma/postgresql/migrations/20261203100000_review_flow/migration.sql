-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('HIGH', 'NORMAL', 'LOW');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'SENT_BACK', 'APPROVED', 'MENTIONED', 'CHANGED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "Bulletin" ADD COLUMN     "textHash" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "number" INTEGER,
ADD COLUMN     "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
ADD COLUMN     "sentBackAt" TIMESTAMP(3),
ADD COLUMN     "sentBackById" TEXT,
ADD COLUMN     "sentBackComment" TEXT;

-- Existing claims are numbered once, in text order within their bulletin.
UPDATE "Claim" AS "c" SET "number" = "n"."number"
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "bulletinId" ORDER BY "start", "end", "id") AS "number" FROM "Claim") AS "n"
WHERE "c"."id" = "n"."id";
ALTER TABLE "Claim" ALTER COLUMN "number" SET NOT NULL;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "manual" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ClaimTag" (
    "claimId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "ClaimTag_pkey" PRIMARY KEY ("claimId","tag")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorId" TEXT,
    "claimId" TEXT,
    "bulletinId" TEXT,
    "params" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimTag_tag_idx" ON "ClaimTag"("tag");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Bulletin_textHash_idx" ON "Bulletin"("textHash");

-- CreateIndex
CREATE INDEX "Claim_status_proposedAt_idx" ON "Claim"("status", "proposedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_bulletinId_number_key" ON "Claim"("bulletinId", "number");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sentBackById_fkey" FOREIGN KEY ("sentBackById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTag" ADD CONSTRAINT "ClaimTag_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

