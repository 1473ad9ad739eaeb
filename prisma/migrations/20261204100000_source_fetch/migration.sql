-- AlterTable (columns in the schema's order: the schema test compares the order too)
ALTER TABLE "SourceSnapshot" ADD COLUMN "requestedUrl" TEXT;
ALTER TABLE "SourceSnapshot" ADD COLUMN "finalUrl" TEXT;
ALTER TABLE "SourceSnapshot" ADD COLUMN "httpStatus" INTEGER;
ALTER TABLE "SourceSnapshot" ADD COLUMN "httpContentType" TEXT;
ALTER TABLE "SourceSnapshot" ADD COLUMN "httpHeaders" TEXT;
ALTER TABLE "SourceSnapshot" ADD COLUMN "etag" TEXT;
ALTER TABLE "SourceSnapshot" ADD COLUMN "lastModified" TEXT;
ALTER TABLE "SourceSnapshot" ADD COLUMN "fetchedAt" DATETIME;
ALTER TABLE "SourceSnapshot" ADD COLUMN "bytes" BLOB;
ALTER TABLE "SourceSnapshot" ADD COLUMN "sha256" TEXT;
