import { expect, test } from "./fixtures/users";
import { importDocument } from "./fixtures/documents";

// The JSON API's answers to bad input: a clear error in the contract's shape, nothing stored.

const errorShape = { error: { code: expect.any(String), message: expect.any(String) } };

test.describe("bad input through the JSON API", () => {
  test("malformed JSON is a 400", async ({ request }) => {
    const res = await request.post("/api/documents", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(res.status()).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_request" } });
  });

  test("empty text is a 422 and NUL is a 415", async ({ request }) => {
    const empty = await request.post("/api/documents", { data: { title: "e", text: "   \n" } });
    expect(empty.status()).toBe(422);
    expect(await empty.json()).toMatchObject(errorShape);
    const nul = await request.post("/api/documents", { data: { title: "n", text: "a\u0000b" } });
    expect(nul.status()).toBe(415);
  });

  test("unknown ids are 404", async ({ request }) => {
    expect((await request.get("/api/documents/nope")).status()).toBe(404);
    expect((await request.get("/api/documents/nope/revisions")).status()).toBe(404);
    expect((await request.get("/api/documents/nope/revisions/0")).status()).toBe(404);
    const res = await request.post("/api/documents/nope/revisions", { data: { baseSeq: 0, text: "x", message: "" } });
    expect(res.status()).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });

  test("a revision past the head is 404 and a bad body is 422", async ({ request }) => {
    const { id } = await importDocument(request, "bounds", "text");
    expect((await request.get(`/api/documents/${id}/revisions/5`)).status()).toBe(404);
    const res = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: "zero", text: "x" } });
    expect(res.status()).toBe(422);
  });

  test("multipart: good files are stored, bad ones reported by name with their reason", async ({ request }) => {
    const stamp = Date.now();
    const res = await request.post("/api/documents", {
      multipart: {
        file: { name: `good-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`\uFEFFline one\r\nline two ${stamp}\r\n`) },
      },
    });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.items).toHaveLength(1);
    const doc = await (await request.get(`/api/documents/${body.items[0].id}`)).json();
    expect(doc.text).toBe(`line one\nline two ${stamp}\n`);
    expect(doc.metadata.import).toMatchObject({ bomStripped: true, lineEndings: { crlf: 2, cr: 0 } });
    expect(doc.collectionId).toEqual(expect.any(String));
  });

  test("multipart with several files: invalid UTF-8 names the byte offset", async ({ request }) => {
    // Playwright's multipart option takes one part per name, so build the body by hand.
    const stamp = Date.now();
    const boundary = "----workbench" + stamp;
    const part = (name: string, bytes: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`),
        bytes,
        Buffer.from("\r\n"),
      ]);
    const body = Buffer.concat([
      part(`a-${stamp}.txt`, Buffer.from(`first ${stamp}`)),
      part(`bad-${stamp}.txt`, Buffer.from([0x41, 0x42, 0x43, 0xc3, 0x28])),
      part(`bin-${stamp}.txt`, Buffer.from([0x00, 0x01, 0x02])),
      part(`b-${stamp}.txt`, Buffer.from(`second ${stamp}`)),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const res = await request.post("/api/documents", { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, data: body });
    expect(res.status()).toBe(201);
    const json = await res.json();
    expect(json.items.map((d: { title: string }) => d.title)).toEqual([`a-${stamp}`, `b-${stamp}`]);
    expect(json.errors).toEqual([
      {
        file: `bad-${stamp}.txt`,
        code: "invalid_utf8",
        message: `bad-${stamp}.txt is not valid UTF-8 (first bad byte at offset 3); it reads as Windows-1252, and can be imported converted from it`,
        suggestedEncoding: "windows-1252",
      },
      { file: `bin-${stamp}.txt`, code: "binary_content", message: expect.stringContaining("NUL") },
    ]);
  });

  test("a document over the size limit is a 413", async ({ request }) => {
    const res = await request.post("/api/documents", { data: { title: "big", text: "x".repeat(5 * 1024 * 1024 + 1) } });
    expect(res.status()).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: "too_large" } });
  });

  test("a saved revision's patch replays and the diff endpoint answers dmp diffs", async ({ request }) => {
    const { id } = await importDocument(request, "diff", "between Otroshchenko, Genserslov, and the Japanese");
    const doc = await (await request.get(`/api/documents/${id}`)).json();
    const res = await request.post(`/api/documents/${id}/revisions`, {
      data: { baseSeq: 0, text: doc.text.replace("Genserslov", "Generalov"), message: "fix" },
    });
    expect(res.status()).toBe(201);
    expect(await res.json()).toMatchObject({ seq: 1, parentSeq: 0 });
    const diff = await (await request.get(`/api/documents/${id}/diff?from=0&to=1`)).json();
    expect(diff.diffs).toContainEqual([-1, "Genserslov"]);
    expect(diff.diffs).toContainEqual([1, "Generalov"]);
    const revs = (await (await request.get(`/api/documents/${id}/revisions`)).json()).items;
    expect(revs[1]).toMatchObject({ seq: 1, parentSeq: 0, patchFormat: "dmp-1", stats: { inserted: 1, deleted: 2 } });
    expect(revs[1].patch).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/);
    const rev1 = await (await request.get(`/api/documents/${id}/revisions/1`)).json();
    expect(rev1.text).toContain("Generalov");
  });

  test("OCR containing markup is shown as text, never run", async ({ page, request }) => {
    const { id } = await importDocument(request, "xss", 'Report <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">');
    await page.goto(`/documents/${id}`);
    await expect(page.getByRole("region", { name: "Raw OCR", exact: true })).toContainText("<script>window.__pwned = 1</script>");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
