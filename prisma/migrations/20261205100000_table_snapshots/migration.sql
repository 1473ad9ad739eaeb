-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "sourceFragment" TEXT;

-- AlterTable
ALTER TABLE "SourceSnapshot" ADD COLUMN "tableGrid" TEXT;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN "fragment" TEXT;

