-- AlterTable: columns with constant defaults need no table rebuild.
ALTER TABLE "Page" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'not_started';
ALTER TABLE "Page" ADD COLUMN "statusById" TEXT;
ALTER TABLE "Page" ADD COLUMN "statusAt" DATETIME;
