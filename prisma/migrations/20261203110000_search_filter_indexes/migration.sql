-- Search filters and joins read these small columns from an index, never from the row (issue 11).
-- DropIndex
DROP INDEX "Document_deletedAt_idx";

-- CreateIndex
CREATE INDEX "Document_deletedAt_collectionId_status_idx" ON "Document"("deletedAt", "collectionId", "status");

-- CreateIndex
CREATE INDEX "Document_id_deletedAt_collectionId_status_idx" ON "Document"("id", "deletedAt", "collectionId", "status");

