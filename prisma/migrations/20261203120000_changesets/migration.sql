-- CreateTable
CREATE TABLE "Changeset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "caseSensitive" BOOLEAN NOT NULL DEFAULT false,
    "collectionId" TEXT,
    "replacement" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "hitCount" INTEGER NOT NULL,
    "revertedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Changeset_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangesetDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "changesetId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "baseSeq" INTEGER NOT NULL,
    "edits" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "skipped" JSONB,
    "resultSeq" INTEGER,
    "proposalId" TEXT,
    "revertSeq" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChangesetDocument_changesetId_fkey" FOREIGN KEY ("changesetId") REFERENCES "Changeset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChangesetDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Proposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "baseSeq" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "patch" TEXT NOT NULL,
    "inserted" INTEGER NOT NULL,
    "deleted" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "reviewerId" TEXT,
    "note" TEXT,
    "resultSeq" INTEGER,
    "acceptedHunks" JSONB,
    "rejectedHunks" JSONB,
    "conflictSeq" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "changesetId" TEXT,
    CONSTRAINT "Proposal_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Proposal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_changesetId_fkey" FOREIGN KEY ("changesetId") REFERENCES "Changeset" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("acceptedHunks", "authorId", "baseSeq", "conflictSeq", "createdAt", "decidedAt", "deleted", "documentId", "id", "inserted", "message", "note", "patch", "rejectedHunks", "resultSeq", "reviewerId", "status", "updatedAt") SELECT "acceptedHunks", "authorId", "baseSeq", "conflictSeq", "createdAt", "decidedAt", "deleted", "documentId", "id", "inserted", "message", "note", "patch", "rejectedHunks", "resultSeq", "reviewerId", "status", "updatedAt" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");
CREATE INDEX "Proposal_documentId_status_idx" ON "Proposal"("documentId", "status");
CREATE INDEX "Proposal_changesetId_idx" ON "Proposal"("changesetId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Changeset_createdAt_idx" ON "Changeset"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChangesetDocument_proposalId_key" ON "ChangesetDocument"("proposalId");

-- CreateIndex
CREATE INDEX "ChangesetDocument_documentId_idx" ON "ChangesetDocument"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "ChangesetDocument_changesetId_documentId_key" ON "ChangesetDocument"("changesetId", "documentId");

