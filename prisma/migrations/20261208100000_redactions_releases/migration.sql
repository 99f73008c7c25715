-- Redactions (exemptions, extent, box), the source of an annotation, text supplied from another release, and relations between documents (issue 25).
-- Columns are added in place rather than by redefining the table: the same result, without copying every annotation.
ALTER TABLE "Annotation" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'person';
ALTER TABLE "Annotation" ADD COLUMN "exemptions" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "extentQuantity" REAL;
ALTER TABLE "Annotation" ADD COLUMN "extentUnit" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "extentAtMost" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Annotation" ADD COLUMN "box" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "fromDocumentId" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "fromSeq" INTEGER;

-- CreateTable
CREATE TABLE "DocumentRelation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DocumentRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Annotation_tag_documentId_idx" ON "Annotation"("tag", "documentId");

-- CreateIndex
CREATE INDEX "DocumentRelation_toId_idx" ON "DocumentRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRelation_fromId_toId_relation_key" ON "DocumentRelation"("fromId", "toId", "relation");
