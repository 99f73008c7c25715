"use server";
import { revalidatePath } from "next/cache";
import { setPageStatus } from "@/lib/data/pages/set-page-status";
import { runAction } from "./result";

/** The page strip's status choice. */
export async function changePageStatus(documentId: string, pageId: string, status: string) {
  return runAction({ permission: "proposal.create", what: "set page status" }, async (user) => {
    const result = await setPageStatus({ documentId, pageId, status, user });
    revalidatePath(`/documents/${documentId}`, "layout");
    return result;
  });
}
