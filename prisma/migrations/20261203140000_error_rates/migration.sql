-- Error rates of the raw OCR against each revision (issue 11); revision 0 is the raw OCR itself.
-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "cer" REAL;
ALTER TABLE "Revision" ADD COLUMN "wer" REAL;

UPDATE "Revision" SET "cer" = 0, "wer" = 0 WHERE "seq" = 0;
