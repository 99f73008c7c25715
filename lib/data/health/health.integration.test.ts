import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";

const temp = await useTempDatabase();
const { GET } = await import("../../../app/api/health/route");

describe("GET /api/health", () => {
  it("answers 200 when the database and the image store answer", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ ok: true, database: { ok: true }, storage: { ok: true } });
  });

  it("answers 503 naming the image store when it cannot be written, and says no more", async () => {
    // Tests run as root, who may write anywhere: a folder under a regular file fails for everyone.
    writeFileSync(join(temp.dir, "not-a-folder"), "");
    process.env.WORKBENCH_IMAGE_DIR = join(temp.dir, "not-a-folder", "images");
    const res = await GET();
    process.env.WORKBENCH_IMAGE_DIR = join(temp.dir, "images");
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, database: { ok: true }, storage: { ok: false, error: expect.stringMatching(/image store did not answer/) } });
    expect(JSON.stringify(body)).not.toContain(temp.dir);
  });
});
