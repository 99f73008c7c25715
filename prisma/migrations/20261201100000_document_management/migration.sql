-- AlterTable
ALTER TABLE "User" ADD COLUMN "reviewSeenAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "collectionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceRef" TEXT,
    "metadata" JSONB NOT NULL,
    "rawText" TEXT NOT NULL,
    "rawSha256" TEXT NOT NULL,
    "headText" TEXT NOT NULL,
    "headSeq" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'raw',
    "statusReason" TEXT,
    "markedCorrectedById" TEXT,
    "chainLength" INTEGER NOT NULL DEFAULT 0,
    "chainPatchBytes" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Document_markedCorrectedById_fkey" FOREIGN KEY ("markedCorrectedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("chainLength", "chainPatchBytes", "collectionId", "createdAt", "headSeq", "headText", "id", "markedCorrectedById", "metadata", "rawSha256", "rawText", "sourceRef", "status", "statusReason", "title", "updatedAt") SELECT "chainLength", "chainPatchBytes", "collectionId", "createdAt", "headSeq", "headText", "id", "markedCorrectedById", "metadata", "rawSha256", "rawText", "sourceRef", "status", "statusReason", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_collectionId_idx" ON "Document"("collectionId");
CREATE INDEX "Document_deletedAt_idx" ON "Document"("deletedAt");
CREATE INDEX "Document_updatedAt_idx" ON "Document"("updatedAt");
CREATE UNIQUE INDEX "Document_collectionId_rawSha256_key" ON "Document"("collectionId", "rawSha256");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

