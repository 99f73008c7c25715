import type { Metadata } from "next";
import { RestoreButton } from "@/components/document/document-admin";
import { TimeStamp } from "@/components/ui/time-stamp";
import { listDeletedDocuments } from "@/lib/data/documents/list-deleted-documents";
import { RESTORE_DAYS } from "@/lib/data/documents/restore-window";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deleted documents" };

export default async function DeletedDocumentsPage() {
  await requirePageUser("/admin/deleted", "admin");
  const docs = await listDeletedDocuments();
  return (
    <>
      <div className="page-head">
        <h1>Deleted documents</h1>
        <span className="muted">Restorable for {RESTORE_DAYS} days after deletion; nothing is removed meanwhile.</span>
      </div>
      {docs.length === 0 ? (
        <div className="empty-state"><p>No document was deleted in the last {RESTORE_DAYS} days. A document's Details… button deletes it.</p></div>
      ) : (
        <div className="table-scroll">
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Collection</th>
                <th scope="col">Deleted</th>
                <th scope="col">Restorable until</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id}>
                  <td>{d.title}{d.sourceRef && <span className="muted"> · {d.sourceRef}</span>}</td>
                  <td>{d.collection}</td>
                  <td><TimeStamp iso={d.deletedAt} />{d.deletedBy && <span className="muted"> by {d.deletedBy}</span>}</td>
                  <td><TimeStamp iso={d.restorableUntil} /></td>
                  <td><RestoreButton documentId={d.id} title={d.title} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
