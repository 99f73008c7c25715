import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { getJobQueue, stopJobQueue } = await import("../../server/jobs/jobs");
const { createDocument } = await import("../documents/create-document");
const { createProposal } = await import("../proposals/create-proposal");
const { rejectProposal } = await import("../proposals/decide-proposal");
const { assignDocuments } = await import("../assignments/assign-documents");
const { addComment } = await import("../comments/add-comment");
const { changeComment, deleteComment } = await import("../comments/change-comment");
const { listComments } = await import("../comments/list-comments");
const { listNotifications } = await import("./list-notifications");
const { markRead } = await import("./mark-read");
const { sendNotificationEmail } = await import("./send-notification-email");
const { setEmailSettings } = await import("../users/set-email-settings");
const { createAnnotation } = await import("../annotations/create-annotation");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
type User = Awaited<ReturnType<typeof testUser>>;
let [rita, cora, carl]: User[] = [];
let docId = "";

/** A local SMTP server that keeps what arrives: the tests read the e-mails themselves. */
const arrived: { to: string; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, done) {
    let raw = "";
    stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    stream.on("end", () => (arrived.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw }), done()));
  },
});
/** An arrived message as a reader sees it: its subject and its text, decoded. */
const read = async (raw: string) => {
  const m = await simpleParser(raw);
  return { subject: m.subject ?? "", text: m.text ?? "" };
};
const emailJobs = async () => (await (await getJobQueue()).list({ names: ["email"], limit: 100 })).map((j) => j.data as { userId: string; digest: boolean });
const inbox = async (u: User) => (await listNotifications({ userId: u.id })).items.map((n) => [n.kind, n.text]);

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.WORKBENCH_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`;
  process.env.WORKBENCH_PUBLIC_URL = "https://workbench.example.org";
  rita = await testUser("notify-rita", "reviewer", "Rita Reviewer");
  cora = await testUser("notify-cora", "corrector", "Cora Corrector");
  carl = await testUser("notify-carl", "corrector", "Carl Corrector");
  docId = (await createDocument({ title: "Memo 12", text: "Memo 12 from Genserslov.", facts, authorId: rita.id })).id;
});

afterAll(async () => {
  delete process.env.WORKBENCH_SMTP_URL;
  await stopJobQueue();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe(`notifications on ${DATABASE_KIND}`, () => {
  it("tells a person they were assigned work, and e-mails it at once to the local SMTP server", async () => {
    await setEmailSettings({ userId: cora.id, input: { email: "cora@example.org", choices: { assigned: "immediate", mention: "immediate", decided: "immediate", review: "daily", comment: "none" } } });
    await assignDocuments({ documentIds: [docId], userId: cora.id, dueDate: "2027-01-31", actorId: rita.id });
    expect(await inbox(cora)).toEqual([["assigned", "Rita Reviewer assigned you “Memo 12”, due 2027-01-31"]]);
    expect(await emailJobs()).toContainEqual({ userId: cora.id, digest: false });
    await sendNotificationEmail({ userId: cora.id, digest: false });
    expect(arrived).toHaveLength(1);
    expect(arrived[0].to).toBe("cora@example.org");
    const mail = await read(arrived[0].raw);
    expect(mail.subject).toBe("Rita Reviewer assigned you “Memo 12”, due 2027-01-31");
    expect(mail.text).toContain(`https://workbench.example.org/documents/${docId}`);
    // Run again (a retried job), nothing goes twice.
    await sendNotificationEmail({ userId: cora.id, digest: false });
    expect(arrived).toHaveLength(1);
  });

  it("tells reviewers of a proposal, gathers it into their daily digest, and tells the author of the decision", async () => {
    await setEmailSettings({ userId: rita.id, input: { email: "rita@example.org", choices: { assigned: "immediate", mention: "immediate", decided: "immediate", review: "daily", comment: "daily" } } });
    const first = await createProposal({ documentId: docId, baseSeq: 0, text: "Memo 12 from Generalov.", message: "name", author: cora });
    const digestAt = (await getDb().user.findUniqueOrThrow({ where: { id: rita.id }, select: { digestDueAt: true } })).digestDueAt;
    expect(digestAt).not.toBeNull();
    const other = (await createDocument({ title: "Memo 13", text: "Memo 13 from Odessa.", facts, authorId: rita.id })).id;
    await createProposal({ documentId: other, baseSeq: 0, text: "Memo 13 from Odesa.", message: "place", author: cora });
    // One digest waits, however many notifications it will carry.
    expect((await emailJobs()).filter((j) => j.userId === rita.id && j.digest)).toHaveLength(1);
    expect((await inbox(rita)).map(([kind]) => kind)).toEqual(["review", "review"]);
    await sendNotificationEmail({ userId: rita.id, digest: true });
    const digest = await read(arrived.at(-1)!.raw);
    expect(arrived.at(-1)!.to).toBe("rita@example.org");
    expect(digest.subject).toBe("Your day in the OCR Workbench: 2 notifications");
    expect(digest.text).toContain("Cora Corrector proposed a correction to “Memo 12”: name");
    expect(digest.text).toContain("Cora Corrector proposed a correction to “Memo 13”: place");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: rita.id }, select: { digestDueAt: true } })).digestDueAt).toBeNull();

    await rejectProposal({ proposalId: first.id, reviewer: rita, note: "Keep the OCR's spelling here" });
    expect((await inbox(cora))[0]).toEqual(["decided", "Rita Reviewer rejected your proposal on “Memo 12”: Keep the OCR's spelling here"]);
  });

  it("threads comments on the document, a page or an annotation; mentions and followers are told, the author never", async () => {
    // Cora's decision e-mail from the last test goes first, so that what follows is the comments' alone.
    await sendNotificationEmail({ userId: cora.id, digest: false });
    const before = arrived.length;
    const thread = await addComment({ documentId: docId, author: rita, body: "Is it **Generalov**? @notify-carl, you read his hand." });
    expect((await inbox(carl))[0]).toEqual(["mention", "Rita Reviewer mentioned you on “Memo 12”: Is it **Generalov**? @notify-carl, you read his hand."]);
    // Cora follows the document (assigned to her, and her proposal): told of the comment, not as a mention.
    expect((await inbox(cora))[0]).toEqual(["comment", "Rita Reviewer commented on “Memo 12”: Is it **Generalov**? @notify-carl, you read his hand."]);
    expect((await inbox(rita)).some(([kind]) => kind === "comment" || kind === "mention")).toBe(false);
    // A reply to a reply joins the thread; the first commenter now follows and is told.
    const reply = await addComment({ documentId: docId, author: carl, body: "Yes: the ‘s’ is a long ‘a’.", parentId: thread.id });
    const replyToReply = await addComment({ documentId: docId, author: cora, body: "Agreed.", parentId: reply.id });
    expect(replyToReply.threadId).toBe(thread.id);
    expect((await inbox(rita))[0][0]).toBe("comment");
    // An edit that mentions someone new tells only them.
    const carlBefore = (await inbox(carl)).length;
    await changeComment({ commentId: reply.id, user: carl, body: "Yes: the ‘s’ is a long ‘a’. @notify-rita agrees?" });
    expect((await inbox(rita))[0]).toEqual(["mention", expect.stringContaining("Carl Corrector mentioned you on “Memo 12”")]);
    expect((await inbox(carl)).length).toBe(carlBefore);
    await expect(changeComment({ commentId: reply.id, user: cora, body: "hijack" })).rejects.toMatchObject({ status: 403 });
    await expect(changeComment({ commentId: reply.id, user: carl, resolved: true })).rejects.toMatchObject({ status: 422 });
    await expect(changeComment({ commentId: thread.id, user: carl, resolved: true })).rejects.toMatchObject({ status: 403 });
    await changeComment({ commentId: thread.id, user: rita, resolved: true });
    await deleteComment({ commentId: replyToReply.id, user: cora });
    const view = (await listComments({ documentId: docId })).find((t) => t.id === thread.id)!;
    expect(view).toMatchObject({ id: thread.id, about: { kind: "document" }, resolved: { by: "Rita Reviewer" } });
    expect(view.replies.map((r) => [r.author.name, r.deleted, r.body, r.editedAt !== null])).toEqual([
      ["Carl Corrector", false, "Yes: the ‘s’ is a long ‘a’. @notify-rita agrees?", true],
      ["Cora Corrector", true, "", false],
    ]);
    // A thread about an annotation names it; open threads come before resolved ones.
    const annotation = await createAnnotation({ documentId: docId, start: 0, end: 7, tag: "person", authorId: rita.id });
    await addComment({ documentId: docId, author: rita, body: "Which Memo?", annotationId: annotation.id });
    expect((await listComments({ documentId: docId })).map((t) => t.about)).toEqual([{ kind: "annotation", annotationId: annotation.id, tag: "person", exact: "Memo 12" }, { kind: "document" }]);
    await expect(addComment({ documentId: docId, author: rita, body: "x", pageId: "missing" })).rejects.toMatchObject({ status: 404 });
    await expect(addComment({ documentId: docId, author: rita, body: "x", parentId: "missing" })).rejects.toMatchObject({ status: 404 });
    // Cora chose no e-mail for comments: nothing new arrived for her.
    await sendNotificationEmail({ userId: cora.id, digest: false });
    expect(arrived.slice(before).filter((m) => m.to === "cora@example.org")).toEqual([]);
  });

  it("marks one's own notifications read, never another's, and sends nothing without SMTP", async () => {
    const mine = (await listNotifications({ userId: cora.id })).items;
    expect(await markRead({ userId: carl.id, ids: [mine[0].id] })).toEqual({ marked: 0 });
    expect(await markRead({ userId: cora.id, ids: [mine[0].id] })).toEqual({ marked: 1 });
    expect((await listNotifications({ userId: cora.id })).unread).toBe(mine.filter((n) => !n.read).length - 1);
    await markRead({ userId: cora.id, all: true });
    expect((await listNotifications({ userId: cora.id })).unread).toBe(0);
    const url = process.env.WORKBENCH_SMTP_URL;
    delete process.env.WORKBENCH_SMTP_URL;
    const jobs = (await emailJobs()).length;
    await assignDocuments({ documentIds: [docId], userId: cora.id, actorId: rita.id });
    expect((await emailJobs()).length).toBe(jobs);
    process.env.WORKBENCH_SMTP_URL = url;
  });
});
