import { afterAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";
import type { LiveEvent } from "../../team/live-event";

await useTempDatabase();
const { subscribeEvents, closeEvents } = await import("./bus");
const { createDocument } = await import("../../data/documents/create-document");
const { commitRevision } = await import("../../data/revisions/commit-revision");
const { listRevisionEvents } = await import("../../data/revisions/list-revision-events");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };

/** Resolves with the first `n` events that pass `keep`, or rejects after a while. */
function collect(n: number, keep: (e: LiveEvent) => boolean): Promise<LiveEvent[]> {
  return new Promise((resolve, reject) => {
    const got: LiveEvent[] = [];
    const timer = setTimeout(() => (stop(), reject(new Error(`heard ${got.length} of ${n} events`))), 10_000);
    const stop = subscribeEvents((e) => {
      if (!keep(e)) return;
      got.push(e);
      if (got.length === n) (clearTimeout(timer), stop(), resolve(got));
    });
  });
}

afterAll(() => closeEvents());

describe(`live events on ${DATABASE_KIND}`, () => {
  it("tells subscribers of each revision after it is stored, with its author and the words it changed, and replays them from the database", async () => {
    const rita = await testUser("events-rita", "admin", "Rita Reviewer");
    const { id } = await createDocument({ title: "Events", text: "Report by Genserslov on the port of Odessa.", facts, authorId: rita.id });
    // On PostgreSQL the first subscriber opens the LISTEN connection; give it a moment to be there.
    const warm = collect(1, (e) => e.type === "presence" && e.documentId === "warm-up");
    const { publishEvent } = await import("./bus");
    await new Promise((r) => setTimeout(r, 300));
    await publishEvent({ type: "presence", documentId: "warm-up" });
    await warm;
    const heard = collect(2, (e) => e.type === "revision" && e.documentId === id);
    await commitRevision({ documentId: id, baseSeq: 0, text: "Report by Generalov on the port of Odessa.", message: "name", author: rita });
    await commitRevision({ documentId: id, baseSeq: 1, text: "Report by Generalov on the harbour of Odessa, 1951.", message: "more", author: rita });
    const events = await heard;
    expect(events.map((e) => e.type === "revision" && [e.seq, e.authorName, e.words])).toEqual([[1, "Rita Reviewer", 1], [2, "Rita Reviewer", 2]]);
    expect((await listRevisionEvents({ documentId: id, afterSeq: 0 })).map((e) => [e.seq, e.authorId, e.words])).toEqual([[1, rita.id, 1], [2, rita.id, 2]]);
    expect(await listRevisionEvents({ documentId: id, afterSeq: 2 })).toEqual([]);
    await expect(listRevisionEvents({ documentId: "missing", afterSeq: 0 })).rejects.toMatchObject({ status: 404 });
  });
});
