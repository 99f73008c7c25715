-- The SQLite job engine's jobs (lib/jobs/sqlite-queue.ts).
-- CreateTable
CREATE TABLE "job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "retry_limit" INTEGER NOT NULL,
    "retry_count" INTEGER NOT NULL DEFAULT 0,
    "retry_delay" INTEGER NOT NULL,
    "retry_backoff" BOOLEAN NOT NULL,
    "expire_in_seconds" INTEGER NOT NULL,
    "start_after" BIGINT NOT NULL,
    "created_on" BIGINT NOT NULL,
    "started_on" BIGINT,
    "completed_on" BIGINT,
    "output" TEXT
);

-- CreateIndex
CREATE INDEX "job_next" ON "job"("name", "state", "start_after");


-- OCR jobs run on the job engine, which holds the claim on each run.
ALTER TABLE "OcrJob" DROP COLUMN "leasedBy";
ALTER TABLE "OcrJob" DROP COLUMN "leaseUntil";
