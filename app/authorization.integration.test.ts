// Every mutating route handler and server action, called as each role and as nobody: 401
// without a session or token, 403 for a role that may not, success for a role that may. The
// test finds the handlers and actions itself and fails on any it has no case for, so a new
// endpoint cannot ship unchecked.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "../test/temp-db";
import { testUser } from "../test/users";

const jar = new Map<string, string>();
const cookieOptions = new Map<string, unknown>();
const requestHeaders = new Headers({ host: "localhost:3000", "x-forwarded-for": "10.0.0.1" });
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string, options: unknown) => {
      jar.set(name, value);
      cookieOptions.set(name, options);
    },
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => requestHeaders,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

await useTempDatabase();
const { getDb } = await import("@/lib/server/db");
const { createSession } = await import("@/lib/data/users/sessions");
const { createApiToken } = await import("@/lib/data/users/api-tokens");
const { createDocument } = await import("@/lib/data/documents/create-document");
const { createProposal } = await import("@/lib/data/proposals/create-proposal");
const { createAnnotation } = await import("@/lib/data/annotations/create-annotation");
const { createEntity } = await import("@/lib/data/entities/entities");
const { SESSION_COOKIE } = await import("@/lib/server/http/auth");
const { DEFAULT_TAGS } = await import("@/lib/annotations/tags");
const { addIgnoredWord } = await import("@/lib/data/suggestions/add-ignored-word");
const { createChangeset } = await import("@/lib/data/changesets/create-changeset");
const { runChangeset } = await import("@/lib/data/changesets/run-changeset");
const { annotateHits } = await import("@/lib/data/annotations/annotate-hits");
const { relateDocuments } = await import("@/lib/data/releases/relate-documents");
const { addComment } = await import("@/lib/data/comments/add-comment");
const { startAudit } = await import("@/lib/data/audits/start-audit");
/** A document of a double-keying collection, keyed by two new correctors, with the choices that decide it. */
const newKeyedDoc = async () => {
  const collectionId = await newCollection();
  await getDb().collection.update({ where: { id: collectionId }, data: { settings: { review: { doubleKeying: true } } } });
  const documentId = (await createDocument({ title: "doc", text: `${TEXT} ${unique("keyed")}`, facts, authorId: null, collectionId })).id;
  const base = (await getDb().document.findUniqueOrThrow({ where: { id: documentId }, select: { headText: true } })).headText;
  const a = await createProposal({ documentId, baseSeq: 0, text: base.replace("Genserslov", "Generalov"), message: "a", author: await newUser("corrector") });
  const b = await createProposal({ documentId, baseSeq: 0, text: base.replace("Genserslov", "Generalov").replace("Japanese", "japanese"), message: "b", author: await newUser("corrector") });
  return { documentId, ids: [a.id, b.id] as [string, string], choices: ["b"] };
};
/** A document with one page (its image is never read here). */
const newPage = async () => {
  const documentId = await newDoc();
  return getDb().page.create({ data: { documentId, index: 0, imageKey: "0".repeat(64), imageType: "image/png", imageName: "p1.png", width: 10, height: 10, textStart: 0, textEnd: 5 }, select: { id: true, documentId: true } });
};
/** A collection with one approved document, and an audit of it drawing its one line. */
const newAudit = async () => {
  const collectionId = await newCollection();
  const { id } = await createDocument({ title: "doc", text: `${TEXT} ${unique("audit")}`, facts, authorId: null, collectionId });
  await getDb().document.update({ where: { id }, data: { status: "approved" } });
  const audit = await startAudit({ collectionId, sampleSize: 1, user: someone });
  const line = await getDb().auditLine.findFirstOrThrow({ where: { auditId: audit.id }, select: { id: true } });
  return { collectionId, auditId: audit.id, lineId: line.id };
};
/** A comment by this caller on a new document (the author is who may change it). */
const newComment = async (author: UserRef) => {
  const documentId = await newDoc();
  return { documentId, id: (await addComment({ documentId, author, body: "Is it Generalov?" })).id };
};
type UserRef = import("@/lib/data/users/users").UserRef;

const ROLES = ["admin", "reviewer", "corrector", "viewer"] as const;
type Role = (typeof ROLES)[number];
const ALL: Role[] = [...ROLES];
const WRITERS: Role[] = ["admin", "reviewer", "corrector"];
const REVIEWERS: Role[] = ["admin", "reviewer"];
const ADMINS: Role[] = ["admin"];

interface Caller {
  role: Role | null;
  user: UserRef;
  token?: string;
  secret?: string;
}
type Outcome = "ok" | "unauthorized" | "forbidden" | `other ${string}`;

const callers = {} as Record<Role, Caller>;
let someone: UserRef;
let n = 0;
const unique = (what: string) => `${what} ${++n}`;
const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const TEXT = "There were meetings between Otroshchenko, Genserslov, and the Japanese.";

const newUser = (role: Role): Promise<UserRef> => testUser(unique(role).replace(" ", ""), role, role);
const newCollection = async () => (await getDb().collection.create({ data: { name: unique("collection"), settings: {} }, select: { id: true } })).id;
const newDoc = async () => (await createDocument({ title: "doc", text: `${TEXT} ${unique("copy")}`, facts, authorId: null })).id;
const deletedDoc = async () => {
  const id = await newDoc();
  await getDb().document.update({ where: { id }, data: { deletedAt: new Date() } });
  return id;
};
/** A document with a word no other has, and a changeset over it by `author`, applied or proposed. */
const newChangeset = async (author: UserRef) => {
  const word = `Zq${++n}x${"yz".repeat(n % 5)}`;
  await createDocument({ title: "doc", text: `${TEXT} ${word}`, facts, authorId: null });
  const { id } = await createChangeset({ input: { query: word, mode: "words", replacement: "fixed" }, author });
  await runChangeset({ id });
  return id;
};
const newProposal = async (author: UserRef) => {
  const documentId = await newDoc();
  const { id } = await createProposal({ documentId, baseSeq: 0, text: TEXT.replace("Genserslov", "Generalov") + " x", message: "fix", author });
  return { documentId, id };
};
/** A page image with text and its layer, imported once and shared (reading it is what the OCR action does). */
let typedMemo: Promise<{ documentId: string; pageId: string }> | undefined;
const typedMemoPage = () => (typedMemo ??= (async () => {
  const { readFileSync } = await import("node:fs");
  const { hocrFor, TYPED_MEMO_LINES } = await import("../test/page-images");
  const { importPageUpload } = await import("@/lib/data/imports/import-page-upload");
  const { items } = await importPageUpload([
    { name: "typed-memo.png", bytes: new Uint8Array(readFileSync("test/fixtures/ocr/typed-memo.png")) },
    { name: "typed-memo.hocr", bytes: hocrFor("typed-memo.png", 900, 220, TYPED_MEMO_LINES) },
  ], { authorId: null });
  const page = await getDb().page.findFirstOrThrow({ where: { documentId: items[0]!.id }, select: { id: true } });
  return { documentId: items[0]!.id, pageId: page.id };
})());
const newAnnotation = async (author: UserRef) => {
  const documentId = await newDoc();
  const { id } = await createAnnotation({ documentId, start: 0, end: 5, tag: "person", authorId: author.id });
  return { documentId, id };
};

beforeAll(async () => {
  someone = await newUser("corrector");
  for (const role of ROLES) {
    const user = await newUser(role);
    callers[role] = { role, user, token: (await createApiToken({ userId: user.id, name: "t", actorId: null })).token, secret: (await createSession(user.id)).secret };
  }
});
const nobody = (): Caller => ({ role: null, user: someone });

// ---- route handlers ------------------------------------------------------------------------

type RouteCase = { allowed: Role[]; request(c: Caller): Promise<{ params: Record<string, string>; body?: unknown }> };
const json = (body: unknown) => ({ body });

const ROUTES: Record<string, RouteCase> = {
  "POST documents": { allowed: REVIEWERS, request: async () => ({ params: {}, body: { title: "t", text: unique("text") } }) },
  "POST documents/[id]/annotations": { allowed: WRITERS, request: async () => ({ params: { id: await newDoc() }, body: { start: 0, end: 5, tag: "person" } }) },
  "PATCH annotations/[id]": { allowed: WRITERS, request: async (c) => ({ params: { id: (await newAnnotation(c.user)).id }, body: { body: "note" } }) },
  "DELETE annotations/[id]": { allowed: WRITERS, request: async (c) => ({ params: { id: (await newAnnotation(c.user)).id } }) },
  "POST entities": { allowed: WRITERS, request: async () => ({ params: {}, ...json({ type: "person", name: "Generalov" }) }) },
  "PATCH entities/[id]": { allowed: WRITERS, request: async () => ({ params: { id: (await createEntity({ type: "person", name: "X" })).id }, body: { notes: "n" } }) },
  "POST collections": { allowed: ADMINS, request: async () => ({ params: {}, body: { name: unique("c") } }) },
  // Stores nothing: anyone who may read the document may have its unsaved text checked.
  "POST documents/[id]/suggestions": { allowed: ["admin", "reviewer", "corrector", "viewer"], request: async () => ({ params: { id: await newDoc() }, body: { text: "The steamer arived." } }) },
  "POST collections/[id]/ignored-words": { allowed: WRITERS, request: async () => ({ params: { id: await newCollection() }, body: { word: "Otroshenko" } }) },
  "DELETE collections/[id]/ignored-words/[word]": {
    allowed: REVIEWERS,
    request: async () => {
      const id = await newCollection();
      await addIgnoredWord({ collectionId: id, word: "Otroshenko", actor: someone });
      return { params: { id, word: "Otroshenko" } };
    },
  },
  "PUT collections/[id]/suggestion-rules/[rule]": { allowed: REVIEWERS, request: async () => ({ params: { id: await newCollection(), rule: "misread-numbers" }, body: { off: true } }) },
  "PATCH collections/[id]": { allowed: ADMINS, request: async () => ({ params: { id: await newCollection() }, body: { visibility: "public", licence: "CC BY 4.0" } }) },
  "PUT collections/[id]/schema": { allowed: ADMINS, request: async () => ({ params: { id: await newCollection() }, body: { fields: [{ name: "shelfmark", label: "Shelfmark", type: "text" }] } }) },
  "POST assignments": { allowed: REVIEWERS, request: async () => ({ params: {}, body: { documentIds: [await newDoc()], userId: someone.id, dueDate: "2027-01-31" } }) },
  "POST documents/[id]/comments": { allowed: WRITERS, request: async () => ({ params: { id: await newDoc() }, body: { body: "Is it Generalov? @nobody" } }) },
  "PATCH comments/[id]": { allowed: WRITERS, request: async (c) => ({ params: { id: (await newComment(c.user)).id }, body: { body: "Yes, Generalov." } }) },
  "DELETE comments/[id]": { allowed: WRITERS, request: async (c) => ({ params: { id: (await newComment(c.user)).id } }) },
  "POST collections/[id]/audits": {
    allowed: REVIEWERS,
    request: async () => {
      const { collectionId } = await newAudit();
      return { params: { id: collectionId }, body: { sampleSize: 1 } };
    },
  },
  "POST audits/[id]/lines/[lineId]": { allowed: REVIEWERS, request: async () => { const a = await newAudit(); return { params: { id: a.auditId, lineId: a.lineId }, body: { text: "A corrected line." } }; } },
  "PUT documents/[id]/pages/[pageId]/status": { allowed: WRITERS, request: async () => { const p = await newPage(); return { params: { id: p.documentId, pageId: p.id }, body: { status: "done" } }; } },
  "POST documents/[id]/keying": { allowed: REVIEWERS, request: async () => { const k = await newKeyedDoc(); return { params: { id: k.documentId }, body: { proposalIds: k.ids, choices: k.choices } }; } },
  "POST notifications/read": { allowed: ALL, request: async () => ({ params: {}, body: { all: true } }) },
  "PUT collections/[id]/guidelines": { allowed: ADMINS, request: async () => ({ params: { id: await newCollection() }, body: { markdown: "Keep the typist's spellings." } }) },
  "POST documents/[id]/presence": { allowed: WRITERS, request: async () => ({ params: { id: await newDoc() } }) },
  "DELETE documents/[id]/presence": { allowed: WRITERS, request: async () => ({ params: { id: await newDoc() } }) },
  "POST documents/[id]/releases": { allowed: REVIEWERS, request: async () => ({ params: { id: await newDoc() }, body: { documentId: await newDoc(), relation: "release-of" } }) },
  "DELETE documents/[id]/releases/[relationId]": {
    allowed: REVIEWERS,
    request: async () => {
      const id = await newDoc();
      const relation = await relateDocuments({ documentId: id, otherId: await newDoc(), relation: "release-of", actorId: someone.id });
      return { params: { id, relationId: relation.id } };
    },
  },
  "POST documents/[id]/compare/[otherId]/supply": {
    allowed: WRITERS,
    request: async () => {
      const id = (await createDocument({ title: "early", text: `Met [name not declassified] in ${unique("town")}.`, facts, authorId: null })).id;
      const otherId = (await createDocument({ title: "later", text: `Met Arbenz in ${unique("town")}.`, facts, authorId: null })).id;
      return { params: { id, otherId }, body: { start: 4, end: 27 } };
    },
  },
  "POST collections/[id]/metadata": { allowed: REVIEWERS, request: async () => ({ params: { id: await newCollection() }, body: "id,date\n" }) },
  "PUT collections/[id]/tags": { allowed: ADMINS, request: async () => ({ params: { id: await newCollection() }, body: { tags: DEFAULT_TAGS } }) },
  "POST documents/[id]/revisions": { allowed: REVIEWERS, request: async () => ({ params: { id: await newDoc() }, body: { baseSeq: 0, text: "new text", message: "m" } }) },
  "POST documents/[id]/proposals": { allowed: WRITERS, request: async () => ({ params: { id: await newDoc() }, body: { baseSeq: 0, text: "new text", message: "m" } }) },
  "PATCH documents/[id]": { allowed: REVIEWERS, request: async () => ({ params: { id: await newDoc() }, body: { title: "renamed" } }) },
  "DELETE documents/[id]": { allowed: ADMINS, request: async () => ({ params: { id: await newDoc() } }) },
  "POST documents/[id]/restore": { allowed: ADMINS, request: async () => ({ params: { id: await deletedDoc() } }) },
  "POST documents/[id]/status": { allowed: WRITERS, request: async () => ({ params: { id: await newDoc() }, body: { status: "corrected" } }) },
  "POST changesets": {
    allowed: WRITERS,
    request: async () => {
      const word = `Zq${++n}w`;
      await createDocument({ title: "doc", text: `${TEXT} ${word}`, facts, authorId: null });
      return { params: {}, body: { query: word, mode: "words", replacement: "fixed" } };
    },
  },
  // Stores nothing, but only those who may replace need a preview.
  "POST changesets/preview": { allowed: WRITERS, request: async () => ({ params: {}, body: { query: "Otroshchenko", mode: "words", replacement: "Otroshenko" } }) },
  "POST changesets/[id]/approve": { allowed: REVIEWERS, request: async () => ({ params: { id: await newChangeset(someone) } }) },
  "POST changesets/[id]/reject": { allowed: REVIEWERS, request: async () => ({ params: { id: await newChangeset(someone) }, body: { note: "no" } }) },
  "POST changesets/[id]/revert": { allowed: REVIEWERS, request: async () => ({ params: { id: await newChangeset(callers.admin.user) } }) },
  "POST annotation-batches": {
    allowed: WRITERS,
    request: async () => {
      const word = `Zq${++n}b`;
      await createDocument({ title: "doc", text: `${TEXT} ${word}`, facts, authorId: null });
      return { params: {}, body: { query: word, mode: "words", tag: "person" } };
    },
  },
  "DELETE annotation-batches/[id]": {
    allowed: WRITERS,
    request: async (c) => {
      const word = `Zq${++n}d`;
      await createDocument({ title: "doc", text: `${TEXT} ${word}`, facts, authorId: null });
      return { params: { id: (await annotateHits({ input: { query: word, mode: "words", tag: "person" }, author: c.user })).id! } };
    },
  },
  "POST ocr-jobs/[id]/cancel": {
    allowed: ADMINS,
    // A queued job made directly (not through the queue, which would start reading it).
    request: async () => ({ params: { id: (await getDb().ocrJob.create({ data: { title: "scan", language: "eng", pages: [] }, select: { id: true } })).id } }),
  },
  "POST jobs/[id]/retry": { allowed: ADMINS, request: async () => ({ params: { id: await cancelledJob() } }) },
  "POST jobs/[id]/cancel": { allowed: ADMINS, request: async () => ({ params: { id: await waitingJob() } }) },
  "POST proposals/[id]/approve": { allowed: REVIEWERS, request: async () => ({ params: { id: (await newProposal(someone)).id }, body: { note: "ok" } }) },
  "POST proposals/[id]/reject": { allowed: REVIEWERS, request: async () => ({ params: { id: (await newProposal(someone)).id }, body: { note: "no" } }) },
  "POST proposals/[id]/withdraw": { allowed: WRITERS, request: async (c) => ({ params: { id: (await newProposal(c.user)).id } }) },
  "POST proposals/[id]/resubmit": { allowed: WRITERS, request: async (c) => ({ params: { id: (await newProposal(c.user)).id }, body: { baseSeq: 0, text: "other text" } }) },
};

/** A job nobody runs here (no process works the queue in this test), waiting, or cancelled. */
async function waitingJob() {
  const { sendJob } = await import("@/lib/server/jobs/jobs");
  return sendJob("error-rates", { documentId: "none", seq: 0 });
}
async function cancelledJob() {
  const { getJobQueue } = await import("@/lib/server/jobs/jobs");
  const id = await waitingJob();
  await (await getJobQueue()).cancel("error-rates", id);
  return id;
}

function routeFiles(dir = join(process.cwd(), "app/api")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name === "route.ts" ? [join(dir, e.name)] : [],
  );
}

async function callRoute(file: string, method: string, c: Caller, routeCase: RouteCase, via: "token" | "cookie" = "token"): Promise<Outcome> {
  const mod = (await import(file)) as Record<string, (r: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>>;
  const { params, body } = await routeCase.request(c);
  const headers = new Headers({ "content-type": "application/json", host: "localhost:3000" });
  if (c.role && via === "token") headers.set("authorization", `Bearer ${c.token}`);
  if (c.role && via === "cookie") headers.set("cookie", `${SESSION_COOKIE}=${c.secret}`);
  const res = await mod[method](new Request("http://localhost:3000/api/x", { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  if (res.ok) return "ok";
  if (res.status === 401) return "unauthorized";
  if (res.status === 403) return "forbidden";
  return `other ${res.status} ${await res.text()}`;
}

describe("every mutating route handler", () => {
  const found = routeFiles().flatMap((file) => {
    const rel = relative(join(process.cwd(), "app/api"), file).replace(/\/?route\.ts$/, "");
    return ["POST", "PUT", "PATCH", "DELETE"].map((m) => ({ file, method: m, key: `${m} ${rel}` }));
  });

  it("has a case here (a new endpoint must be added to this table)", async () => {
    const exported: string[] = [];
    for (const f of found) if (typeof ((await import(f.file)) as Record<string, unknown>)[f.method] === "function") exported.push(f.key);
    expect(exported.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  for (const [key, routeCase] of Object.entries(ROUTES)) {
    it(`${key}: 401 for nobody, 403 for roles not allowed, success for ${routeCase.allowed.join(", ")}`, async () => {
      const [method, path] = key.split(" ");
      const file = join(process.cwd(), "app/api", path, "route.ts");
      const outcomes: Record<string, Outcome> = { nobody: await callRoute(file, method, nobody(), routeCase) };
      for (const role of ROLES) outcomes[role] = await callRoute(file, method, callers[role], routeCase);
      expect(outcomes).toEqual({
        nobody: "unauthorized",
        ...Object.fromEntries(ROLES.map((r) => [r, routeCase.allowed.includes(r) ? "ok" : "forbidden"])),
      });
    });
  }

  it("refuses a cookie-authenticated mutation from another site (CSRF), and accepts the same from this site", async () => {
    const file = join(process.cwd(), "app/api/documents/[id]/proposals/route.ts");
    const mod = (await import(file)) as Record<string, (r: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>>;
    const post = async (origin: string) => {
      const headers = new Headers({ "content-type": "application/json", host: "localhost:3000", origin, cookie: `${SESSION_COOKIE}=${callers.corrector.secret}` });
      const body = JSON.stringify({ baseSeq: 0, text: "changed", message: "m" });
      return (await mod.POST(new Request("http://localhost:3000/api/x", { method: "POST", headers, body }), { params: Promise.resolve({ id: await newDoc() }) })).status;
    };
    expect(await post("https://evil.example")).toBe(403);
    expect(await post("http://localhost:3000")).toBe(201);
  });

  it("closes the direct path to reviewers where the collection makes everyone propose", async () => {
    const { updateCollection } = await import("@/lib/data/collections/update-collection");
    const collectionId = await newCollection();
    await updateCollection({ id: collectionId, changes: { reviewersCommitDirectly: false, selfApproval: false }, actorId: callers.admin.user.id });
    const { id } = await createDocument({ title: "strict", text: unique("strict"), facts, authorId: null, collectionId });
    const direct: RouteCase = { allowed: ADMINS, request: async () => ({ params: { id }, body: { baseSeq: 0, text: "changed", message: "m" } }) };
    const file = join(process.cwd(), "app/api/documents/[id]/revisions/route.ts");
    expect(await callRoute(file, "POST", callers.reviewer, direct)).toBe("forbidden");
    expect(await callRoute(file, "POST", callers.admin, direct)).toBe("ok");
  });

  it("answers 401 for a revoked token", async () => {
    const user = await newUser("admin");
    const { id, token } = await createApiToken({ userId: user.id, name: "t", actorId: null });
    const { revokeApiToken } = await import("@/lib/data/users/api-tokens");
    await revokeApiToken({ userId: user.id, tokenId: id });
    const outcome = await callRoute(join(process.cwd(), "app/api/collections/route.ts"), "POST", { role: "admin", user, token }, ROUTES["POST collections"]);
    expect(outcome).toBe("unauthorized");
  });
});

// ---- server actions ------------------------------------------------------------------------

type Action = (...args: never[]) => Promise<{ ok: boolean; code?: string; message?: string }>;
type ActionCase = { allowed: Role[]; call(action: Action, c: Caller): Promise<{ ok: boolean; code?: string; message?: string }> };
const invoke = (action: Action, ...args: unknown[]) => (action as unknown as (...a: unknown[]) => ReturnType<Action>)(...args);

const ACTIONS: Record<string, ActionCase> = {
  "account#createToken": { allowed: ALL, call: (a) => invoke(a, "script") },
  "account#revokeToken": { allowed: ALL, call: async (a, c) => invoke(a, (await createApiToken({ userId: c.user.id, name: "t", actorId: null })).id) },
  "admin#addUser": { allowed: ADMINS, call: (a) => invoke(a, { username: unique("u").replace(" ", ""), password: "a long password", role: "viewer" }) },
  "admin#changeUser": { allowed: ADMINS, call: async (a) => invoke(a, (await newUser("viewer")).id, { role: "corrector" }) },
  "admin#setLicence": { allowed: ADMINS, call: async (a) => invoke(a, await newCollection(), "CC BY 4.0") },
  "admin#setVisibility": { allowed: ADMINS, call: async (a) => invoke(a, await newCollection(), "public") },
  "admin#setReviewPolicy": { allowed: ADMINS, call: async (a) => invoke(a, await newCollection(), { reviewersCommitDirectly: false, allowSelfApproval: false }) },
  "suggestions#ignoreWord": { allowed: WRITERS, call: async (a) => invoke(a, await newCollection(), "Otroshenko") },
  "changesets#previewChangeset": { allowed: WRITERS, call: (a) => invoke(a, { query: "Otroshchenko", mode: "words", replacement: "Otroshenko" }) },
  "changesets#submitChangeset": {
    allowed: WRITERS,
    call: async (a) => {
      const word = `Zq${++n}s`;
      await createDocument({ title: "doc", text: `${TEXT} ${word}`, facts, authorId: null });
      return invoke(a, { query: word, mode: "words", replacement: "fixed" });
    },
  },
  "changesets#decideChangeset": { allowed: REVIEWERS, call: async (a) => invoke(a, await newChangeset(someone), "reject", { note: "no" }) },
  "changesets#undoChangeset": { allowed: REVIEWERS, call: async (a) => invoke(a, await newChangeset(callers.admin.user)) },
  "annotation-batches#annotateEveryHit": {
    allowed: WRITERS,
    call: async (a) => {
      const word = `Zq${++n}e`;
      await createDocument({ title: "doc", text: `${TEXT} ${word}`, facts, authorId: null });
      return invoke(a, { query: word, mode: "words", tag: "person" });
    },
  },
  "annotation-batches#undoAnnotationBatchAction": {
    allowed: WRITERS,
    call: async (a, c) => {
      const word = `Zq${++n}u`;
      await createDocument({ title: "doc", text: `${TEXT} ${word}`, facts, authorId: null });
      return invoke(a, (await annotateHits({ input: { query: word, mode: "words", tag: "person" }, author: c.user })).id!);
    },
  },
  "suggestions#setSuggestionRule": { allowed: REVIEWERS, call: async (a) => invoke(a, await newCollection(), "stops", true) },
  "comments#postComment": { allowed: WRITERS, call: async (a) => invoke(a, await newDoc(), { body: "Is it Generalov?" }) },
  "comments#updateComment": { allowed: WRITERS, call: async (a, c) => { const x = await newComment(c.user); return invoke(a, x.documentId, x.id, { body: "Yes." }); } },
  "comments#removeComment": { allowed: WRITERS, call: async (a, c) => { const x = await newComment(c.user); return invoke(a, x.documentId, x.id); } },
  "audits#beginAudit": { allowed: REVIEWERS, call: async (a) => invoke(a, (await newAudit()).collectionId, 1) },
  "audits#checkLine": { allowed: REVIEWERS, call: async (a) => { const x = await newAudit(); return invoke(a, x.auditId, x.lineId, "A corrected line."); } },
  "pages#changePageStatus": { allowed: WRITERS, call: async (a) => { const p = await newPage(); return invoke(a, p.documentId, p.id, "in_progress"); } },
  "keying#decideDoubleKeying": { allowed: REVIEWERS, call: async (a) => { const k = await newKeyedDoc(); return invoke(a, k.documentId, k.ids, k.choices); } },
  "notifications#readNotifications": { allowed: ALL, call: (a) => invoke(a, { all: true }) },
  "notifications#saveEmailSettings": { allowed: ALL, call: (a) => invoke(a, { email: "me@example.org", choices: { assigned: "immediate", mention: "immediate", decided: "daily", review: "none", comment: "none" } }) },
  "guidelines#saveGuidelines": { allowed: ADMINS, call: async (a) => invoke(a, await newCollection(), "Keep the typist's spellings.") },
  "annotations#annotate": { allowed: WRITERS, call: async (a) => invoke(a, await newDoc(), { start: 0, end: 5, tag: "person" }) },
  "annotations#editAnnotation": { allowed: WRITERS, call: async (a, c) => { const x = await newAnnotation(c.user); return invoke(a, x.documentId, x.id, { body: "b" }); } },
  "annotations#removeAnnotation": { allowed: WRITERS, call: async (a, c) => { const x = await newAnnotation(c.user); return invoke(a, x.documentId, x.id); } },
  "annotations#addEntity": { allowed: WRITERS, call: (a) => invoke(a, { type: "place", name: "Tokyo" }) },
  "annotations#editEntity": { allowed: WRITERS, call: async (a) => invoke(a, (await createEntity({ type: "person", name: "Y" })).id, { type: "person", name: "Z" }) },
  "annotations#saveTagSet": { allowed: ADMINS, call: async (a) => invoke(a, await newCollection(), { tags: DEFAULT_TAGS }) },
  "documents#editDocument": { allowed: REVIEWERS, call: async (a) => invoke(a, await newDoc(), { title: "renamed" }) },
  "assignments#assignSelected": { allowed: REVIEWERS, call: async (a) => invoke(a, { documentIds: [await newDoc()], userId: someone.id }) },
  "assignments#prioritiseSelected": { allowed: REVIEWERS, call: async (a) => invoke(a, { documentIds: [await newDoc()], priority: 1 }) },
  "records#saveMetadataSchema": { allowed: ADMINS, call: async (a) => invoke(a, await newCollection(), { fields: [{ name: "shelfmark", label: "Shelfmark", type: "text" }], exemptionCodes: ["(b)(1)"] }) },
  "records#checkMetadataCsv": { allowed: REVIEWERS, call: async (a) => invoke(a, await newCollection(), "id,date\n") },
  "records#applyMetadataCsv": { allowed: REVIEWERS, call: async (a) => invoke(a, await newCollection(), "id,date\n") },
  "records#acceptCollectionSuggestions": {
    allowed: REVIEWERS,
    call: async (a) => {
      const id = await newDoc();
      const collectionId = (await getDb().document.findUniqueOrThrow({ where: { id }, select: { collectionId: true } })).collectionId;
      return invoke(a, collectionId, [{ documentId: id, values: { classification: "SECRET" } }]);
    },
  },
  "releases#relateDocument": { allowed: REVIEWERS, call: async (a) => invoke(a, await newDoc(), await newDoc(), "release-of") },
  "releases#unrelateDocument": {
    allowed: REVIEWERS,
    call: async (a) => {
      const id = await newDoc();
      return invoke(a, id, (await relateDocuments({ documentId: id, otherId: await newDoc(), relation: "same-as", actorId: someone.id })).id);
    },
  },
  "releases#supplyFromOtherRelease": {
    allowed: WRITERS,
    call: async (a) => {
      const id = (await createDocument({ title: "early", text: `Met [name not declassified] in ${unique("town")}.`, facts, authorId: null })).id;
      const otherId = (await createDocument({ title: "later", text: `Met Arbenz in ${unique("town")}.`, facts, authorId: null })).id;
      return invoke(a, id, otherId, { start: 4, end: 27 });
    },
  },
  "records#saveDocumentMetadata": { allowed: REVIEWERS, call: async (a) => invoke(a, await newDoc(), { classification: "SECRET" }) },
  "documents#removeDocument": { allowed: ADMINS, call: async (a) => invoke(a, await newDoc()) },
  "documents#bringBackDocument": { allowed: ADMINS, call: async (a) => invoke(a, await deletedDoc()) },
  "import#importPasted": { allowed: REVIEWERS, call: (a) => invoke(a, { text: unique("pasted") }) },
  "import#importUploadedFile": {
    allowed: REVIEWERS,
    call: (a) => {
      const form = new FormData();
      form.set("file", new File([unique("uploaded")], "upload.txt", { type: "text/plain" }));
      return invoke(a, form);
    },
  },
  "import#importPageFiles": {
    allowed: REVIEWERS,
    call: async (a) => {
      const { altoFor, pageImage } = await import("../test/page-images");
      const form = new FormData();
      form.append("file", new File([await pageImage()], "page.png", { type: "image/png" }));
      form.append("file", new File([altoFor("page.png", 600, 400, [[{ text: unique("word").replace(" ", ""), box: [10, 10, 50, 20] }]])], "page.xml"));
      const result = await invoke(a, form);
      // Refused files come back in `errors` with ok: true; authorization failures are ok: false.
      return result.ok && (result as unknown as { items: unknown[] }).items.length !== 1 ? { ok: false, message: JSON.stringify(result) } : result;
    },
  },
  "import#addCollection": { allowed: ADMINS, call: (a) => invoke(a, unique("collection")) },
  "jobs#retryJobAction": { allowed: ADMINS, call: async (a) => invoke(a, await cancelledJob()) },
  "jobs#cancelJobAction": { allowed: ADMINS, call: async (a) => invoke(a, await waitingJob()) },
  "ocr#cancelOcr": { allowed: ADMINS, call: async (a) => invoke(a, (await getDb().ocrJob.create({ data: { title: "scan", language: "eng", pages: [] }, select: { id: true } })).id) },
  "ocr#rereadPageRegion": {
    allowed: WRITERS,
    call: async (a) => {
      const { documentId, pageId } = await typedMemoPage();
      return invoke(a, documentId, pageId, [170, 85, 170, 35]);
    },
  },
  "proposals#proposeCorrection": { allowed: WRITERS, call: async (a) => invoke(a, await newDoc(), { baseSeq: 0, text: "changed", message: "m" }) },
  "proposals#approve": { allowed: REVIEWERS, call: async (a) => invoke(a, (await newProposal(someone)).id, {}) },
  "proposals#reject": { allowed: REVIEWERS, call: async (a) => invoke(a, (await newProposal(someone)).id, { note: "no" }) },
  "proposals#withdraw": { allowed: WRITERS, call: async (a, c) => invoke(a, (await newProposal(c.user)).id) },
  "proposals#resubmit": { allowed: WRITERS, call: async (a, c) => invoke(a, (await newProposal(c.user)).id, { baseSeq: 0, text: "other" }) },
  "proposals#setDocumentLevel": { allowed: WRITERS, call: async (a) => invoke(a, await newDoc(), { status: "corrected" }) },
  "revisions#mergeNow": { allowed: WRITERS, call: async (a) => invoke(a, await newDoc(), { baseSeq: 0, text: "changed" }) },
  "revisions#saveRevision": { allowed: REVIEWERS, call: async (a) => invoke(a, await newDoc(), { baseSeq: 0, text: "changed", message: "m" }) },
  "revisions#revertRevision": {
    allowed: REVIEWERS,
    call: async (a) => {
      const { createRevision } = await import("@/lib/data/revisions/create-revision");
      const id = await newDoc();
      await createRevision({ documentId: id, baseSeq: 0, text: "changed", message: "m", authorId: someone.id });
      return invoke(a, id, { seq: 0, baseSeq: 1 });
    },
  },
};

/** Sign-in, sign-out and first-admin setup work without a session by design; tested below. */
const PUBLIC_ACTIONS = ["account#signIn", "account#signOut", "account#setUpFirstAdmin"];

const outcomeOf = (r: { ok: boolean; code?: string; message?: string }): Outcome =>
  r.ok ? "ok" : r.code === "unauthorized" || r.code === "forbidden" ? r.code : `other ${r.code} ${r.message}`;

describe("every server action", () => {
  const modules = readdirSync(join(process.cwd(), "app/actions")).filter((f) => f.endsWith(".ts") && f !== "result.ts" && !f.includes(".test."));

  it("has a case here or is one of the public actions", async () => {
    const exported: string[] = [];
    for (const f of modules) {
      const mod = (await import(`./actions/${f}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") exported.push(`${f.replace(/\.ts$/, "")}#${name}`);
    }
    expect(exported.sort()).toEqual([...Object.keys(ACTIONS), ...PUBLIC_ACTIONS].sort());
  });

  for (const [key, actionCase] of Object.entries(ACTIONS)) {
    it(`${key}: 401 for nobody, 403 for roles not allowed, success for ${actionCase.allowed.join(", ")}`, async () => {
      const [file, name] = key.split("#");
      const action = ((await import(`./actions/${file}.ts`)) as Record<string, Action>)[name];
      const outcomes: Record<string, Outcome> = {};
      jar.clear();
      outcomes.nobody = outcomeOf(await actionCase.call(action, nobody()));
      for (const role of ROLES) {
        jar.set(SESSION_COOKIE, callers[role].secret!);
        outcomes[role] = outcomeOf(await actionCase.call(action, callers[role]));
      }
      jar.clear();
      expect(outcomes).toEqual({
        nobody: "unauthorized",
        ...Object.fromEntries(ROLES.map((r) => [r, actionCase.allowed.includes(r) ? "ok" : "forbidden"])),
      });
    });
  }

  it("lets a corrector change only their own annotations, and reviewers approve only what they did not mark", async () => {
    const { editAnnotation } = await import("./actions/annotations");
    const theirs = await newAnnotation(someone);
    jar.set(SESSION_COOKIE, callers.corrector.secret!);
    expect(outcomeOf(await editAnnotation(theirs.documentId, theirs.id, { body: "x" }))).toBe("forbidden");
    jar.set(SESSION_COOKIE, callers.reviewer.secret!);
    expect(outcomeOf(await editAnnotation(theirs.documentId, theirs.id, { body: "x" }))).toBe("ok");
    const { approve } = await import("./actions/proposals");
    const own = await newProposal(callers.reviewer.user);
    // A 403 whose reason says why: four eyes.
    expect(await approve(own.id, {})).toMatchObject({ ok: false, code: "forbidden", reason: "four_eyes" });
    jar.clear();
  });
});

describe("signing in", () => {
  it("answers the same message for an unknown user and a wrong password, then rate-limits the account", async () => {
    const { signIn, setUpFirstAdmin } = await import("./actions/account");
    const { clearSignInFailures } = await import("@/lib/data/sign-in/clear-sign-in-failures");
    const { createDb } = await import("@/lib/server/db");
    const { createUser } = await import("@/lib/data/users/users");
    await createUser({ username: "ines", password: "the right password", role: "corrector", actorId: null });
    const unknown = await signIn({ username: "nobody-here", password: "whatever it is" });
    const wrong = await signIn({ username: "ines", password: "a wrong password" });
    expect(unknown).toEqual({ ok: false, code: "unauthorized", message: "Wrong username or password" });
    expect(wrong).toEqual(unknown);
    const right = await signIn({ username: "ines", password: "the right password" });
    expect(right).toMatchObject({ ok: true, username: "ines" });
    expect(jar.get(SESSION_COOKIE)).toBeTruthy();
    for (let i = 0; i < 5; i++) await signIn({ username: "ines", password: "a wrong password" });
    expect(await signIn({ username: "ines", password: "the right password" })).toMatchObject({ ok: false, code: "too_many_requests" });
    // The counts are rows in the database, so another app process on it sees them too.
    const other = createDb();
    expect(await other.signInFailure.count({ where: { key: "account:ines" } })).toBe(5);
    await other.$disconnect();
    // The session cookie: httpOnly and SameSite=Lax always, Secure when the request came over https.
    expect(cookieOptions.get(SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
    await clearSignInFailures({ username: "ines" });
    requestHeaders.set("x-forwarded-proto", "https");
    expect(await signIn({ username: "ines", password: "the right password" })).toMatchObject({ ok: true });
    expect(cookieOptions.get(SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
    requestHeaders.delete("x-forwarded-proto");
    // Thirty wrong guesses at once: each is counted before its password is checked, so five are.
    await clearSignInFailures({ username: "ines" });
    const burst = await Promise.all(Array.from({ length: 30 }, () => signIn({ username: "ines", password: "a wrong password" })));
    expect(burst.filter((r) => !r.ok && r.code === "unauthorized")).toHaveLength(5);
    expect(burst.filter((r) => !r.ok && r.code === "too_many_requests")).toHaveLength(25);
    expect(await signIn({ username: "ines", password: "the right password" })).toMatchObject({ ok: false, code: "too_many_requests" });
    await clearSignInFailures({ username: "ines" });
    // Once any account exists, the setup page creates nothing.
    expect(await setUpFirstAdmin({ username: "mallory", password: "a long password" })).toMatchObject({ ok: false, code: "conflict" });
    jar.clear();
  });
});

describe("bad input to server actions", () => {
  it("refuses an annotation with an unknown tag without storing the new entity made with it", async () => {
    const { annotate } = await import("./actions/annotations");
    const id = await newDoc();
    const before = await getDb().entity.count();
    jar.set(SESSION_COOKIE, callers.corrector.secret!);
    const refused = await annotate(id, { start: 0, end: 5, tag: "no-such-tag", newEntity: { type: "person", name: "Orphan Entity" } });
    const outOfRange = await annotate(id, { start: 0, end: 10_000, tag: "person", newEntity: { type: "person", name: "Orphan Entity" } });
    jar.clear();
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(outOfRange).toMatchObject({ ok: false, code: "invalid" });
    expect(await getDb().entity.count()).toBe(before);
    expect(await getDb().entity.findFirst({ where: { name: "Orphan Entity" } })).toBeNull();
  });

  it("answers an invalid document level with the validation error and its field, not a thrown error", async () => {
    const { setDocumentLevel } = await import("./actions/proposals");
    jar.set(SESSION_COOKIE, callers.reviewer.secret!);
    const result = await setDocumentLevel(await newDoc(), { status: "published" as "approved" });
    jar.clear();
    expect(result).toMatchObject({ ok: false, code: "invalid", path: "status" });
  });
});
