-- An undo or a revert records the revisions it takes back, so that it teaches the suggestion
-- model nothing of its own and unlearns what they taught (run `npm run suggest:rebuild` once
-- after upgrading to take back what earlier undos taught).
ALTER TABLE "Revision" ADD COLUMN "undoesFrom" INTEGER;
ALTER TABLE "Revision" ADD COLUMN "undoesTo" INTEGER;

-- Reverts made from History before this change, recognised by the message the workbench wrote.
UPDATE "Revision" SET "undoesFrom" = 1, "undoesTo" = "seq" - 1
  WHERE "message" = 'Revert to the raw OCR' AND "seq" > 1;
UPDATE "Revision" SET "undoesFrom" = CAST(substr("message", 20) AS INTEGER) + 1, "undoesTo" = "seq" - 1
  WHERE "message" GLOB 'Revert to revision [0-9]*' AND substr("message", 20) NOT GLOB '*[^0-9]*';

-- Changeset undos: the part's own revision, or its approved proposal's.
UPDATE "Revision" SET "undoesFrom" = (
    SELECT COALESCE(p."resultSeq", cd."resultSeq") FROM "ChangesetDocument" cd LEFT JOIN "Proposal" p ON p."id" = cd."proposalId"
    WHERE cd."documentId" = "Revision"."documentId" AND cd."revertSeq" = "Revision"."seq" AND cd."status" = 'reverted')
  WHERE "message" LIKE 'Undo: %';
UPDATE "Revision" SET "undoesTo" = "undoesFrom" WHERE "message" LIKE 'Undo: %';
