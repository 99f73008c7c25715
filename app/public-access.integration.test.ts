// A public collection opens its documents' text, page images, IIIF manifests and exports to
// anyone, across sites, and nothing else; a private one opens nothing without an account.
import { describe, expect, it } from "vitest";
import { altoFor, MEMO_LINES, pageImage } from "../test/page-images";
import { useTempDatabase } from "../test/temp-db";
import { testUser } from "../test/users";

await useTempDatabase();
const { getDb } = await import("@/lib/server/db");
const { importFiles } = await import("@/lib/data/imports/import-documents");
const { listPages } = await import("@/lib/data/pages/list-pages");
const { updateCollection } = await import("@/lib/data/collections/update-collection");
const { getCollectionView } = await import("@/lib/data/collections/get-collection");
const { isPublicCollection, isPublicDocument, isPublicPage } = await import("@/lib/data/collections/public-access");

type Route = (r: Request, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
const route = async (file: string, method = "GET") => ((await import(file)) as Record<string, Route>)[method]!;
const anonymous = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers: { host: "localhost:3000", ...headers } });

describe("collections: settings and who may read them", () => {
  it("sets name, licence, visibility and review policy in one step, audited, and refuses a name taken", async () => {
    const admin = await testUser("pa-admin", "admin");
    const a = (await getDb().collection.create({ data: { name: "Memos", settings: {} }, select: { id: true } })).id;
    await getDb().collection.create({ data: { name: "Cables", settings: {} } });
    expect(await getCollectionView({ id: a })).toEqual({ id: a, name: "Memos", licence: null, visibility: "private", reviewersCommitDirectly: true, selfApproval: false, doubleKeying: false });
    const after = await updateCollection({ id: a, changes: { name: "Memos 1954", licence: "CC BY 4.0", visibility: "public", reviewersCommitDirectly: false, selfApproval: true, doubleKeying: true }, actorId: admin.id });
    expect(after).toEqual({ id: a, name: "Memos 1954", licence: "CC BY 4.0", visibility: "public", reviewersCommitDirectly: false, selfApproval: true, doubleKeying: true });
    const actions = (await getDb().auditEvent.findMany({ where: { subjectId: a }, select: { action: true, fromState: true, toState: true } })).map((e) => `${e.action}: ${e.fromState} → ${e.toState}`);
    expect(actions.sort()).toEqual([
      "collection.licence: (none) → CC BY 4.0",
      "collection.name: Memos → Memos 1954",
      "collection.review_policy: reviewers commit directly; self-approval off; double keying off → everyone proposes; self-approval on; double keying on",
      "collection.visibility: private → public",
    ]);
    await expect(updateCollection({ id: a, changes: { name: "Cables" }, actorId: admin.id })).rejects.toMatchObject({ code: "conflict" });
    await expect(updateCollection({ id: a, changes: { name: "  " }, actorId: admin.id })).rejects.toMatchObject({ code: "invalid" });
    await expect(updateCollection({ id: "nope", changes: { visibility: "public" }, actorId: admin.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("opens a public collection's manifest, images and exports to anyone with CORS, and a private one to no one", async () => {
    const author = await testUser("pa-author", "reviewer");
    const collectionId = (await getDb().collection.create({ data: { name: "Public scans", settings: {} }, select: { id: true } })).id;
    const boxes = MEMO_LINES.flat().map((w) => w.box);
    const { items } = await importFiles(
      [{ name: "memo.png", bytes: await pageImage({ boxes }) }, { name: "memo.xml", bytes: altoFor("memo.png", 600, 400, MEMO_LINES) }],
      { authorId: author.id, collectionId },
    );
    const id = items[0]!.id;
    const [page] = await listPages({ documentId: id });
    const calls = async () => {
      const manifest = await (await route("@/app/iiif/documents/[id]/manifest.json/route"))(anonymous(`/iiif/documents/${id}/manifest.json`), { params: Promise.resolve({ id }) });
      const info = await (await route("@/app/iiif/[pageId]/[[...request]]/route"))(anonymous(`/iiif/${page!.id}/info.json`), { params: Promise.resolve({ pageId: page!.id, request: ["info.json"] }) });
      const txt = await (await route("@/app/api/documents/[id]/export/route"))(anonymous(`/api/documents/${id}/export?format=txt`), { params: Promise.resolve({ id }) });
      const zip = await (await route("@/app/api/collections/[id]/export/route"))(anonymous(`/api/collections/${collectionId}/export?format=txt`), { params: Promise.resolve({ id: collectionId }) });
      const json = await (await route("@/app/api/documents/[id]/route"))(anonymous(`/api/documents/${id}`), { params: Promise.resolve({ id }) });
      return { manifest, info, txt, zip, json };
    };
    const closed = await calls();
    expect([closed.manifest.status, closed.info.status, closed.txt.status, closed.zip.status, closed.json.status]).toEqual([401, 401, 401, 401, 401]);
    expect(await Promise.all([isPublicDocument(id), isPublicPage(page!.id), isPublicCollection(collectionId)])).toEqual([false, false, false]);

    await getDb().collection.update({ where: { id: collectionId }, data: { visibility: "public" } });
    const open = await calls();
    expect([open.manifest.status, open.info.status, open.txt.status, open.zip.status]).toEqual([200, 200, 200, 200]);
    for (const r of [open.manifest, open.info, open.txt, open.zip]) expect(r.headers.get("access-control-allow-origin")).toBe("*");
    expect((await open.manifest.json()).items).toHaveLength(1);
    expect(await open.txt.text()).toContain("Genserslov");
    // Nothing else is open: the JSON API still wants an account.
    expect(open.json.status).toBe(401);
    // A bad session is not turned into the public reader: credentials sent are checked.
    const forged = await (await route("@/app/api/documents/[id]/export/route"))(anonymous(`/api/documents/${id}/export?format=txt`, { authorization: "Bearer nonsense" }), { params: Promise.resolve({ id }) });
    expect(forged.status).toBe(401);
    // A session that has ended is no bar: the reader is let in as anyone.
    const ended = await (await route("@/app/api/documents/[id]/export/route"))(anonymous(`/api/documents/${id}/export?format=txt`, { cookie: "wb_session=ended" }), { params: Promise.resolve({ id }) });
    expect(ended.status).toBe(200);
    // A deleted document of a public collection is closed again.
    await getDb().document.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await isPublicDocument(id)).toBe(false);
  });
});
