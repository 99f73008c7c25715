"use client";
import { useState } from "react";
import { decideDoubleKeying } from "@/app/actions/keying";
import { ConflictChoices, type Choice } from "@/components/review/conflict-choices";
import { useServerAction } from "@/components/ui/use-server-action";
import type { KeyingView as Keyings } from "@/lib/data/keying/keying-shape";

/** The reviewer decides each place where two correctors' keyings differ; where they agree, the text stands. */
export function KeyingView({ keyings, canDecide }: { keyings: Keyings; canDecide: boolean }) {
  const { run, pending, error, router } = useServerAction();
  const [done, setDone] = useState<string | null>(null);
  const { a, b } = keyings;
  const toKeying = (c: Choice) => (c.kind === "mine" ? ("a" as const) : c.kind === "theirs" ? ("b" as const) : { text: c.text });
  return (
    <>
      <p className="notice notice--info">
        Keyed twice: by {a.author} and by {b.author}, from revision {keyings.baseSeq}. They read {Math.round(100 * keyings.agreement)} % of the words alike and differ in {keyings.disagreements} place
        {keyings.disagreements === 1 ? "" : "s"}.
      </p>
      {done && <p className="notice notice--ok" role="status">{done}</p>}
      <ConflictChoices
        segments={keyings.segments}
        headSeq={keyings.baseSeq}
        mineLabel={a.author}
        intro={<>Where both keyings read alike, the text stands. For each place they differ, keep one reading or write it anew; then save the document.</>}
        labels={{
          title: (n) => `${n} place${n === 1 ? "" : "s"} where the keyings differ`,
          item: "Difference",
          base: `Before (revision ${keyings.baseSeq})`,
          theirs: `${b.author}'s keying`,
          mine: `${a.author}'s keying`,
          keepTheirs: `Keep ${b.author}'s`,
          keepMine: `Keep ${a.author}'s`,
        }}
        resolve={
          canDecide && !done
            ? {
                pending,
                error,
                label: (remaining) => (pending ? "Saving…" : remaining > 0 ? `Decide ${remaining} more to save` : "Save the document"),
                onResolve: (_text, choices) =>
                  run(() => decideDoubleKeying(keyings.documentId, [a.proposalId, b.proposalId], choices.map(toKeying)), (r) => {
                    setDone(`Saved as revision ${r.seq}: ${r.forA} place${r.forA === 1 ? "" : "s"} as ${a.author} read ${r.forA === 1 ? "it" : "them"}, ${r.forB} as ${b.author} did.`);
                    router.refresh();
                  }),
              }
            : undefined
        }
      />
    </>
  );
}
