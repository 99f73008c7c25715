/** A suggestion rule as a collection sees it: what it flags, and whether the team turned it off. */
export interface SuggestionRuleView {
  name: string;
  title: string;
  evidence: string;
  off: boolean;
  /** Who turned it off, and when (ISO); null while it is on. */
  offBy: string | null;
  offAt: string | null;
}
