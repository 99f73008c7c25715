import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createCollection } = await import("../collections/create-collection");
const { updateCollection } = await import("../collections/update-collection");
const { createDocument } = await import("../documents/create-document");
const { createProposal } = await import("../proposals/create-proposal");
const { nextTask } = await import("../tasks/next-task");
const { findKeyings } = await import("./find-keyings");
const { decideKeyings } = await import("./decide-keyings");
const { listTeamProgress } = await import("../assignments/list-team-progress");
const { listNotifications } = await import("../notifications/list-notifications");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
type User = Awaited<ReturnType<typeof testUser>>;
let [rita, cora, carl, cyd]: User[] = [];
let collectionId = "";
let documentId = "";
const BASE = "Comrade Il'inh met Genserslov in Tokio.";

beforeAll(async () => {
  rita = await testUser("keying-rita", "reviewer", "Rita Reviewer");
  cora = await testUser("keying-cora", "corrector", "Cora Corrector");
  carl = await testUser("keying-carl", "corrector", "Carl Corrector");
  cyd = await testUser("keying-cyd", "corrector", "Cyd Corrector");
  collectionId = (await createCollection({ name: "Keyed twice" })).id;
  await updateCollection({ id: collectionId, changes: { doubleKeying: true }, actorId: rita.id });
  documentId = (await createDocument({ title: "Memo", text: BASE, facts, authorId: null, collectionId })).id;
});

describe(`double keying on ${DATABASE_KIND}`, () => {
  it("hands a document to a second corrector after the first keying, to nobody after the second, and to a reviewer then", async () => {
    expect(await findKeyings({ documentId })).toBeNull();
    // Cora takes it as her task and sends her keying: that lets the document go to a second keyer.
    expect(await nextTask({ user: cora, kind: "correct", collectionId })).toMatchObject({ documentId });
    await createProposal({ documentId, baseSeq: 0, text: "Comrade Il'ich met Generalov in Tokio.", message: "keying", author: cora });
    expect(await nextTask({ user: rita, kind: "review", collectionId })).toBeNull();
    expect(await nextTask({ user: carl, kind: "correct", collectionId })).toMatchObject({ documentId });
    await createProposal({ documentId, baseSeq: 0, text: "Comrade Il'ich met Generalov in Tokyo.", message: "keying", author: carl });
    expect(await nextTask({ user: cyd, kind: "correct", collectionId })).toBeNull();
    expect(await nextTask({ user: rita, kind: "review", collectionId })).toMatchObject({ documentId, keying: true });
  });

  it("decides each difference, stores one revision, settles both proposals and counts whose reading was kept", async () => {
    const keyings = (await findKeyings({ documentId }))!;
    expect(keyings).toMatchObject({ a: { author: "Cora Corrector" }, b: { author: "Carl Corrector" }, disagreements: 1 });
    expect(keyings.agreement).toBeCloseTo(5 / 6, 10);
    const ids: [string, string] = [keyings.a.proposalId, keyings.b.proposalId];
    await expect(decideKeyings({ documentId, proposalIds: ids, choices: [], reviewer: rita })).rejects.toMatchObject({ status: 422 });
    await expect(decideKeyings({ documentId, proposalIds: ids, choices: ["b"], reviewer: cora })).rejects.toMatchObject({ status: 403 });
    expect(await decideKeyings({ documentId, proposalIds: ids, choices: ["b"], reviewer: rita })).toMatchObject({ seq: 1, forA: 0, forB: 1 });
    const doc = await getDb().document.findUniqueOrThrow({ where: { id: documentId }, select: { headText: true } });
    expect(doc.headText).toBe("Comrade Il'ich met Generalov in Tokyo.");
    expect((await getDb().proposal.findMany({ where: { documentId }, select: { status: true, resultSeq: true } })).map((p) => [p.status, p.resultSeq])).toEqual([["approved", 1], ["approved", 1]]);
    expect(await findKeyings({ documentId })).toBeNull();
    await expect(decideKeyings({ documentId, proposalIds: ids, choices: ["b"], reviewer: rita })).rejects.toMatchObject({ status: 409 });
    expect((await listNotifications({ userId: cora.id })).items[0].text).toBe("Rita Reviewer approved your proposal on “Memo”: double keyed");
    const progress = await listTeamProgress({ collectionId });
    expect(progress.find((p) => p.userId === cora.id)?.keying).toEqual({ documents: 1, agreement: expect.closeTo(5 / 6, 10), kept: 0 });
    expect(progress.find((p) => p.userId === carl.id)?.keying).toEqual({ documents: 1, agreement: expect.closeTo(5 / 6, 10), kept: 1 });
  });

  it("refuses a collection that does not double key", async () => {
    const plain = (await createDocument({ title: "Plain", text: "Plain memo.", facts, authorId: null })).id;
    await expect(findKeyings({ documentId: plain })).rejects.toMatchObject({ status: 422 });
  });
});
