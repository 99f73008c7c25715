-- The suggestion rules a collection turned off.
CREATE TABLE "RuleOff" (
    "collectionId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("collectionId", "rule"),
    CONSTRAINT "RuleOff_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
