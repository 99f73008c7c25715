"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { editAnnotation, removeAnnotation } from "@/app/actions/annotations";
import { proposeCorrection } from "@/app/actions/proposals";
import { saveRevision } from "@/app/actions/revisions";
import { AnnotateForm } from "@/components/annotations/annotate-form";
import { AnnotationDetails } from "@/components/annotations/annotation-details";
import { AnnotationPanel } from "@/components/annotations/annotation-panel";
import { describeAnnotation, type AnnotationView, type EntityOption, type TagDefinition } from "@/components/annotations/types";
import type { Highlight } from "@/components/editor/annotation-decorations";
import { TextEditor, type TextEditorHandle } from "@/components/editor/text-editor";
import { RawText } from "./raw-text";
import { useLeaveWarning } from "./use-leave-warning";
import { useScrollFollow } from "./use-scroll-follow";
import { useWideScreen, WIDE_QUERY } from "./use-wide-screen";

interface Props {
  documentId: string;
  collectionId: string;
  headSeq: number;
  text: string;
  rawText: string;
  /** What a save does for this user: store a revision, send a proposal for review, or nothing (viewers). */
  mode: "commit" | "propose" | "read";
  canAnnotate: boolean;
  canEditTags: boolean;
  /** The user's own proposals on this document still waiting for a decision. */
  myOpenProposals: { id: string; status: string; message: string }[];
  annotations: AnnotationView[];
  tags: TagDefinition[];
  entities: EntityOption[];
  /** An annotation to select on arrival (from an entity page). */
  focusAnnotationId?: string;
}

type Notice =
  | { kind: "saved"; message: string }
  | { kind: "proposed"; id: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; headSeq: number; baseSeq: number; message: string };

type SidePane = "raw" | "annotations";

/** The correction screen: editor, raw OCR and annotations beside it, save with a message. */
export function DocumentWorkspace(props: Props) {
  const { documentId, headSeq, text, rawText, mode, canAnnotate, annotations, tags, entities } = props;
  const router = useRouter();
  const editor = useRef<TextEditorHandle | null>(null);
  const [baseSeq, setBaseSeq] = useState(headSeq);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  // A proposal leaves the head as it was: the editor is remounted on the head text, and the
  // text and seq it starts from are kept as one pair.
  const [editorKey, setEditorKey] = useState(0);
  const [initialText, setInitialText] = useState(text);
  // null until the user chooses: side by side on wide screens, the editor alone on narrow ones.
  const [sideChoice, setSideChoice] = useState<boolean | null>(null);
  const [sidePane, setSidePane] = useState<SidePane>("raw");
  const wide = useWideScreen();
  const showSide = sideChoice ?? wide;
  const [annotating, setAnnotating] = useState<{ start: number; end: number; quote: string } | null>(null);
  const [details, setDetails] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(null);
  const [editorDom, setEditorDom] = useState<HTMLElement | null>(null);
  const rawPane = useRef<HTMLDivElement | null>(null);
  useLeaveWarning(dirty);
  useScrollFollow(editorDom, rawPane, showSide && wide && sidePane === "raw");

  const highlights = useMemo<Highlight[]>(
    () =>
      annotations
        .filter((a) => a.status !== "orphaned")
        .map((a) => ({ id: a.id, start: a.start, end: a.end, color: tags.find((t) => t.key === a.tag)?.color ?? "#888", title: describeAnnotation(a, tags) })),
    [annotations, tags],
  );

  const onReady = useCallback(
    (handle: TextEditorHandle) => {
      editor.current = handle;
      setEditorDom(handle.dom);
      const focus = annotations.find((a) => a.id === props.focusAnnotationId && a.status !== "orphaned");
      if (focus) handle.select(focus.start, focus.end);
    },
    // Only on the editor's arrival: later annotation changes must not move the selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const save = useCallback(
    async (overBase?: number) => {
      if (!editor.current || saving || mode === "read") return;
      setSaving(true);
      if (mode === "propose") {
        const proposed = await proposeCorrection(documentId, { baseSeq, text: editor.current.getText(), message });
        setSaving(false);
        if (!proposed.ok) return setNotice({ kind: "error", message: proposed.message });
        setMessage("");
        setDirty(false);
        setInitialText(text);
        setBaseSeq(headSeq);
        setEditorKey((k) => k + 1);
        setNotice({ kind: "proposed", id: proposed.id });
        router.refresh();
        return;
      }
      const result = await saveRevision(documentId, { baseSeq: overBase ?? baseSeq, text: editor.current.getText(), message });
      setSaving(false);
      if (result.ok) {
        editor.current.markSaved();
        setBaseSeq(result.seq);
        setMessage("");
        const orphaned = result.orphaned ? ` ${result.orphaned} annotation${result.orphaned > 1 ? "s" : ""} lost ${result.orphaned > 1 ? "their" : "its"} text: see Orphans.` : "";
        setNotice({ kind: "saved", message: (result.created ? `Saved as revision ${result.seq}.` : "Nothing changed, so nothing was saved.") + orphaned });
        if (result.orphaned) setSidePane("annotations");
        router.refresh();
      } else if (result.code === "stale_base" && result.headSeq !== undefined) {
        setNotice({ kind: "conflict", headSeq: result.headSeq, baseSeq: overBase ?? baseSeq, message: result.message });
      } else {
        setNotice({ kind: "error", message: result.message });
      }
    },
    [baseSeq, documentId, headSeq, message, mode, router, saving, text],
  );

  const startAnnotating = useCallback(() => {
    if (!canAnnotate) return setNotice({ kind: "error", message: "Your role can read annotations but not add them." });
    if (dirty) return setNotice({ kind: "error", message: "Save your corrections first: annotations attach to the saved text." });
    const range = editor.current?.getSelection();
    if (!range) return setNotice({ kind: "error", message: "Select the text to annotate first." });
    setAnnotating({ ...range, quote: editor.current!.getText().slice(range.start, range.end) });
  }, [canAnnotate, dirty]);

  const reattach = useCallback(
    async (a: AnnotationView) => {
      if (dirty) return setNotice({ kind: "error", message: "Save your corrections first: annotations attach to the saved text." });
      const range = editor.current?.getSelection();
      if (!range) return setNotice({ kind: "error", message: "Select the text in the editor to re-attach this annotation to, then press Re-attach." });
      const result = await editAnnotation(documentId, a.id, range);
      setNotice(result.ok ? { kind: "saved", message: `Re-attached to “${editor.current!.getText().slice(range.start, range.end)}”.` } : { kind: "error", message: result.message });
      router.refresh();
    },
    [dirty, documentId, router],
  );

  const remove = useCallback(
    async (a: AnnotationView) => {
      if (!confirm(`Delete the annotation on “${a.exact.slice(0, 60)}”?`)) return;
      const result = await removeAnnotation(documentId, a.id);
      setDetails(null);
      setNotice(result.ok ? { kind: "saved", message: "Annotation deleted." } : { kind: "error", message: result.message });
      router.refresh();
    },
    [documentId, router],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      } else if (e.altKey && e.code === "KeyR") {
        e.preventDefault();
        setSidePane("raw");
        setSideChoice((choice) => (sidePane !== "raw" ? true : !(choice ?? window.matchMedia(WIDE_QUERY).matches)));
      } else if (e.altKey && e.code === "KeyA") {
        e.preventDefault();
        startAnnotating();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save, startAnnotating, sidePane]);

  const orphanCount = annotations.filter((a) => a.status === "orphaned").length;
  const liveCount = annotations.length - orphanCount;
  const openSide = (pane: SidePane) => {
    if (showSide && sidePane === pane) setSideChoice(false);
    else {
      setSidePane(pane);
      setSideChoice(true);
    }
  };

  return (
    <div className="workspace">
      <div className="toolbar" role="toolbar" aria-label="Correction">
        {mode !== "read" && (
          <>
            <input
              className="toolbar__message"
              aria-label="Describe your correction"
              placeholder="Describe your correction, e.g. “Genserslov → Generalov”"
              value={message}
              maxLength={500}
              onChange={(e) => setMessage(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && void save()}
            />
            <button
              type="button"
              className="button button--primary"
              onClick={() => void save()}
              disabled={saving || !dirty}
              aria-keyshortcuts="Control+S Meta+S"
              aria-label={mode === "propose" ? "Propose" : "Save"}
              title={mode === "propose" ? "Send your correction to a reviewer (Ctrl+S or Cmd+S)" : "Save (Ctrl+S or Cmd+S)"}
            >
              {saving ? "Sending…" : mode === "propose" ? "Propose" : "Save"} <kbd aria-hidden="true">Ctrl S</kbd>
            </button>
          </>
        )}
        {mode === "read" && <span className="toolbar__readonly">Read only: your role can read and export, not change the text.</span>}
        {canAnnotate && (
          <button type="button" className="button" onClick={startAnnotating} aria-keyshortcuts="Alt+A" title="Annotate the selected text (Alt+A)">
            Annotate <kbd aria-hidden="true">Alt A</kbd>
          </button>
        )}
        {mode !== "read" && (
          <button type="button" className="button" onClick={() => editor.current?.insertPageBreak()} aria-keyshortcuts="Control+Enter" title="Insert a page break (a form feed in the text) at the cursor">
            Page break <kbd aria-hidden="true">Ctrl ↵</kbd>
          </button>
        )}
        <span className="toolbar__side" role="group" aria-label="Beside the text">
          <button type="button" className="button" aria-pressed={showSide && sidePane === "raw"} onClick={() => openSide("raw")} aria-keyshortcuts="Alt+R" title="Alt+R">
            Raw OCR
          </button>
          <button type="button" className="button" aria-pressed={showSide && sidePane === "annotations"} onClick={() => openSide("annotations")}>
            Annotations {liveCount}
            {orphanCount > 0 && <span className="badge badge--orphans" title="orphaned annotations">{orphanCount} orphaned</span>}
          </button>
        </span>
        <span className={`dirty-flag${dirty ? " dirty-flag--on" : ""}`} role="status">
          {dirty ? "Unsaved changes" : `Revision ${baseSeq}`}
        </span>
      </div>

      {props.myOpenProposals.length > 0 && notice?.kind !== "proposed" && (
        <div className="notice notice--info" role="status">
          You have {props.myOpenProposals.length} proposal{props.myOpenProposals.length > 1 ? "s" : ""} on this document waiting:{" "}
          {props.myOpenProposals.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ", "}
              <Link href={`/proposals/${p.id}`}>{p.message}</Link>
              {p.status === "needs_rebase" && <strong> (conflict: resolve it)</strong>}
            </span>
          ))}
          . The editor shows the accepted text.
        </div>
      )}
      {notice?.kind === "proposed" && (
        <div className="notice notice--ok" role="status">
          Your correction was sent to a reviewer. <Link href={`/proposals/${notice.id}`}>See your proposal</Link>. The editor shows the accepted text
          again; it changes once a reviewer approves.
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

      {annotating && (
        <div className="annotate-dialog" role="dialog" aria-label="Annotate">
          <AnnotateForm
            documentId={documentId}
            range={annotating}
            tags={tags}
            entities={entities}
            onDone={(done) => {
              setAnnotating(null);
              if (done) {
                setNotice({ kind: "saved", message: done });
                router.refresh();
              }
            }}
          />
        </div>
      )}
      {details && (
        <AnnotationDetails
          annotations={annotations.filter((a) => details.ids.includes(a.id))}
          tags={tags}
          at={details.at}
          onClose={() => setDetails(null)}
          onDelete={remove}
        />
      )}

      <div className={`panes${showSide && wide ? " panes--split" : ""}`}>
        {/* Hidden, not unmounted, on narrow screens: the editor keeps its text and undo history. */}
        <section className="pane" aria-labelledby="pane-editor" hidden={showSide && !wide}>
          <h2 id="pane-editor" className="pane__title">Corrected text</h2>
          <TextEditor
            key={editorKey}
            readOnly={mode === "read"}
            initialText={initialText}
            highlights={highlights}
            onDirtyChange={setDirty}
            onReady={onReady}
            onHighlightClick={(ids, at) => setDetails({ ids, at })}
            label="Corrected text"
          />
        </section>
        {showSide && sidePane === "raw" && (
          <section className="pane pane--raw" aria-labelledby="pane-raw">
            <h2 id="pane-raw" className="pane__title">Raw OCR (never changes)</h2>
            <RawText text={rawText} label="Raw OCR" ref={rawPane} />
          </section>
        )}
        {showSide && sidePane === "annotations" && (
          <section className="pane pane--annotations" aria-labelledby="pane-annotations">
            <h2 id="pane-annotations" className="pane__title">Annotations</h2>
            <AnnotationPanel
              annotations={annotations}
              tags={tags}
              collectionId={props.collectionId}
              canEditTags={props.canEditTags}
              onJump={(a) => editor.current?.select(a.start, a.end)}
              onReattach={reattach}
              onDelete={remove}
            />
          </section>
        )}
      </div>
    </div>
  );
}
