-- AlterTable
ALTER TABLE "Page" ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'not_started',
ADD COLUMN     "statusAt" TIMESTAMP(3),
ADD COLUMN     "statusById" TEXT;

