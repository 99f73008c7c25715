import { expect, test } from "./fixtures/users";

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
