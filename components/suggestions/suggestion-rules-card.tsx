"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setSuggestionRule } from "@/app/actions/suggestions";
import type { SuggestionRuleView } from "@/lib/data/suggestions/suggestion-rule-shape";

/**
 * What the suggestions flag in this collection, rule by rule, in the order the detector asks them.
 * Reviewers and admins turn a kind off or on again; each change takes effect at once and is in the audit log.
 */
export function SuggestionRulesCard({ collectionId, rules, canChange }: { collectionId: string; rules: SuggestionRuleView[]; canChange: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The box shows the choice at once; a refusal puts it back.
  const [offs, setOffs] = useState(() => new Set(rules.filter((r) => r.off).map((r) => r.name)));
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const off = offs.size;
  const toggle = (rule: SuggestionRuleView) => {
    const turnOff = !offs.has(rule.name);
    const flip = (set: Set<string>) => {
      const next = new Set(set);
      if (next.has(rule.name)) next.delete(rule.name);
      else next.add(rule.name);
      return next;
    };
    setOffs(flip);
    setDone(null);
    startTransition(async () => {
      const result = await setSuggestionRule(collectionId, rule.name, turnOff);
      if (!result.ok) {
        setOffs(flip);
        setError(result.message);
        return;
      }
      setError(null);
      setDone(turnOff ? `“${rule.title}” is no longer flagged in this collection.` : `“${rule.title}” is flagged again.`);
      router.refresh();
    });
  };
  return (
    <section className="card" aria-labelledby="suggestion-rules">
      <h2 id="suggestion-rules">Suggestions</h2>
      <p className="muted">
        {off ? `${off} of ${rules.length} kinds are turned off here.` : `All ${rules.length} kinds of likely OCR error are flagged.`}{" "}
        {canChange ? "Untick a kind to stop flagging it in every document of this collection; tick it to flag it again." : "Reviewers and admins can turn a kind off for this collection."}
      </p>
      <ul className="rule-list">
        {rules.map((r) => (
          <li key={r.name}>
            <label>
              <input type="checkbox" checked={!offs.has(r.name)} disabled={!canChange || pending} onChange={() => toggle(r)} /> <strong>{r.title}</strong>
            </label>
            <span className="muted rule-list__why">{r.evidence[0]!.toUpperCase() + r.evidence.slice(1)}.</span>
            {r.off && offs.has(r.name) && (
              <span className="rule-list__off">
                {" "}
                Off since {new Date(r.offAt!).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}
                {r.offBy ? `, by ${r.offBy}` : ""}.
              </span>
            )}
          </li>
        ))}
      </ul>
      {done && !error && <p className="muted" role="status">{done}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
