-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT,
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);


-- Author names from before accounts become users (issue 4). They cannot sign in until an admin
-- sets a password. Names that differ only in case or spaces become one user. The machine authors
-- of seq 0 ("OCR import", "command line import") become null: no person wrote the raw OCR.
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
INSERT OR IGNORE INTO "User" ("id", "username", "displayName", "role", "updatedAt")
SELECT 'u' || lower(hex(randomblob(12))), lower(replace(trim("author"), ' ', '.')), trim("author"), 'corrector', CURRENT_TIMESTAMP
FROM (SELECT "author" FROM "Revision" UNION SELECT "author" FROM "Annotation")
WHERE trim("author") <> '' AND "author" NOT IN ('OCR import', 'command line import');

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Proposal" (
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
    CONSTRAINT "Proposal_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Proposal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "documentId" TEXT,
    "fromState" TEXT,
    "toState" TEXT,
    "detail" TEXT,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Document_markedCorrectedById_fkey" FOREIGN KEY ("markedCorrectedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("chainLength", "chainPatchBytes", "collectionId", "createdAt", "headSeq", "headText", "id", "metadata", "rawSha256", "rawText", "sourceRef", "status", "title", "updatedAt") SELECT "chainLength", "chainPatchBytes", "collectionId", "createdAt", "headSeq", "headText", "id", "metadata", "rawSha256", "rawText", "sourceRef", "status", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_collectionId_idx" ON "Document"("collectionId");
CREATE INDEX "Document_updatedAt_idx" ON "Document"("updatedAt");
CREATE UNIQUE INDEX "Document_collectionId_rawSha256_key" ON "Document"("collectionId", "rawSha256");
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "parentSeq" INTEGER,
    "authorId" TEXT,
    "message" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "patch" TEXT,
    "patchFormat" TEXT NOT NULL DEFAULT 'dmp-1',
    "snapshot" BLOB,
    "sha256" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "diffTimedOut" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Revision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("authorId", "createdAt", "deleted", "diffTimedOut", "documentId", "id", "inserted", "length", "message", "parentSeq", "patch", "patchFormat", "seq", "sha256", "snapshot") SELECT (SELECT "id" FROM "User" WHERE "username" = lower(replace(trim("Revision"."author"), ' ', '.'))), "createdAt", "deleted", "diffTimedOut", "documentId", "id", "inserted", "length", "message", "parentSeq", "patch", "patchFormat", "seq", "sha256", "snapshot" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE UNIQUE INDEX "Revision_documentId_seq_key" ON "Revision"("documentId", "seq");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Annotation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Annotation_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Annotation" ("authorId", "anchoredSeq", "body", "createdAt", "documentId", "end", "entityId", "exact", "id", "prefix", "score", "start", "status", "suffix", "tag", "updatedAt") SELECT (SELECT "id" FROM "User" WHERE "username" = lower(replace(trim("Annotation"."author"), ' ', '.'))), "anchoredSeq", "body", "createdAt", "documentId", "end", "entityId", "exact", "id", "prefix", "score", "start", "status", "suffix", "tag", "updatedAt" FROM "Annotation";
DROP TABLE "Annotation";
ALTER TABLE "new_Annotation" RENAME TO "Annotation";
CREATE INDEX "Annotation_documentId_status_idx" ON "Annotation"("documentId", "status");
CREATE INDEX "Annotation_entityId_idx" ON "Annotation"("entityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_documentId_status_idx" ON "Proposal"("documentId", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_documentId_createdAt_idx" ON "AuditEvent"("documentId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

