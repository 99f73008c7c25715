-- CreateTable
CREATE TABLE "Keying" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "proposalAId" TEXT NOT NULL,
    "proposalBId" TEXT NOT NULL,
    "authorAId" TEXT NOT NULL,
    "authorBId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "agreement" REAL NOT NULL,
    "disagreements" INTEGER NOT NULL,
    "forA" INTEGER NOT NULL,
    "forB" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Keying_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Keying_authorAId_fkey" FOREIGN KEY ("authorAId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Keying_authorBId_fkey" FOREIGN KEY ("authorBId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Keying_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Keying_documentId_idx" ON "Keying"("documentId");

