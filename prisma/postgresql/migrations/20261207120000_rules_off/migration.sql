-- The suggestion rules a collection turned off.
CREATE TABLE "RuleOff" (
    "collectionId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleOff_pkey" PRIMARY KEY ("collectionId","rule")
);

ALTER TABLE "RuleOff" ADD CONSTRAINT "RuleOff_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
