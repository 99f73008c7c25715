-- An undo or a revert records the revisions it takes back (see the SQLite migration of the same name).
ALTER TABLE "Revision" ADD COLUMN "undoesFrom" INTEGER, ADD COLUMN "undoesTo" INTEGER;

UPDATE "Revision" SET "undoesFrom" = 1, "undoesTo" = "seq" - 1
  WHERE "message" = 'Revert to the raw OCR' AND "seq" > 1;
UPDATE "Revision" SET "undoesFrom" = CAST(substr("message", 20) AS INTEGER) + 1, "undoesTo" = "seq" - 1
  WHERE "message" ~ '^Revert to revision [0-9]+$';

UPDATE "Revision" SET "undoesFrom" = (
    SELECT COALESCE(p."resultSeq", cd."resultSeq") FROM "ChangesetDocument" cd LEFT JOIN "Proposal" p ON p."id" = cd."proposalId"
    WHERE cd."documentId" = "Revision"."documentId" AND cd."revertSeq" = "Revision"."seq" AND cd."status" = 'reverted')
  WHERE "message" LIKE 'Undo: %';
UPDATE "Revision" SET "undoesTo" = "undoesFrom" WHERE "message" LIKE 'Undo: %';
