-- Records' metadata (issue 25): a row per value of a schema field, for filters and facets, and the record's date for sorting.
-- AlterTable
ALTER TABLE "Document" ADD COLUMN "recordDate" TEXT;

-- CreateTable
CREATE TABLE "DocumentField" (
    "documentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "dateStart" TEXT,
    "dateEnd" TEXT,

    PRIMARY KEY ("documentId", "field", "position"),
    CONSTRAINT "DocumentField_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DocumentField_field_value_idx" ON "DocumentField"("field", "value");

-- CreateIndex
CREATE INDEX "DocumentField_field_dateStart_dateEnd_idx" ON "DocumentField"("field", "dateStart", "dateEnd");

-- CreateIndex
CREATE INDEX "Document_recordDate_idx" ON "Document"("recordDate");

