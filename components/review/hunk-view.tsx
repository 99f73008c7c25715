/** One change of a proposal in its context: "…before <del>old</del><ins>new</ins> after…". Text only. */
export function HunkView({ before, after, contextBefore, contextAfter }: { before: string; after: string; contextBefore: string; contextAfter: string }) {
  return (
    <span className="hunk">
      <span className="muted">…{contextBefore}</span>
      {before && <del>{before}</del>}
      {after && <ins>{after}</ins>}
      <span className="muted">{contextAfter}…</span>
    </span>
  );
}
