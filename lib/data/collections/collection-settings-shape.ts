import { z } from "zod";
import { COLOR, DEFAULT_TAGS, TAG_KEY, type TagDefinition } from "../../annotations/tags";
import { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from "../../auth/permissions";
import { checkSchema, RECORD_SCHEMA, type MetadataSchema } from "../../records/metadata-schema";
import { checkExemptionCodes, DEFAULT_EXEMPTION_CODES } from "../../records/redaction";

/** Guidelines are a page or a few of house rules, not a manual. */
export const MAX_GUIDELINES_LENGTH = 50_000;

const tagSchema = z.object({
  key: z.string().regex(TAG_KEY),
  label: z.string(),
  color: z.string().regex(COLOR),
  description: z.string().catch(""),
});

/**
 * `Collection.settings`, the one schema of the column. Each field is optional, and a stored
 * value that does not fit reads as absent (its default applies), so that an old or hand-edited
 * row never stops a collection from opening; unknown fields are dropped when it is written next.
 */
export const collectionSettingsSchema = z.object({
  /** The licence text every export carries. */
  licence: z.string().max(2000).optional().catch(undefined),
  review: z
    .object({ reviewersCommitDirectly: z.boolean().optional().catch(undefined), allowSelfApproval: z.boolean().optional().catch(undefined), doubleKeying: z.boolean().optional().catch(undefined) })
    .optional()
    .catch(undefined),
  /** The collection's own tag set; unusable tags are left out, and none left means the defaults. */
  tags: z
    .array(z.unknown())
    .transform((tags) => tags.flatMap((t) => {
      const parsed = tagSchema.safeParse(t);
      return parsed.success ? [parsed.data] : [];
    }))
    .optional()
    .catch(undefined),
  /** The collection's metadata schema (lib/records); absent, the default for declassified records. */
  metadataSchema: z
    .object({ fields: z.array(z.any()) })
    .transform((schema, ctx) => {
      const checked = checkSchema(schema as MetadataSchema);
      if (checked.ok) return checked.value;
      ctx.addIssue({ code: "custom", message: checked.error.message });
      return z.NEVER;
    })
    .optional()
    .catch(undefined),
  /** How this collection is corrected and annotated (Markdown), one click from the editor. */
  guidelines: z.string().max(MAX_GUIDELINES_LENGTH).optional().catch(undefined),
  /** The exemption codes its redactions cite (lib/records/redaction); absent, the defaults. */
  exemptionCodes: z
    .array(z.string())
    .refine((codes) => checkExemptionCodes(codes) === null)
    .optional()
    .catch(undefined),
});
export type CollectionSettings = z.infer<typeof collectionSettingsSchema>;

/** The column as stored (JSON, or its text from raw SQL on SQLite), parsed; anything else reads as no settings. */
export function parseCollectionSettings(raw: unknown): CollectionSettings {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      value = {};
    }
  }
  const parsed = collectionSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

export const licenceOf = (s: CollectionSettings): string | null => (s.licence?.trim() ? s.licence : null);

export const reviewPolicyOf = (s: CollectionSettings): ReviewPolicy => ({
  reviewersCommitDirectly: s.review?.reviewersCommitDirectly ?? DEFAULT_REVIEW_POLICY.reviewersCommitDirectly,
  allowSelfApproval: s.review?.allowSelfApproval ?? DEFAULT_REVIEW_POLICY.allowSelfApproval,
  doubleKeying: s.review?.doubleKeying ?? DEFAULT_REVIEW_POLICY.doubleKeying,
});

export const tagSetOf = (s: CollectionSettings): TagDefinition[] => (s.tags?.length ? s.tags : [...DEFAULT_TAGS]);

export const metadataSchemaOf = (s: CollectionSettings): MetadataSchema => s.metadataSchema ?? RECORD_SCHEMA;

export const exemptionCodesOf = (s: CollectionSettings): readonly string[] => s.exemptionCodes ?? DEFAULT_EXEMPTION_CODES;
