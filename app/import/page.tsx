import type { Metadata } from "next";
import { ImportPanel } from "@/components/import/import-panel";
import { listCollections } from "@/lib/data/collections/list-collections";
import { requirePageUser } from "@/lib/server/http/auth";
import { can } from "@/lib/auth/permissions";
import { availableOcrLanguages } from "@/lib/server/ocr/ocr-languages";
import { languageName } from "@/lib/server/ocr/ocr-language-names";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  const user = await requirePageUser("/import", "document.import");
  const collections = await listCollections();
  return (
    <>
      <div className="page-head">
        <h1>Import raw OCR</h1>
      </div>
      <p className="lede">
        Paste OCR text, upload <code>.txt</code> files (UTF-8), or upload page images with their OCR layers (or without:
        the server reads them). The raw text is stored once and never changes; corrections become revisions on top of it. A
        byte-order mark is removed and Windows line endings become <code>\n</code>, and the document records that it happened.
      </p>
      <ImportPanel
        collections={collections.map((c) => ({ id: c.id, name: c.name }))}
        canCreateCollections={can(user.role, "admin")}
        ocrLanguages={availableOcrLanguages().map((code) => ({ code, name: languageName(code) }))}
      />
    </>
  );
}
