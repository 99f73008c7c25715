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

test("redactions, releases and metadata CSV through the API", async ({ request }) => {
  const stamp = Date.now();
  const collection = await (await request.post("/api/collections", { data: { name: `Releases ${stamp}` } })).json();
  const post = async (text: string) => (await (await request.post("/api/documents", { data: { title: `Release ${stamp}`, text, collectionId: collection.id } })).json()).id as string;
  const early = await post(`Cable ${stamp}: met [2 names not declassified] in the capital.`);
  const later = await post(`Cable ${stamp}: met Jacobo Arbenz and Carlos Diaz in the capital.`);

  // Redactions are annotations with codes and an extent; the import found the bracket.
  const found = await (await request.get(`/api/documents/${early}/annotations?tag=redaction`)).json();
  expect(found.items).toEqual([expect.objectContaining({ tag: "redaction", source: "import", exemptions: ["not declassified"], extent: { quantity: 2, unit: "names" } })]);
  const made = await request.post(`/api/documents/${later}/annotations`, { data: { start: 0, end: 5, tag: "redaction", exemptions: ["(b)(1)", "25X1"], extent: { quantity: 1, unit: "words" } } });
  expect(made.status()).toBe(201);
  expect(await made.json()).toMatchObject({ exemptions: ["(b)(1)", "25X1"], extent: { quantity: 1, unit: "words" }, source: "person" });
  const wrong = await request.post(`/api/documents/${later}/annotations`, { data: { start: 0, end: 5, tag: "redaction", exemptions: ["(b)(12)"] } });
  expect(wrong.status()).toBe(422);
  expect((await wrong.json()).error.path).toBe("exemptions");
  const listed = async (query: string) => (await (await request.get(`/api/documents?collectionId=${collection.id}&${query}`)).json()).items.map((d: { id: string }) => d.id);
  expect(await listed("redaction=(b)(1)")).toEqual([later]);
  expect(await listed(`redaction=${encodeURIComponent("not declassified")}`)).toEqual([early]);
  expect((await request.get(`/api/documents?redaction=${encodeURIComponent("(b)(99)")}`)).status()).toBe(422);

  // Releases: related once, seen from both ends, compared, and filled.
  expect((await request.post(`/api/documents/${early}/releases`, { data: { documentId: later } })).status()).toBe(201);
  expect((await (await request.get(`/api/documents/${later}/releases`)).json()).items).toEqual([expect.objectContaining({ documentId: early, relation: "release-of" })]);
  const { segments } = await (await request.get(`/api/documents/${early}/compare/${later}`)).json();
  const withheld = segments.find((s: { kind: string }) => s.kind === "redacted-here");
  expect(withheld).toEqual({ kind: "redacted-here", here: expect.objectContaining({ text: "[2 names not declassified]" }), there: expect.objectContaining({ text: "Jacobo Arbenz and Carlos Diaz" }) });
  const supplied = await request.post(`/api/documents/${early}/compare/${later}/supply`, { data: { start: withheld.here.start, end: withheld.here.end } });
  expect(supplied.status()).toBe(201);
  expect(await supplied.json()).toMatchObject({ tag: "supplied", suppliedFrom: { documentId: later, seq: 0 } });

  // The metadata as CSV: downloaded, a bad row named, a good file applied.
  expect(await (await request.get(`/api/collections/${collection.id}/metadata`)).text()).toMatch(/^id,title,sourceRef,date,/);
  const checked = await (await request.post(`/api/collections/${collection.id}/metadata`, { headers: { "content-type": "text/csv" }, data: `id,classification\n${early},SEKRET\n` })).json();
  expect(checked).toEqual({ rows: 1, changed: 0, applied: false, errors: [expect.objectContaining({ line: 2, field: "classification" })] });
  const applied = await (await request.post(`/api/collections/${collection.id}/metadata?apply=1`, { headers: { "content-type": "text/csv" }, data: `id,classification\n${early},SECRET\n` })).json();
  expect(applied).toEqual({ rows: 1, changed: 1, applied: true, errors: [] });
  expect((await (await request.get(`/api/documents/${early}`)).json()).metadata).toMatchObject({ classification: "SECRET" });
});
