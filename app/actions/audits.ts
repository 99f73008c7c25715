"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { checkAuditLine } from "@/lib/data/audits/check-audit-line";
import { startAudit } from "@/lib/data/audits/start-audit";
import { runAction } from "./result";

/** Starts an audit from the collection's Audits page. */
export async function beginAudit(collectionId: string, sampleSize: number | null) {
  return runAction({ permission: "proposal.review", what: "audit collections" }, async (user) => {
    const made = await startAudit({ collectionId, sampleSize: sampleSize ?? undefined, user });
    revalidatePath(`/collections/${collectionId}/audits`);
    return made;
  });
}

/** One line checked on the audit page: as it reads (no errors), or corrected. */
export async function checkLine(auditId: string, lineId: string, text: string) {
  return runAction({ permission: "proposal.review", what: "audit collections" }, async (user) => {
    const result = await checkAuditLine({ auditId, lineId, corrected: z.string().max(10_000).parse(text), user });
    revalidatePath(`/audits/${auditId}`);
    return result;
  });
}
