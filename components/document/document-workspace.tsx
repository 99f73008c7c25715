"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveRevision } from "@/app/actions/revisions";
import { TextEditor, type TextEditorHandle } from "@/components/editor/text-editor";
import { AuthorForm } from "@/components/ui/author-form";
import { RawText } from "./raw-text";
import { useLeaveWarning } from "./use-leave-warning";
import { useScrollFollow } from "./use-scroll-follow";
import { useWideScreen, WIDE_QUERY } from "./use-wide-screen";

interface Props {
  documentId: string;
  headSeq: number;
  text: string;
  rawText: string;
  author: string | null;
}

type Notice =
  | { kind: "saved"; message: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; headSeq: number; baseSeq: number; message: string };

/** The correction screen: editor, raw OCR beside it, save with a message, and what happened. */
export function DocumentWorkspace({ documentId, headSeq, text, rawText, author }: Props) {
  const router = useRouter();
  const editor = useRef<TextEditorHandle | null>(null);
  const [baseSeq, setBaseSeq] = useState(headSeq);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  // null until the user chooses: side by side on wide screens, the editor alone on narrow ones.
  const [rawChoice, setRawChoice] = useState<boolean | null>(null);
  const wide = useWideScreen();
  const showRaw = rawChoice ?? wide;
  // Asked again only when a save was refused for want of a name; the prop covers the rest.
  const [askName, setAskName] = useState(false);
  const needsName = !author || askName;
  useLeaveWarning(dirty);

  const [editorDom, setEditorDom] = useState<HTMLElement | null>(null);
  const rawPane = useRef<HTMLDivElement | null>(null);
  const onReady = useCallback((handle: TextEditorHandle) => {
    editor.current = handle;
    setEditorDom(handle.dom);
  }, []);
  useScrollFollow(editorDom, rawPane, showRaw && wide);

  const save = useCallback(
    async (overBase?: number) => {
      if (!editor.current || saving) return;
      setSaving(true);
      const result = await saveRevision(documentId, {
        baseSeq: overBase ?? baseSeq,
        text: editor.current.getText(),
        message,
      });
      setSaving(false);
      if (result.ok) {
        editor.current.markSaved();
        setBaseSeq(result.seq);
        setMessage("");
        setNotice({ kind: "saved", message: result.created ? `Saved as revision ${result.seq}.` : "Nothing changed, so nothing was saved." });
        router.refresh();
      } else if (result.code === "stale_base" && result.headSeq !== undefined) {
        setNotice({ kind: "conflict", headSeq: result.headSeq, baseSeq: overBase ?? baseSeq, message: result.message });
      } else if (result.code === "no_author") {
        setAskName(true);
        setNotice({ kind: "error", message: result.message });
      } else {
        setNotice({ kind: "error", message: result.message });
      }
    },
    [baseSeq, documentId, message, router, saving],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      } else if (e.altKey && e.code === "KeyR") {
        e.preventDefault();
        setRawChoice((choice) => !(choice ?? window.matchMedia(WIDE_QUERY).matches));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  return (
    <div className="workspace">
      <div className="toolbar" role="toolbar" aria-label="Correction">
        <input
          className="toolbar__message"
          aria-label="Describe your correction"
          placeholder="Describe your correction, e.g. “Genserslov → Generalov”"
          value={message}
          maxLength={500}
          onChange={(e) => setMessage(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && void save()}
        />
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={saving || !dirty} aria-keyshortcuts="Control+S Meta+S" aria-label="Save" title="Save (Ctrl+S or Cmd+S)">
          {saving ? "Saving…" : "Save"} <kbd aria-hidden="true">Ctrl S</kbd>
        </button>
        <button type="button" className="button" onClick={() => editor.current?.insertPageBreak()} aria-keyshortcuts="Control+Enter" title="Insert a page break (a form feed in the text) at the cursor">
          Page break <kbd aria-hidden="true">Ctrl ↵</kbd>
        </button>
        <button type="button" className="button" onClick={() => setRawChoice(!showRaw)} aria-keyshortcuts="Alt+R" title="Alt+R">
          {showRaw ? (wide ? "Hide raw OCR" : "Back to the editor") : "Show raw OCR"}
        </button>
        <span className={`dirty-flag${dirty ? " dirty-flag--on" : ""}`} role="status">
          {dirty ? "Unsaved changes" : `Revision ${baseSeq}`}
        </span>
      </div>

      {needsName && (
        <div className="notice notice--info">
          <AuthorForm prompt="Your corrections are stored under your name. What should it be?" onSaved={() => setAskName(false)} />
        </div>
      )}

      {notice?.kind === "saved" && <div className="notice notice--ok" role="status">{notice.message}</div>}
      {notice?.kind === "error" && <div className="notice notice--error" role="alert">{notice.message}</div>}
      {notice?.kind === "conflict" && (
        <div className="notice notice--warn" role="alert">
          <strong>Not saved: someone else saved revision {notice.headSeq} while you were editing.</strong>{" "}
          Your text is still here, unchanged. Compare their change, then save yours on top if it should replace theirs.
          <div className="notice__actions">
            <Link className="button" href={`/documents/${documentId}/history?from=${notice.baseSeq}&to=${notice.headSeq}`} target="_blank">
              See their change
            </Link>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                if (confirm(`Save your text as the next revision after ${notice.headSeq}? Their revision stays in the history.`)) {
                  void save(notice.headSeq);
                }
              }}
            >
              Save mine on top of revision {notice.headSeq}
            </button>
          </div>
        </div>
      )}

      <div className={`panes${showRaw && wide ? " panes--split" : ""}`}>
        {/* Hidden, not unmounted, on narrow screens: the editor keeps its text and undo history. */}
        <section className="pane" aria-labelledby="pane-editor" hidden={showRaw && !wide}>
          <h2 id="pane-editor" className="pane__title">Corrected text</h2>
          <TextEditor initialText={text} onDirtyChange={setDirty} onReady={onReady} label="Corrected text" />
        </section>
        {showRaw && (
          <section className="pane pane--raw" aria-labelledby="pane-raw">
            <h2 id="pane-raw" className="pane__title">Raw OCR (never changes)</h2>
            <RawText text={rawText} label="Raw OCR" ref={rawPane} />
          </section>
        )}
      </div>
    </div>
  );
}
