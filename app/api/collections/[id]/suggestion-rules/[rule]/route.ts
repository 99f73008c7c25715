import { NextResponse } from "next/server";
import { z } from "zod";
import { setRuleOff } from "@/lib/data/suggestions/set-rule-off";
import { apiRoute, readJson } from "@/lib/server/http/api-route";

const bodySchema = z.object({ off: z.boolean() });

/** "Don't flag this kind here" ({ off: true }) or flag it again ({ off: false }): reviewers and admins. */
export const PUT = apiRoute<{ id: string; rule: string }>({ permission: "proposal.review", what: "turn suggestion rules off or on" }, async (request, { id, rule }, user) =>
  NextResponse.json(await setRuleOff({ collectionId: id, rule, off: bodySchema.parse(await readJson(request)).off, actor: user })),
);
