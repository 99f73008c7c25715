import { expect, test } from "./fixtures/users";

// Records through the JSON API (issue 25): a collection's metadata schema, and a document's
// fields set, read back beside what import recorded, and refused by field name.

test("a document's metadata is set and read by field name, checked against its collection's schema", async ({ request }) => {
  const stamp = Date.now();
  const collection = await (await request.post("/api/collections", { data: { name: `Records ${stamp}` } })).json();
  const schema = await (await request.get(`/api/collections/${collection.id}/schema`)).json();
  expect(schema.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(["date", "classification", "originator", "type", "identifiers", "releaseDecision"]));

  const doc = await (await request.post("/api/documents", { data: { title: "Information report", text: `DATE OF INFO: 30 March 1954 ${stamp}`, collectionId: collection.id } })).json();
  const patched = await request.patch(`/api/documents/${doc.id}`, { data: { metadata: { date: "1954-03-30", classification: "SECRET", identifiers: ["CSDB-18851"] } } });
  expect(patched.status()).toBe(200);
  expect((await patched.json()).metadata).toEqual({ date: "1954-03-30", classification: "SECRET", identifiers: ["CSDB-18851"] });
  const read = await (await request.get(`/api/documents/${doc.id}`)).json();
  expect(read.metadata).toMatchObject({ date: "1954-03-30", classification: "SECRET", identifiers: ["CSDB-18851"], import: expect.any(Object) });

  const wrong = await request.patch(`/api/documents/${doc.id}`, { data: { title: "Renamed", metadata: { classification: "SEKRET" } } });
  expect(wrong.status()).toBe(422);
  expect(await wrong.json()).toMatchObject({ error: { code: "invalid", message: expect.stringContaining("Classification has no value “SEKRET”"), path: "classification" } });
  // Nothing of the refused request was stored, the title included.
  expect((await (await request.get(`/api/documents/${doc.id}`)).json()).title).toBe("Information report");

  // Search filters by metadata as the documents list does.
  const found = async (query: string) => (await (await request.get(`/api/search?q=${stamp}&collectionId=${collection.id}&${query}`)).json()).items.length;
  expect(await found("classification=SECRET&dateFrom=1954&dateTo=1954-06")).toBe(1);
  expect(await found("classification=CONFIDENTIAL")).toBe(0);
  const unknown = await request.get(`/api/search?q=${stamp}&clasification=SECRET`);
  expect(unknown.status()).toBe(422);
  expect(await unknown.json()).toMatchObject({ error: { path: "clasification" } });

  // The schema: a field added; a field holding values cannot change type.
  const added = { fields: [...schema.fields, { name: "shelfmark", label: "Shelfmark", type: "text" }] };
  const put = await request.put(`/api/collections/${collection.id}/schema`, { data: added });
  expect(put.status()).toBe(200);
  expect((await put.json()).fields.at(-1)).toEqual({ name: "shelfmark", label: "Shelfmark", type: "text" });
  const retyped = { fields: added.fields.map((f: { name: string }) => (f.name === "classification" ? { name: "classification", label: "Classification", type: "text" } : f)) };
  const refused = await request.put(`/api/collections/${collection.id}/schema`, { data: retyped });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ error: { path: "classification", reason: "field_in_use" } });
});
