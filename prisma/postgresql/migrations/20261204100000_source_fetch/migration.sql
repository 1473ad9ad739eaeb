-- AlterTable
ALTER TABLE "SourceSnapshot" ADD COLUMN     "bytes" BYTEA,
ADD COLUMN     "etag" TEXT,
ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "finalUrl" TEXT,
ADD COLUMN     "httpContentType" TEXT,
ADD COLUMN     "httpHeaders" TEXT,
ADD COLUMN     "httpStatus" INTEGER,
ADD COLUMN     "lastModified" TEXT,
ADD COLUMN     "requestedUrl" TEXT,
ADD COLUMN     "sha256" TEXT;

