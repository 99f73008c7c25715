-- The search index (issue 11), SQLite only: FTS5 tables are not part of the Prisma schema.
-- lib/data/search keeps it in step with the documents, in the transaction of every write.
--
-- Each document has rows per field ('text' = its accepted text, 'raw' = its raw OCR,
-- 'meta' = title and source reference). A row is either the whole field in the word index
-- ('words': bm25 ranking, phrases, the vocabulary for OCR-tolerant search), or one chunk of
-- whole lines of it in the trigram index ('chunk': any substring). Chunks keep a save cheap:
-- only the lines a correction touched are indexed again. The FTS tables are contentless
-- (the text already lives in "Document"), so SearchRow maps their rowids back. Its ids only
-- grow (AUTOINCREMENT), so the largest one tells a cached vocabulary whether it is stale.
CREATE TABLE "SearchRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "SearchRow_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "SearchRow_documentId_field_idx" ON "SearchRow"("documentId", "field");

CREATE VIRTUAL TABLE "SearchWords" USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE "SearchTrigrams" USING fts5(body, tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE "SearchVocabulary" USING fts5vocab("SearchWords", 'row');

-- Deleting a row (or its document) takes its entry out of the FTS table it lives in.
CREATE TRIGGER "SearchRow_delete" AFTER DELETE ON "SearchRow" BEGIN
    DELETE FROM "SearchWords" WHERE old."kind" = 'words' AND rowid = old."id";
    DELETE FROM "SearchTrigrams" WHERE old."kind" = 'chunk' AND rowid = old."id";
END;
