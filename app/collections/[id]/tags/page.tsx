import type { Metadata } from "next";
import { TagSetEditor } from "@/components/annotations/tag-set-editor";
import { getCollection } from "@/lib/data/collections/get-collection";
import { getTagSet } from "@/lib/data/annotations/tag-set";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tag set" };

export default async function TagSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(`/collections/${id}/tags`, "admin");
  const tags = await orNotFound(getTagSet({ collectionId: id }));
  const collection = await getCollection({ id });
  return (
    <>
      <div className="page-head">
        <h1>Tags of “{collection.name}”</h1>
      </div>
      <p className="lede">
        Annotations in this collection use these tags. The key is stored with each annotation and cannot be removed while
        annotations use it; the label, colour and legend can change at any time.
      </p>
      <TagSetEditor collectionId={id} initial={tags} />
    </>
  );
}
