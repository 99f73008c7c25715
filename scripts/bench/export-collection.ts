// Time and peak memory to export a collection of 1,000 documents (about 5 MB of text, with
// corrections and annotations) as a TEI zip (issue 5). Imported by scripts/bench.ts after it
// points DATABASE_URL at a temporary database.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

interface Options {
  documents: number;
  /** Characters per document. */
  size: number;
  sample: string;
  facts: { byteLength: number; bomStripped: boolean; lineEndings: { crlf: number; cr: number } };
  authorId: string;
}

export async function measureCollectionExport(o: Options) {
  const { getDb } = await import("../../lib/server/db");
  const { createDocument } = await import("../../lib/data/documents/create-document");
  const { createRevision } = await import("../../lib/data/revisions/create-revision");
  const { createAnnotation } = await import("../../lib/data/annotations/create-annotation");
  const { createEntity } = await import("../../lib/data/entities/entities");
  const db = getDb();
  const collection = await db.collection.create({ data: { name: `export bench ${o.documents}`, settings: { licence: "CC BY 4.0" } }, select: { id: true } });
  const entity = await createEntity({ type: "person", name: "Nikolay Ivanovich Generalov", variants: ["Genserslov"], externalId: "Q4491556" });
  const setupStart = performance.now();
  let chars = 0;
  for (let i = 0; i < o.documents; i++) {
    const at = (i * 977) % Math.max(1, o.sample.length - o.size);
    const raw = `[document ${i}]\n${o.sample.slice(at, at + o.size)}`;
    chars += raw.length;
    const doc = await createDocument({ title: `Report ${i}`, text: raw, facts: o.facts, authorId: null, collectionId: collection.id });
    const one = raw.replace(/\bthe\b/, "teh").replace(/Genserslov/g, "Generalov");
    await createRevision({ documentId: doc.id, baseSeq: 0, text: one, message: "fix", authorId: o.authorId });
    const two = one.replace(/\band\b/, "and,");
    await createRevision({ documentId: doc.id, baseSeq: 1, text: two, message: "fix", authorId: o.authorId });
    for (const m of [...two.matchAll(/Generalov|Tokyo|Molotov|Japan/g)].slice(0, 3)) {
      const start = m.index ?? 0;
      await createAnnotation({ documentId: doc.id, start, end: start + m[0].length, tag: m[0] === "Generalov" ? "person" : "place", entityId: m[0] === "Generalov" ? entity.id : null, authorId: o.authorId });
    }
  }
  const setupMs = performance.now() - setupStart;

  // The export runs in a fresh process, so that its peak memory is the export's, not the setup's.
  const run = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/bench/export-run.ts", collection.id], { env: process.env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`export run failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as { ms: number; bytes: number; baselineMb: number; peakMb: number };
  return { ...result, chars, setupMs };
}
