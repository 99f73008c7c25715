import { afterEach, describe, expect, it } from "vitest";
import { ANONYMOUS_BODY_BYTES, checkBody } from "./body-limit";

const signedIn = { contentType: "application/json", isChunked: false, hasCredentials: true };

describe("checkBody", () => {
  afterEach(() => {
    delete process.env.WORKBENCH_MAX_UPLOAD_BYTES;
    delete process.env.WORKBENCH_MAX_DOCUMENT_BYTES;
  });

  it("allows a JSON body up to twice the document limit plus 64 KB, and refuses one byte more", () => {
    process.env.WORKBENCH_MAX_DOCUMENT_BYTES = "1000";
    const limit = 2 * 1000 + 64 * 1024;
    expect(checkBody({ ...signedIn, contentLength: String(limit) }).ok).toBe(true);
    const over = checkBody({ ...signedIn, contentLength: String(limit + 1) });
    expect(over).toMatchObject({ ok: false, status: 413 });
  });

  it("measures uploads against WORKBENCH_MAX_UPLOAD_BYTES", () => {
    process.env.WORKBENCH_MAX_UPLOAD_BYTES = "5000000";
    const upload = { ...signedIn, contentType: "multipart/form-data; boundary=x" };
    expect(checkBody({ ...upload, contentLength: "5000000" }).ok).toBe(true);
    expect(checkBody({ ...upload, contentLength: "5000001" })).toMatchObject({ ok: false, status: 413 });
    expect(checkBody({ ...upload, contentLength: String(98 * 1024 * 1024) })).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses a large body from a client without credentials before reading it", () => {
    const anonymous = { ...signedIn, hasCredentials: false };
    expect(checkBody({ ...anonymous, contentLength: String(ANONYMOUS_BODY_BYTES) }).ok).toBe(true);
    const big = checkBody({ ...anonymous, contentType: "multipart/form-data; boundary=x", contentLength: String(60 * 1024 * 1024) });
    expect(big).toMatchObject({ ok: false, status: 413 });
    if (!big.ok) expect(big.message).toMatch(/without signing in/);
  });

  it("refuses chunked bodies (no length to check) and malformed lengths, and lets bodiless requests through", () => {
    expect(checkBody({ ...signedIn, contentLength: undefined, isChunked: true })).toMatchObject({ ok: false, status: 411 });
    expect(checkBody({ ...signedIn, contentLength: "12abc" })).toMatchObject({ ok: false, status: 413 });
    expect(checkBody({ ...signedIn, contentLength: undefined }).ok).toBe(true);
  });
});
