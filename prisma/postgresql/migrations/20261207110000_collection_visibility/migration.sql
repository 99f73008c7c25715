-- A collection is private (accounts only) or public (its documents read-only for anyone).
ALTER TABLE "Collection" ADD COLUMN "visibility" TEXT NOT NULL DEFAULT 'private';
