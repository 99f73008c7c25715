-- CreateTable
CREATE TABLE "OcrJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "collectionId" TEXT,
    "authorId" TEXT,
    "pages" JSONB NOT NULL,
    "documentId" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "cancelledById" TEXT,
    CONSTRAINT "OcrJob_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OcrJob_status_idx" ON "OcrJob"("status");

