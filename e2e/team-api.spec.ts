import { expect, test, tokenOf } from "./fixtures/users";

// A team through the API (issue 26): who am I, documents assigned to a corrector with a due
// day, and each person's work: assigned, waiting for review, sent back.

test("a reviewer assigns documents to a corrector, who finds them in their work", async ({ apiAs }) => {
  const rita = await apiAs("rita");
  const cora = await apiAs("cora");
  const me = await (await cora.get("/api/me")).json();
  expect(me).toEqual({ id: expect.any(String), username: "cora", name: "Cora Corrector", role: "corrector" });

  const stamp = Date.now();
  const doc = await (await rita.post("/api/documents", { data: { title: `Assigned ${stamp}`, text: `Assigned ${stamp}: Genserslov.` } })).json();
  const assigned = await rita.post("/api/assignments", { data: { documentIds: [doc.id], userId: me.id, dueDate: "2027-01-31" } });
  expect(assigned.status()).toBe(201);
  expect(await assigned.json()).toEqual({ assigned: 1, replaced: 0 });
  // A corrector cannot assign; a day that is not one is refused by name.
  expect((await cora.post("/api/assignments", { data: { documentIds: [doc.id], userId: me.id } })).status()).toBe(403);
  const wrong = await rita.post("/api/assignments", { data: { documentIds: [doc.id], userId: me.id, dueDate: "31/01/2027" } });
  expect(wrong.status()).toBe(422);
  expect((await wrong.json()).error.path).toBe("dueDate");

  const work = await (await cora.get("/api/me/work")).json();
  expect(work.assigned).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: doc.id, title: `Assigned ${stamp}`, dueDate: "2027-01-31", assignedBy: "Rita Reviewer" })]));
  expect(work.toReview).toEqual([]);

  // Cora proposes; it waits in Rita's work.
  const proposal = await (await cora.post(`/api/documents/${doc.id}/proposals`, { data: { baseSeq: 0, text: `Assigned ${stamp}: Generalov.`, message: "name" } })).json();
  expect((await (await rita.get("/api/me/work")).json()).toReview).toEqual(expect.arrayContaining([expect.objectContaining({ proposalId: proposal.id, author: "Cora Corrector" })]));
});

test("presence, the next task and live events through the API, as a script or a proxied page sees them", async ({ apiAs, baseURL }) => {
  const rita = await apiAs("rita");
  const cora = await apiAs("cora");
  const vera = await apiAs("vera");
  const stamp = Date.now();
  const doc = await (await rita.post("/api/documents", { data: { title: `Presence ${stamp}`, text: `Presence ${stamp}: Genserslov.` } })).json();

  // Presence: a beat lists the caller; leaving ends it; a viewer may look but not be present.
  const beat = await (await cora.post(`/api/documents/${doc.id}/presence`)).json();
  expect(beat.items).toEqual([{ userId: expect.any(String), name: "Cora Corrector", since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
  expect((await (await vera.get(`/api/documents/${doc.id}/presence`)).json()).items.map((p: { name: string }) => p.name)).toEqual(["Cora Corrector"]);
  expect((await vera.post(`/api/documents/${doc.id}/presence`)).status()).toBe(403);
  expect((await cora.post(`/api/documents/missing/presence`)).status()).toBe(404);

  // The stream: it opens with the presence, then carries a revision as it is saved.
  const response = await fetch(`${baseURL}/api/events?documentId=${doc.id}`, { headers: { authorization: `Bearer ${tokenOf("cora")}` } });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  expect(response.headers.get("x-accel-buffering")).toBe("no");
  const reader = response.body!.getReader();
  let received = "";
  const until = async (text: string) => {
    const deadline = Date.now() + 10_000;
    while (!received.includes(text) && Date.now() < deadline) received += new TextDecoder().decode((await reader.read()).value);
    return received.includes(text);
  };
  expect(await until("event: presence")).toBe(true);
  expect(received).toContain('"name":"Cora Corrector"');
  expect((await rita.post(`/api/documents/${doc.id}/revisions`, { data: { baseSeq: 0, text: `Presence ${stamp}: Generalov.`, message: "name" } })).status()).toBe(201);
  expect(await until("event: revision")).toBe(true);
  expect(received).toMatch(/id: 1\nevent: revision\ndata: \{[^\n]*"seq":1[^\n]*"authorName":"Rita Reviewer"[^\n]*"words":1/);
  await reader.cancel();

  // The polling answer: the same events as JSON, from where the page left off.
  const polled = await (await cora.get(`/api/events?documentId=${doc.id}&after=0`, { headers: { Accept: "application/json" } })).json();
  expect(polled.events.map((e: { type: string; seq?: number }) => [e.type, e.seq ?? null])).toEqual([["revision", 1], ["presence", null]]);
  expect((await cora.get(`/api/events?documentId=${doc.id}&after=x`, { headers: { Accept: "application/json" } })).status()).toBe(422);

  expect((await cora.delete(`/api/documents/${doc.id}/presence`)).status()).toBe(204);
  expect((await (await rita.get(`/api/documents/${doc.id}/presence`)).json()).items).toEqual([]);

  // The next task: a kind that is not one is refused by name; a viewer takes no tasks.
  const wrong = await cora.get("/api/next-task?kind=later");
  expect(wrong.status()).toBe(422);
  expect((await wrong.json()).error.path).toBe("kind");
  expect((await vera.get("/api/next-task")).status()).toBe(403);
  expect((await cora.get("/api/next-task?kind=review")).status()).toBe(403);
  expect((await cora.get("/api/next-task?collectionId=missing")).status()).toBe(404);
});
