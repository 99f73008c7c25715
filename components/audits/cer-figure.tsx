import type { RemainingCer } from "@/lib/data/audits/audit-shape";

const pct = (x: number) => `${(100 * x).toFixed(x < 0.01 ? 2 : 1)} %`;

/** "0.42 % (95 % interval 0.18 %–0.83 %)", or a dash before anything is checked. */
export function CerFigure({ cer }: { cer: RemainingCer }) {
  if (cer.estimate === null) return <span className="muted">— (no line checked yet)</span>;
  return (
    <span>
      <strong>{pct(cer.estimate)}</strong> <span className="muted">(95 % interval {pct(cer.low)}–{pct(cer.high)})</span>
    </span>
  );
}
