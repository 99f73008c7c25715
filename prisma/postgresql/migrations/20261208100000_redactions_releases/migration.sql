-- Redactions (exemptions, extent, box), the source of an annotation, text supplied from another release, and relations between documents (issue 25).
-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "box" TEXT,
ADD COLUMN     "exemptions" TEXT,
ADD COLUMN     "extentAtMost" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "extentQuantity" DOUBLE PRECISION,
ADD COLUMN     "extentUnit" TEXT,
ADD COLUMN     "fromDocumentId" TEXT,
ADD COLUMN     "fromSeq" INTEGER,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'person';

-- CreateTable
CREATE TABLE "DocumentRelation" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentRelation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentRelation_toId_idx" ON "DocumentRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRelation_fromId_toId_relation_key" ON "DocumentRelation"("fromId", "toId", "relation");

-- CreateIndex
CREATE INDEX "Annotation_tag_documentId_idx" ON "Annotation"("tag", "documentId");

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

