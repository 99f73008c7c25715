// npm run import -- [--collection NAME] [--author USERNAME] [--encoding windows-1252|iso-8859-1] [--title T] [--each] <files or folders>
// Imports .txt files (folders are searched recursively), one line per file and a summary.
// Page images (PNG, JPEG, TIFF, WebP) with their hOCR, ALTO or PAGE XML layers make documents
// with pages: the images of one argument (a folder or a file list) make one document, or one
// document per image with --each. Files are told apart by their content, not their names.
// Revision 0 is credited to --author (an existing user), or to nobody ("OCR import").
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { migrateDatabase } from "./lib/cli";

const USAGE = "usage: npm run import -- [--collection NAME] [--author USERNAME] [--encoding windows-1252|iso-8859-1] [--title T] [--each] <files or folders>";
/** What a folder search picks up; single files named on the command line are read whatever their names. */
const IMPORTABLE = /\.(txt|png|jpe?g|tiff?|webp|xml|hocr|html?|pdf)$/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    collection: { type: "string" },
    author: { type: "string" },
    // Files that are not UTF-8 are refused unless their encoding is given: nothing is guessed.
    encoding: { type: "string" },
    title: { type: "string" },
    each: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

async function collectFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => e.isDirectory() || IMPORTABLE.test(e.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => collectFiles(join(path, e.name))),
  );
  return nested.flat();
}

await migrateDatabase({ quiet: true });
const { getDb } = await import("../lib/server/db");
const { importOneFile } = await import("../lib/data/imports/import-documents");
const { importPageUpload } = await import("../lib/data/imports/import-page-upload");
const { sniffFile } = await import("../lib/server/images/sniff");
const { isAppError } = await import("../lib/errors");
const { LEGACY_ENCODINGS } = await import("../lib/text/legacy-encoding");
type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];
const encoding = values.encoding as LegacyEncoding | undefined;
if (encoding && !LEGACY_ENCODINGS.includes(encoding)) {
  console.error(`Unknown --encoding ${values.encoding}: use ${LEGACY_ENCODINGS.join(" or ")} (UTF-8 needs none)`);
  process.exit(2);
}

let authorId: string | null = null;
if (values.author) {
  const user = await getDb().user.findUnique({ where: { username: values.author.trim().toLowerCase() }, select: { id: true } });
  if (!user) {
    console.error(`No user ${values.author}: create one with npm run user:create, or leave out --author`);
    process.exit(2);
  }
  authorId = user.id;
}

let collectionId: string | null = null;
if (values.collection) {
  const db = getDb();
  const name = values.collection;
  const found = await db.collection.findFirst({ where: { OR: [{ id: name }, { name }] }, select: { id: true } });
  collectionId = (found ?? (await db.collection.create({ data: { name, settings: {} }, select: { id: true } }))).id;
}

const files: string[] = [];
/** Page files (images and layers) by the argument they came from: each argument is one document unless --each. */
const pageGroups: { name: string; bytes: Uint8Array }[][] = [];
for (const arg of positionals) {
  try {
    const group: { name: string; bytes: Uint8Array }[] = [];
    for (const file of await collectFiles(arg)) {
      const bytes = new Uint8Array(await readFile(file));
      if (sniffFile(bytes) === "text") files.push(file);
      else group.push({ name: relative(process.cwd(), file) || file, bytes });
    }
    if (group.length > 0) pageGroups.push(group);
  } catch {
    console.log(`✗ ${arg}: no such file or folder`);
  }
}

let imported = 0;
const failed: string[] = [];
let pageFiles = 0;
for (const group of pageGroups) {
  pageFiles += group.length;
  console.log(`Reading ${group.length} page file${group.length === 1 ? "" : "s"}…`);
  // Layers name their images by bare file name; pass the bare names so that they match.
  const named = group.map((f) => ({ ...f, name: f.name.split(/[\\/]/).pop()! }));
  const result = await importPageUpload(named, { authorId, collectionId, title: values.title, split: values.each ?? false });
  for (const doc of result.items) {
    imported++;
    console.log(`✓ ${doc.title} → ${doc.id}`);
  }
  for (const error of result.errors) {
    failed.push(error.file);
    console.log(`✗ ${error.file}: ${error.message} (${error.status})`);
  }
}
for (const [i, file] of files.entries()) {
  const shown = relative(process.cwd(), file) || file;
  const progress = `[${i + 1}/${files.length}]`;
  try {
    const doc = await importOneFile({ name: file, bytes: new Uint8Array(await readFile(file)), encoding }, { authorId, collectionId });
    imported++;
    console.log(`${progress} ✓ ${shown} → ${doc.id} "${doc.title}"`);
  } catch (e) {
    if (!isAppError(e)) throw e;
    failed.push(shown);
    const hint = typeof e.details.suggestedEncoding === "string" ? ` (import it converted with --encoding ${e.details.suggestedEncoding})` : "";
    console.log(`${progress} ✗ ${shown}: ${e.message} (${e.status})${hint}`);
  }
}
const total = files.length + pageFiles;
const missing = positionals.length > 0 && total === 0 ? " (no importable files found)" : "";
console.log(pageFiles === 0
  ? `Imported ${imported} of ${total} file${total === 1 ? "" : "s"}; ${failed.length} refused${missing}.`
  : `Imported ${imported} document${imported === 1 ? "" : "s"} from ${total} file${total === 1 ? "" : "s"}; ${failed.length} refused.`);
await getDb().$disconnect();
process.exit(failed.length > 0 || total === 0 ? 1 : 0);
