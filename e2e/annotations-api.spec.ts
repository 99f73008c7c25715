import { validateWebAnnotations } from "../test/web-annotations";
import { expect, test } from "./fixtures/users";
import { importDocument } from "./fixtures/documents";

test.describe("annotations through the JSON API", () => {
  test("a W3C AnnotationPage with quote and code-point position selectors that passes the W3C MUST assertions", async ({ request }) => {
    const { id } = await importDocument(request, "w3c", "😀 Nikolay Ivanovich Genserslov met Molotov in Tokyo.");
    const text: string = (await (await request.get(`/api/documents/${id}`)).json()).text;
    const entity = await (await request.post("/api/entities", { data: { type: "person", name: "Nikolay Ivanovich Generalov", variants: ["Genserslov"], externalId: "Q4491556" } })).json();
    const start = text.indexOf("Genserslov");
    const created = await request.post(`/api/documents/${id}/annotations`, {
      data: { start, end: start + 10, tag: "person", body: "OCR misreading of Generalov", entityId: entity.id },
    });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ type: "Annotation", tag: "person", status: "anchored", entityId: entity.id });
    const tokyo = text.indexOf("Tokyo");
    expect((await request.post(`/api/documents/${id}/annotations`, { data: { start: tokyo, end: tokyo + 5, tag: "place" } })).status()).toBe(201);

    const res = await request.get(`/api/documents/${id}/annotations`);
    expect(res.headers()["content-type"]).toContain("application/ld+json");
    const page = await res.json();
    expect(page).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationPage" });
    const first = page.items[0];
    expect(first.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: "Genserslov", prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 10, start + 42) },
      // The emoji is two UTF-16 units but one code point.
      { type: "TextPositionSelector", start: start - 1, end: start + 9 },
    ]);
    expect(first.body).toContainEqual({ type: "SpecificResource", source: expect.stringContaining(`/api/entities/${entity.id}`), purpose: "identifying" });

    const run = validateWebAnnotations(page);
    expect(run.output).toMatch(/2 passed, 0 failed/);
    expect(run.status).toBe(0);

    // The checker does fail an annotation that breaks the model (no target).
    const failing = validateWebAnnotations({ ...page, items: [{ ...page.items[0], target: undefined }] });
    expect(failing.status).toBe(1);
    expect(failing.output).toMatch(/0 passed, 1 failed/);
  });

  test("bad ranges, unknown tags and entities are 422; unknown ids are 404; PATCH and DELETE work", async ({ request }) => {
    const { id } = await importDocument(request, "bad-ann", "x🅱y and more text");
    const bad = [
      { start: 5, end: 2, tag: "person" },
      { start: 0, end: 9999, tag: "person" },
      { start: 2, end: 4, tag: "person" },
      { start: 0, end: 1, tag: "starship" },
      { start: 0, end: 1, tag: "person", entityId: "missing" },
    ];
    for (const data of bad) {
      const res = await request.post(`/api/documents/${id}/annotations`, { data });
      expect(res.status(), JSON.stringify(data)).toBe(422);
    }
    const page = await (await request.get(`/api/documents/${id}/annotations`)).json();
    expect(page.items).toEqual([]);
    expect((await request.get(`/api/documents/missing/annotations`)).status()).toBe(404);

    const created = await (await request.post(`/api/documents/${id}/annotations`, { data: { start: 1, end: 3, tag: "unclear" } })).json();
    const annotationId = created.id.split("/").pop();
    const patched = await request.patch(`/api/annotations/${annotationId}`, { data: { body: "🅱 or 🅰?" } });
    expect(patched.status()).toBe(200);
    expect((await patched.json()).body).toContainEqual(expect.objectContaining({ value: "🅱 or 🅰?", purpose: "commenting" }));
    expect((await request.patch(`/api/annotations/${annotationId}`, { data: { tag: "nope" } })).status()).toBe(422);
    expect((await request.delete(`/api/annotations/${annotationId}`)).status()).toBe(204);
    expect((await request.delete(`/api/annotations/${annotationId}`)).status()).toBe(404);
  });
});
