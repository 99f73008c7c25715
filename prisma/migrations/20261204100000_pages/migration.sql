-- CreateTable
CREATE TABLE "Page" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "imageKey" TEXT NOT NULL,
    "imagePage" INTEGER NOT NULL DEFAULT 0,
    "imageType" TEXT NOT NULL,
    "imageName" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "textStart" INTEGER NOT NULL,
    "textEnd" INTEGER NOT NULL,
    "ocrSource" TEXT,
    "layer" JSONB,
    "warnings" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Page_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Page_imageKey_idx" ON "Page"("imageKey");

-- CreateIndex
CREATE UNIQUE INDEX "Page_documentId_index_key" ON "Page"("documentId", "index");

