-- The search index on PostgreSQL: the same "SearchRow" rows as on SQLite (see
-- prisma/migrations/20261203100000_search_index), but each row holds its own entry: a 'words'
-- row the field's words as a tsvector (built by lib/search/tsvector, GIN-indexed), a 'chunk'
-- row its lines as text, under a pg_trgm GIN index that LIKE and ILIKE use for any substring.
-- Ids only grow (an identity), so the largest one tells a cached vocabulary whether it is stale.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "SearchRow" (
    "id" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "words" TSVECTOR,
    "body" TEXT,
    CONSTRAINT "SearchRow_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "SearchRow_documentId_field_idx" ON "SearchRow" ("documentId", "field");
CREATE INDEX "SearchRow_words_idx" ON "SearchRow" USING GIN ("words");
CREATE INDEX "SearchRow_body_idx" ON "SearchRow" USING GIN ("body" gin_trgm_ops);
