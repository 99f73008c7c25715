"use client";

export type SidePane = "image" | "raw" | "annotations" | "suggestions";

interface Props {
  mode: "commit" | "propose" | "read";
  canAnnotate: boolean;
  message: string;
  onMessage(message: string): void;
  onSave(): void;
  saving: boolean;
  dirty: boolean;
  /** What the unsaved change holds, in words ("3 words changed"), once worked out. */
  unsaved: string | null;
  baseSeq: number;
  onAnnotate(): void;
  onPageBreak(): void;
  side: SidePane | null;
  onSide(pane: SidePane): void;
  liveCount: number;
  orphanCount: number;
  suggestionCount: number | null;
  showChanges: boolean;
  onShowChanges(on: boolean): void;
  /** The document has page images: offer the image pane. */
  hasPages: boolean;
  /** The find bar, when open: inside the sticky toolbar, so that neither covers the other. */
  children?: React.ReactNode;
}

/**
 * The correction toolbar. Buttons are named by their visible words (the key hints are hidden
 * from assistive technology, which announces aria-keyshortcuts instead, and from touch screens).
 */
export function WorkspaceToolbar(props: Props) {
  const { mode } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label="Correction">
      {mode !== "read" && (
        <>
          <input
            className="toolbar__message"
            aria-label="Describe your correction"
            placeholder="Describe your correction, e.g. “Genserslov → Generalov”"
            value={props.message}
            maxLength={500}
            onChange={(e) => props.onMessage(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && props.onSave()}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={props.onSave}
            disabled={props.saving || !props.dirty}
            aria-keyshortcuts="Control+S Meta+S"
            title={mode === "propose" ? "Send your correction to a reviewer (Ctrl+S or Cmd+S)" : "Save (Ctrl+S or Cmd+S)"}
          >
            {props.saving ? "Sending…" : mode === "propose" ? "Propose" : "Save"} <kbd aria-hidden="true">Ctrl S</kbd>
          </button>
        </>
      )}
      {mode === "read" && <span className="toolbar__readonly">Read only: your role can read and export, not change the text.</span>}
      {props.canAnnotate && (
        <button type="button" className="button" onClick={props.onAnnotate} aria-keyshortcuts="Alt+A" title="Annotate the selected text (Alt+A)">
          Annotate <kbd aria-hidden="true">Alt A</kbd>
        </button>
      )}
      {mode !== "read" && (
        <button type="button" className="button toolbar__wide-only" onClick={props.onPageBreak} aria-keyshortcuts="Control+Enter" title="Insert a page break (a form feed in the text) at the cursor">
          Page break <kbd aria-hidden="true">Ctrl ↵</kbd>
        </button>
      )}
      <span className="toolbar__side" role="group" aria-label="Beside the text">
        {props.hasPages && (
          <button type="button" className="button" aria-pressed={props.side === "image"} onClick={() => props.onSide("image")} aria-keyshortcuts="Alt+I" title="The page image (Alt+I)">
            Image
          </button>
        )}
        <button type="button" className="button" aria-pressed={props.side === "raw"} onClick={() => props.onSide("raw")} aria-keyshortcuts="Alt+R" title="Alt+R">
          Raw OCR
        </button>
        <button type="button" className="button" aria-pressed={props.side === "annotations"} onClick={() => props.onSide("annotations")}>
          Annotations {props.liveCount}
          {props.orphanCount > 0 && <span className="badge badge--orphans" title="orphaned annotations">{props.orphanCount} orphaned</span>}
        </button>
        {props.suggestionCount !== null && (
          <button type="button" className="button" aria-pressed={props.side === "suggestions"} onClick={() => props.onSide("suggestions")} aria-keyshortcuts="F8" title="Likely OCR errors (F8: next one)">
            Suggestions {props.suggestionCount}
          </button>
        )}
      </span>
      {/* Wide screens only: on a phone the toolbar must leave the text above the fold, and the marks stay on. */}
      <button
        type="button"
        className="button toolbar__wide-only"
        aria-pressed={props.showChanges}
        onClick={() => props.onShowChanges(!props.showChanges)}
        title="Mark the words that differ from the raw OCR, in both panes"
      >
        Changes
      </button>
      <span className={`dirty-flag${props.dirty ? " dirty-flag--on" : ""}`} role="status">
        {/* Clean, the header above says which revision this is: the toolbar says nothing. */}
        {props.dirty ? `Unsaved: ${props.unsaved ?? "changes"}` : ""}
      </span>
      {props.children}
    </div>
  );
}
