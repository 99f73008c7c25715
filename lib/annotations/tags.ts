/** One tag of a collection's tag set. `key` is stored on annotations; the rest is presentation. */
export interface TagDefinition {
  key: string;
  label: string;
  /** A CSS colour for highlights and badges. */
  color: string;
  /** The legend: when to use the tag. */
  description: string;
}

/** The tag set of a collection that has not edited its own. */
export const DEFAULT_TAGS: readonly TagDefinition[] = [
  { key: "person", label: "Person", color: "#2563eb", description: "A person, named or referred to by title." },
  { key: "place", label: "Place", color: "#059669", description: "A place: country, city, building, region." },
  { key: "organization", label: "Organization", color: "#7c3aed", description: "A body: ministry, mission, party, firm." },
  { key: "date", label: "Date", color: "#d97706", description: "A date or period, as written." },
  { key: "unclear", label: "Unclear reading", color: "#dc2626", description: "The typescript is hard to read here; the text is a best guess." },
  { key: "supplied", label: "Editorial addition", color: "#0891b2", description: "Text the editors supplied, e.g. a bracketed patronymic." },
  { key: "redaction", label: "Redaction", color: "#1f2937", description: "Text blacked out or withheld in the release." },
  { key: "comment", label: "Comment", color: "#6b7280", description: "A note for other readers." },
];

export const TAG_KEY = /^[a-z][a-z0-9_-]{0,39}$/;
export const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Checks an edited tag set: unique keys of the right form, labels, colours. Returns a problem or null. */
export function checkTagSet(tags: readonly TagDefinition[]): string | null {
  if (tags.length === 0) return "A tag set needs at least one tag";
  const seen = new Set<string>();
  for (const t of tags) {
    if (!TAG_KEY.test(t.key)) return `Tag key "${t.key}" must be lower-case letters, digits, - or _ (starting with a letter)`;
    if (seen.has(t.key)) return `Tag key "${t.key}" is used twice`;
    seen.add(t.key);
    if (!t.label.trim()) return `Tag "${t.key}" needs a label`;
    if (!COLOR.test(t.color)) return `Tag "${t.key}" needs a colour like #2563eb`;
  }
  return null;
}
