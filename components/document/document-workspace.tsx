"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { editAnnotation, removeAnnotation } from "@/app/actions/annotations";
import { AnnotateForm } from "@/components/annotations/annotate-form";
import { AnnotationDetails } from "@/components/annotations/annotation-details";
import { AnnotationPanel } from "@/components/annotations/annotation-panel";
import { describeAnnotation, type AnnotationView, type EntityOption, type TagDefinition } from "@/components/annotations/types";
import type { Highlight } from "@/components/editor/annotation-decorations";
import { TextEditor, type TextEditorHandle } from "@/components/editor/text-editor";
import { pendingChanges } from "@/lib/review/pending-changes";
import { SuggestionPanel } from "@/components/suggestions/suggestion-panel";
import { SuggestionPopover } from "@/components/suggestions/suggestion-popover";
import { useSuggestions, type ShownSuggestion } from "@/components/suggestions/use-suggestions";
import { FindBar, type FindTarget } from "@/components/editor/find-bar";
import type { FindMatch } from "@/lib/find/find-matches";
import { RawText, rawPoint } from "./raw-text";
import { useTextChanges } from "./use-text-changes";
import { useLeaveWarning } from "./use-leave-warning";
import { useSaveFlow } from "./use-save-flow";
import { useScrollFollow } from "./use-scroll-follow";
import { useWideScreen, WIDE_QUERY } from "./use-wide-screen";
import { WorkspaceNotices } from "./workspace-notices";
import { WorkspaceToolbar, type SidePane } from "./workspace-toolbar";
import { useUnsavedSummary } from "./use-unsaved-summary";
import { PageViewer } from "@/components/pages/page-viewer";
import type { PageView } from "@/components/pages/use-page-boxes";
import { usePageLink } from "@/components/pages/use-page-link";
import { RereadDialog } from "@/components/pages/reread-dialog";
import { rereadPageRegion } from "@/app/actions/ocr";

interface Props {
  documentId: string;
  collectionId: string;
  headSeq: number;
  text: string;
  rawText: string;
  /** The document's proofreading level: changing an approved or corrected text asks first. */
  status: string;
  /** What a save does for this user: store a revision, send a proposal for review, or nothing (viewers). */
  mode: "commit" | "propose" | "read";
  canAnnotate: boolean;
  canEditTags: boolean;
  /** Reviewers and admins may turn a suggestion rule off for the collection ("Don't flag this kind here"). */
  canTurnOffRules: boolean;
  /** The suggestion rules' titles, by name. */
  ruleTitles: Record<string, string>;
  /** The user's own proposals on this document still waiting for a decision. */
  myOpenProposals: { id: string; status: string; message: string }[];
  annotations: AnnotationView[];
  tags: TagDefinition[];
  entities: EntityOption[];
  /** An annotation to select on arrival (from an entity page). */
  focusAnnotationId?: string;
  /** A span to select on arrival (a deep link with offsets on the accepted text). */
  focusRange?: { start: number; end: number };
  /** A span of the raw OCR to show marked in the raw pane (a search hit in the raw OCR). */
  focusRawRange?: { start: number; end: number };
  /** The user's proposal still waiting for review, made against this head: its text is shown, changes marked. */
  pending?: { id: string; message: string; text: string } | null;
  /** The document's page images (none for a plain-text document). */
  pages: PageView[];
}

const SAVE_FIRST = "Save your corrections first: annotations attach to the saved text.";
const ACCEPTED_FIRST = "Annotations attach to the accepted text: press “Show the accepted text” first.";

/** The correction screen: editor, raw OCR and annotations beside it, save with a message. */
export function DocumentWorkspace(props: Props) {
  const { documentId, rawText, mode, canAnnotate, annotations, tags, entities } = props;
  const router = useRouter();
  const editor = useRef<TextEditorHandle | null>(null);
  const [dirty, setDirty] = useState(false);
  // null until the user chooses: side by side on wide screens, the editor alone on narrow ones.
  const [sideChoice, setSideChoice] = useState<boolean | null>(null);
  const hasPages = props.pages.length > 0;
  // A corrector who can see the page checks against it first.
  const [sidePane, setSidePane] = useState<SidePane>(hasPages ? "image" : "raw");
  // On a phone the image sits above the text rather than replacing it, so it is shown there too.
  const wide = useWideScreen();
  const showSide = sideChoice ?? (wide || sidePane === "image");
  const [annotating, setAnnotating] = useState<{ start: number; end: number; quote: string } | null>(null);
  const [details, setDetails] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(null);
  const [editorDom, setEditorDom] = useState<HTMLElement | null>(null);
  const rawPane = useRef<HTMLDivElement | null>(null);
  const flow = useSaveFlow({ ...props, editor, onOrphans: useCallback(() => setSidePane("annotations"), []) });
  const { setNotice } = flow;
  const [showAccepted, setShowAccepted] = useState(false);
  const pendingText = showAccepted ? null : flow.pendingText;
  const pending = useMemo(() => (pendingText === null ? null : pendingChanges(props.text, pendingText)), [pendingText, props.text]);
  /** A range of the accepted text as the editor shows it (mapped into a pending proposal's text). */
  const shown = (r: { start: number; end: number }) => (pending ? { start: pending.mapFromAccepted(r.start, "start"), end: pending.mapFromAccepted(r.end, "end") } : r);
  useLeaveWarning(dirty);
  const [showChanges, setShowChanges] = useState(true);
  const ready = editorDom !== null;
  const changes = useTextChanges({ editor, rawText, enabled: showChanges, ready });
  useScrollFollow({ editor, leader: editorDom, follower: rawPane, toRaw: changes.toRaw, active: showSide && wide && sidePane === "raw" });
  const suggestions = useSuggestions({ editor, documentId, collectionId: props.collectionId, seq: flow.baseSeq, enabled: ready && mode !== "read" && pendingText === null });
  const [popover, setPopover] = useState<{ id: string; text: string; start: number; at: { left: number; bottom: number }; takeFocus: boolean } | null>(null);

  /**
   * Opens a suggestion's choices under it. From the keyboard or the panel it is selected and the
   * first choice takes the focus; from a click in the text the caret stays where it was put, so
   * that typing goes on.
   */
  const openSuggestion = useCallback((s: Pick<ShownSuggestion, "id" | "start" | "end" | "text">, takeFocus = true) => {
    const handle = editor.current;
    if (!handle) return;
    if (takeFocus) {
      handle.select(s.start, s.end, { quiet: true });
      // Until the choices take the focus (a frame later), no key may reach the editor: an Enter
      // pressed at once would replace the selected word with a line break.
      handle.dom.blur();
    }
    requestAnimationFrame(() => {
      const c = handle.coordsAt(s.start);
      if (c) setPopover({ id: s.id, text: s.text, start: s.start, at: { left: c.left, bottom: c.bottom }, takeFocus });
    });
  }, []);
  const stepSuggestion = useCallback(
    (direction: 1 | -1) => {
      const list = suggestions.current();
      if (!list.length || !editor.current) return setNotice({ kind: "saved", message: "No suggestions left in this document." });
      const at = editor.current.caret();
      const open = popover && list.find((s) => s.id === popover.id);
      const next =
        direction === 1
          ? list.find((s) => (open ? s.start > open.start : s.start >= at)) ?? list[0]
          : [...list].reverse().find((s) => (open ? s.start < open.start : s.end < at)) ?? list[list.length - 1];
      openSuggestion(next);
    },
    [suggestions, popover, openSuggestion, setNotice],
  );
  const closePopover = useCallback(() => {
    setPopover(null);
    editor.current?.dom.focus();
  }, []);
  // Refreshed suggestions get new ids: the open one is found again by its text and place.
  const popoverSuggestion = popover ? suggestions.current().find((s) => s.id === popover.id || (s.text === popover.text && s.start === popover.start)) : undefined;

  // Find and replace: listeners hear of every edit without re-rendering the workspace per keystroke.
  const [find, setFind] = useState<FindTarget | null>(null);
  const [rawFound, setRawFound] = useState<{ all: FindMatch[]; current: FindMatch | null }>({ all: [], current: null });
  const textListeners = useRef(new Set<() => void>());
  const subscribeText = useCallback((fn: () => void) => {
    textListeners.current.add(fn);
    return () => void textListeners.current.delete(fn);
  }, []);
  const onTextChange = useCallback(() => {
    // Typing goes on past an open suggestion: its choices close.
    if (popover && !popover.takeFocus) setPopover(null);
    changes.onTextChange();
    suggestions.onTextChange();
    for (const fn of textListeners.current) fn();
  }, [changes, suggestions, popover]);
  const unsaved = useUnsavedSummary({ editor, subscribe: subscribeText, dirty, ready });
  const [shadeLow, setShadeLow] = useState(false);
  const imageOnScreen = hasPages && showSide && sidePane === "image";
  const pageLink = usePageLink({
    documentId, pages: props.pages, editor, toRaw: changes.toRaw, fromRaw: changes.fromRaw,
    active: imageOnScreen, shadeLowConfidence: shadeLow, subscribeText,
  });
  // "Read this region again": the words in the box now, and Tesseract's new reading of it.
  const [reread, setReread] = useState<{ span: { start: number; end: number } | null; current: string | null; reading: string | null; error: string | null } | null>(null);
  const readRegion = useCallback(async (page: number, region: readonly [number, number, number, number]) => {
    const span = pageLink.spanInRegion(page, region);
    const text = editor.current?.getText() ?? "";
    setReread({ span, current: span ? text.slice(span.start, span.end) : null, reading: null, error: null });
    const result = await rereadPageRegion(documentId, props.pages[page]!.id, [...region]);
    setReread((r) => r && (result.ok ? { ...r, reading: result.text } : { ...r, error: result.message }));
  }, [pageLink, documentId, props.pages]);
  // A save ends the search: the find bar closes once the new revision is the base.
  useEffect(() => setFind(null), [flow.baseSeq]);
  const findText = useCallback(() => (find?.pane === "raw" ? rawText : (editor.current?.getText() ?? "")), [find?.pane, rawText]);
  const showFound = useCallback(
    (matches: readonly FindMatch[], current: number) => {
      const at = matches[current];
      if (find?.pane === "raw") {
        setRawFound({ all: [...matches], current: at ?? null });
        if (at && rawPane.current) scrollRawTo(rawPane.current, at.start);
        return;
      }
      editor.current?.setMarks("find", matches.map((m, i) => ({ start: m.start, end: m.end, className: i === current ? "find-match find-match--current" : "find-match" })));
      if (at) editor.current?.select(at.start, at.end, { quiet: true });
    },
    [find?.pane],
  );
  // A link to a span of the raw OCR opens the raw pane with the span marked and in view.
  const focusRaw = props.focusRawRange;
  const rawScrollPending = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRaw || focusRaw.end > rawText.length) return;
    setSidePane("raw");
    setSideChoice(true);
    setRawFound({ all: [focusRaw], current: focusRaw });
    rawScrollPending.current = focusRaw.start;
    // Only on arrival, as the editor's own deep link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The pane exists only once the state above has rendered it.
  useEffect(() => {
    if (rawScrollPending.current === null || !rawPane.current) return;
    scrollRawTo(rawPane.current, rawScrollPending.current);
    rawScrollPending.current = null;
  }, [showSide, sidePane, rawFound]);
  const closeFind = useCallback(() => {
    const pane = find?.pane;
    setFind(null);
    editor.current?.setMarks("find", []);
    setRawFound({ all: [], current: null });
    if (pane === "raw") rawPane.current?.focus();
    else editor.current?.dom.focus();
  }, [find?.pane]);
  const openFind = useCallback(
    (replace: boolean) => {
      const inRaw = !!rawPane.current && rawPane.current.contains(document.activeElement);
      const chosen = inRaw ? window.getSelection()?.toString() : (() => {
        const r = editor.current?.getSelection();
        return r ? editor.current!.getText().slice(r.start, r.end) : "";
      })();
      setFind({ pane: inRaw && !replace ? "raw" : "editor", replace: replace && mode !== "read", seed: chosen && !chosen.includes("\n") && chosen.length <= 200 ? chosen : undefined });
    },
    [mode],
  );

  // Annotations sit on the accepted text; over a pending proposal they are mapped into its text.
  const highlights = useMemo<Highlight[]>(() => {
    const map = (offset: number, side: "start" | "end") => (pending ? pending.mapFromAccepted(offset, side) : offset);
    const drawn: Highlight[] = annotations
      .filter((a) => a.status !== "orphaned")
      .map((a) => ({ id: a.id, start: map(a.start, "start"), end: map(a.end, "end"), color: tags.find((t) => t.key === a.tag)?.color ?? "#888", title: describeAnnotation(a, tags) }))
      .filter((h) => h.end > h.start);
    const marks = (pending?.changed ?? []).map((r, i) => ({ id: `pending-${i}`, ...r, color: "", title: "Your change, waiting for a reviewer", kind: "pending" as const }));
    return [...marks, ...drawn];
  }, [annotations, pending, tags]);

  const onReady = useCallback(
    (handle: TextEditorHandle) => {
      editor.current = handle;
      setEditorDom(handle.dom);
      const focus = annotations.find((a) => a.id === props.focusAnnotationId && a.status !== "orphaned") ?? props.focusRange;
      if (!focus) return;
      const { start, end } = shown(focus);
      if (end > start && end <= handle.getText().length) handle.select(start, end);
    },
    // Only on the editor's arrival: later annotation changes must not move the selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const startAnnotating = useCallback(() => {
    if (!canAnnotate) return setNotice({ kind: "error", message: "Your role can read annotations but not add them." });
    if (dirty) return setNotice({ kind: "error", message: SAVE_FIRST });
    if (pendingText !== null) return setNotice({ kind: "error", message: ACCEPTED_FIRST });
    const range = editor.current?.getSelection();
    if (!range) return setNotice({ kind: "error", message: "Select the text to annotate first." });
    setAnnotating({ ...range, quote: editor.current!.getText().slice(range.start, range.end) });
  }, [canAnnotate, dirty, pendingText, setNotice]);

  const reattach = useCallback(
    async (a: AnnotationView) => {
      if (dirty) return setNotice({ kind: "error", message: SAVE_FIRST });
      if (pendingText !== null) return setNotice({ kind: "error", message: ACCEPTED_FIRST });
      const range = editor.current?.getSelection();
      if (!range) return setNotice({ kind: "error", message: "Select the text in the editor to re-attach this annotation to, then press Re-attach." });
      const result = await editAnnotation(documentId, a.id, range);
      setNotice(result.ok ? { kind: "saved", message: `Re-attached to “${editor.current!.getText().slice(range.start, range.end)}”.` } : { kind: "error", message: result.message });
      router.refresh();
    },
    [dirty, documentId, pendingText, router, setNotice],
  );

  const remove = useCallback(
    async (a: AnnotationView) => {
      if (!confirm(`Delete the annotation on “${a.exact.slice(0, 60)}”?`)) return;
      const result = await removeAnnotation(documentId, a.id);
      setDetails(null);
      setNotice(result.ok ? { kind: "saved", message: "Annotation deleted." } : { kind: "error", message: result.message });
      router.refresh();
    },
    [documentId, router, setNotice],
  );

  const { save } = flow;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      } else if (e.altKey && e.code === "KeyR") {
        e.preventDefault();
        setSidePane("raw");
        setSideChoice((choice) => (sidePane !== "raw" ? true : !(choice ?? window.matchMedia(WIDE_QUERY).matches)));
      } else if (e.altKey && e.code === "KeyI" && hasPages) {
        e.preventDefault();
        setSidePane("image");
        setSideChoice((choice) => (sidePane !== "image" ? true : !(choice ?? true)));
      } else if (e.altKey && e.code === "KeyA") {
        e.preventDefault();
        startAnnotating();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key.toLowerCase() === "f" || e.key.toLowerCase() === "h")) {
        e.preventDefault();
        openFind(e.key.toLowerCase() === "h");
      } else if (e.key === "F8" && mode !== "read") {
        e.preventDefault();
        stepSuggestion(e.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save, startAnnotating, sidePane, stepSuggestion, mode, openFind, hasPages]);

  const orphanCount = annotations.filter((a) => a.status === "orphaned").length;
  const openSide = (pane: SidePane) => {
    if (showSide && sidePane === pane) setSideChoice(false);
    else {
      setSidePane(pane);
      setSideChoice(true);
    }
  };

  return (
    <div className="workspace">
      <WorkspaceToolbar
        mode={mode}
        canAnnotate={canAnnotate}
        message={flow.message}
        onMessage={flow.setMessage}
        onSave={() => void save()}
        saving={flow.saving}
        dirty={dirty}
        unsaved={unsaved}
        baseSeq={flow.baseSeq}
        onAnnotate={startAnnotating}
        onPageBreak={() => editor.current?.insertPageBreak()}
        side={showSide ? sidePane : null}
        onSide={openSide}
        liveCount={annotations.length - orphanCount}
        orphanCount={orphanCount}
        suggestionCount={mode === "read" || pendingText !== null ? null : suggestions.items.length}
        showChanges={showChanges}
        onShowChanges={setShowChanges}
        hasPages={hasPages}
      >
        {find && (
          <FindBar
            key={`${find.pane}-${find.replace}-${find.seed ?? ""}`}
            target={find}
            getText={findText}
            subscribe={subscribeText}
            canReplace={mode !== "read" && !showAccepted}
            onShow={showFound}
            onReplace={(edits) => editor.current?.replaceRanges(edits)}
            onClose={closeFind}
          />
        )}
      </WorkspaceToolbar>
      <WorkspaceNotices documentId={documentId} notice={flow.notice} myOpenProposals={props.myOpenProposals} save={save} saving={flow.saving} />
      {flow.pendingText !== null && (
        <div className="notice notice--info pending-bar" role="status">
          {showAccepted
            ? "The editor shows the accepted text (read only)."
            : "The editor shows your proposed text; your changes are marked until a reviewer decides. You can go on correcting."}
          <button type="button" className="button button--small" aria-pressed={showAccepted} onClick={() => setShowAccepted(!showAccepted)} disabled={dirty}>
            Show the accepted text
          </button>
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
      {popover && popoverSuggestion && (
        <SuggestionPopover
          suggestion={popoverSuggestion}
          at={popover.at}
          alike={suggestions.current().filter((x) => x.text === popoverSuggestion.text && x.candidates[0]?.text === popoverSuggestion.candidates[0]?.text).length}
          canIgnoreInCollection={mode !== "read"}
          takeFocus={popover.takeFocus}
          onAccept={(text) => {
            suggestions.accept(popoverSuggestion.id, text);
            closePopover();
          }}
          onAcceptAll={() => {
            const n = suggestions.acceptAllLike(popoverSuggestion.id);
            setNotice({ kind: "saved", message: `Replaced ${n} × “${popoverSuggestion.text}” with “${popoverSuggestion.candidates[0]?.text}”: save or propose as usual (Ctrl+Z undoes it).` });
            closePopover();
          }}
          onIgnore={() => {
            suggestions.ignore(popoverSuggestion.id);
            closePopover();
          }}
          onIgnoreInCollection={() => {
            void suggestions.ignoreInCollection(popoverSuggestion.id).then((error) => setNotice(error ? { kind: "error", message: error } : { kind: "saved", message: `“${popoverSuggestion.text}” is no longer flagged in this collection.` }));
            closePopover();
          }}
          ruleTitle={props.canTurnOffRules && popoverSuggestion.rule ? props.ruleTitles[popoverSuggestion.rule] : undefined}
          onTurnRuleOff={() => {
            const rule = popoverSuggestion.rule!;
            const title = props.ruleTitles[rule] ?? rule;
            closePopover();
            void suggestions.turnRuleOff(rule).then((error) =>
              setNotice(
                error
                  ? { kind: "error", message: error }
                  : {
                      kind: "saved",
                      message: `Suggestions no longer flag “${title}” in this collection.`,
                      undo: () => void suggestions.turnRuleOn(rule).then((again) => setNotice(again ? { kind: "error", message: again } : { kind: "saved", message: `“${title}” is flagged again.` })),
                    },
              ),
            );
          }}
          onClose={closePopover}
        />
      )}
      {reread && (
        <RereadDialog
          current={reread.current}
          reading={reread.reading}
          error={reread.error}
          onClose={() => setReread(null)}
          onReplace={(replacement, changes) => {
            // The words may have moved while Tesseract read: only a span that still says the same is replaced.
            const { span, current } = reread;
            const text = editor.current?.getText() ?? "";
            if (span && text.slice(span.start, span.end) === current) {
              editor.current?.replaceRanges([{ ...span, text: replacement }]);
              editor.current?.dom.focus();
              setNotice({ kind: "saved", message: `Took ${changes} change${changes === 1 ? "" : "s"} from the new reading: save or propose as usual (Ctrl+Z undoes it).` });
            } else setNotice({ kind: "error", message: "The text in that region changed meanwhile; read the region again." });
            setReread(null);
          }}
        />
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
        <section className="pane" aria-labelledby="pane-editor" hidden={showSide && !wide && sidePane !== "image"}>
          <h2 id="pane-editor" className="pane__title">Corrected text</h2>
          <TextEditor
            key={showAccepted ? "accepted" : "working"}
            readOnly={mode === "read" || showAccepted}
            initialText={pendingText ?? props.text}
            highlights={highlights}
            onDirtyChange={setDirty}
            onReady={onReady}
            onHighlightClick={(ids, at) => setDetails({ ids, at })}
            onSuggestionClick={(id) => {
              const s = suggestions.current().find((x) => x.id === id);
              if (s) openSuggestion(s, false);
            }}
            onTextChange={onTextChange}
            onCaretChange={imageOnScreen ? pageLink.onCaret : undefined}
            label="Corrected text"
          />
        </section>
        {imageOnScreen && (
          <section className="pane pane--image" aria-labelledby="pane-image">
            <h2 id="pane-image" className="pane__title pane__title--bar">
              Page image
              <button type="button" className="button button--small" onClick={() => setSideChoice(false)}>Hide</button>
            </h2>
            {pageLink.error && <p className="notice notice--error" role="alert">{pageLink.error}</p>}
            <PageViewer
              pages={props.pages}
              focus={pageLink.focus}
              onPick={pageLink.onPick}
              tinted={pageLink.tinted}
              onRegion={mode !== "read" && !showAccepted ? (page, region) => void readRegion(page, region) : undefined}
              shadeLowConfidence={shadeLow}
              onShadeLowConfidence={setShadeLow}
            />
          </section>
        )}
        {showSide && sidePane === "raw" && (
          <section className="pane pane--raw" aria-labelledby="pane-raw">
            <h2 id="pane-raw" className="pane__title">Raw OCR (never changes)</h2>
            <RawText text={rawText} label="Raw OCR" ref={rawPane} changed={changes.rawChanged} found={rawFound.all} current={rawFound.current} />
          </section>
        )}
        {showSide && sidePane === "suggestions" && (
          <section className="pane pane--suggestions" aria-labelledby="pane-suggestions">
            <h2 id="pane-suggestions" className="pane__title">Suggestions</h2>
            <SuggestionPanel
              windowed={suggestions.windowed}
              beyond={suggestions.beyond}
              items={suggestions.items}
              state={suggestions.state}
              counts={suggestions.counts}
              onRetry={suggestions.reload}
              onJump={(s) => {
                if (!wide) setSideChoice(false);
                const now = suggestions.current().find((x) => x.id === s.id);
                if (now) requestAnimationFrame(() => openSuggestion(now));
              }}
            />
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
              onJump={(a) => {
                // Where the panel replaces the editor (narrow screens), go back to the text first.
                if (!wide) setSideChoice(false);
                const { start, end } = shown(a);
                requestAnimationFrame(() => editor.current?.select(start, end));
              }}
              onReattach={reattach}
              onDelete={remove}
            />
          </section>
        )}
      </div>
    </div>
  );
}

/** Scrolls the raw pane so that an offset in it is in view, a third of the way down. */
function scrollRawTo(pane: HTMLElement, offset: number) {
  const point = rawPoint(pane, offset);
  if (!point) return;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  const rect = range.getBoundingClientRect();
  const box = pane.getBoundingClientRect();
  if (rect.top < box.top || rect.bottom > box.bottom) pane.scrollTop += rect.top - box.top - box.height / 3;
}
