-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL,
    "collectionId" TEXT NOT NULL,
    "startedById" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "strata" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLine" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "documentId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "lineIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "correctorId" TEXT,
    "pageId" TEXT,
    "box" JSONB,
    "checkedAt" TIMESTAMP(3),
    "checkedById" TEXT,
    "corrected" TEXT,
    "errors" INTEGER,
    "chars" INTEGER,
    "fixSeq" INTEGER,

    CONSTRAINT "AuditLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Audit_collectionId_createdAt_idx" ON "Audit"("collectionId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLine_auditId_position_idx" ON "AuditLine"("auditId", "position");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLine" ADD CONSTRAINT "AuditLine_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLine" ADD CONSTRAINT "AuditLine_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLine" ADD CONSTRAINT "AuditLine_correctorId_fkey" FOREIGN KEY ("correctorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLine" ADD CONSTRAINT "AuditLine_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

