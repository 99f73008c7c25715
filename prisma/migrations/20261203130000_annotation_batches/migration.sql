-- CreateTable
CREATE TABLE "AnnotationBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "collectionId" TEXT,
    "tag" TEXT NOT NULL,
    "entityId" TEXT,
    "created" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME,
    CONSTRAINT "AnnotationBatch_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Annotation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "body" TEXT,
    "entityId" TEXT,
    "authorId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'anchored',
    "score" REAL NOT NULL DEFAULT 1,
    "anchoredSeq" INTEGER NOT NULL,
    "batchId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Annotation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Annotation_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Annotation_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "AnnotationBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Annotation" ("anchoredSeq", "authorId", "body", "createdAt", "documentId", "end", "entityId", "exact", "id", "prefix", "score", "start", "status", "suffix", "tag", "updatedAt") SELECT "anchoredSeq", "authorId", "body", "createdAt", "documentId", "end", "entityId", "exact", "id", "prefix", "score", "start", "status", "suffix", "tag", "updatedAt" FROM "Annotation";
DROP TABLE "Annotation";
ALTER TABLE "new_Annotation" RENAME TO "Annotation";
CREATE INDEX "Annotation_documentId_status_idx" ON "Annotation"("documentId", "status");
CREATE INDEX "Annotation_entityId_idx" ON "Annotation"("entityId");
CREATE INDEX "Annotation_batchId_idx" ON "Annotation"("batchId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

