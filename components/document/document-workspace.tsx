"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Box } from "@/lib/layers/types";
import { AnnotateForm } from "@/components/annotations/annotate-form";
import { AnnotationDetails } from "@/components/annotations/annotation-details";
import { AnnotationPanel } from "@/components/annotations/annotation-panel";
import { describeAnnotation, type AnnotationView, type EntityOption, type TagDefinition } from "@/components/annotations/types";
import type { Highlight } from "@/components/editor/annotation-decorations";
import { TextEditor, type TextEditorHandle } from "@/components/editor/text-editor";
import { pendingChanges } from "@/lib/review/pending-changes";
import { SuggestionPanel } from "@/components/suggestions/suggestion-panel";
import { SuggestionPopover } from "@/components/suggestions/suggestion-popover";
import { useSuggestions } from "@/components/suggestions/use-suggestions";
import { FindBar } from "@/components/editor/find-bar";
import { RawText, rawPoint } from "./raw-text";
import { useTextChanges } from "./use-text-changes";
import { useLeaveWarning } from "./use-leave-warning";
import { useSaveFlow } from "./use-save-flow";
import { useScrollFollow } from "./use-scroll-follow";
import { useSidePane } from "./use-side-pane";
import { WorkspaceNotices } from "./workspace-notices";
import { WorkspaceToolbar } from "./workspace-toolbar";
import { useUnsavedSummary } from "./use-unsaved-summary";
import { useSuggestionPopover } from "./use-suggestion-popover";
import { useWorkspaceFind } from "./use-workspace-find";
import { useAnnotationActions } from "./use-annotation-actions";
import { PageViewer } from "@/components/pages/page-viewer";
import type { PageView } from "@/components/pages/use-page-boxes";
import { usePageLink } from "@/components/pages/use-page-link";
import { useRegionReread } from "@/components/pages/use-region-reread";
import { RereadDialog } from "@/components/pages/reread-dialog";
import { PageStrip } from "@/components/pages/page-strip";
import { useLineByLine } from "@/components/pages/use-line-by-line";
import { LiveNotices } from "@/components/team/live-notices";
import { useLiveDocument } from "@/components/team/use-live-document";
import { useMergeNow } from "./use-merge-now";

interface Props {
  documentId: string;
  /** The signed-in person: others' presence and revisions are news to them, their own are not. */
  userId: string;
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
  /** The collection's exemption codes, offered when a redaction is made. */
  exemptionCodes: readonly string[];
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
  /** Reviewers and admins mark pages checked. */
  canCheckPages: boolean;
}

/** The correction screen: editor, raw OCR and annotations beside it, save with a message. */
export function DocumentWorkspace(props: Props) {
  const { documentId, rawText, mode, canAnnotate, annotations, tags, entities, exemptionCodes } = props;
  const router = useRouter();
  const editor = useRef<TextEditorHandle | null>(null);
  const redactionBoxes = useMemo(
    () => annotations.flatMap((a) => (a.box ? [{ pageId: a.box.pageId, box: [a.box.x, a.box.y, a.box.w, a.box.h] as Box, title: describeAnnotation(a, tags) }] : [])),
    [annotations, tags],
  );
  const [dirty, setDirty] = useState(false);
  const hasPages = props.pages.length > 0;
  const side = useSidePane({ hasPages });
  const { pane: sidePane, setPane: setSidePane, shown: showSide, wide } = side;
  const [editorDom, setEditorDom] = useState<HTMLElement | null>(null);
  const rawPane = useRef<HTMLDivElement | null>(null);
  const flow = useSaveFlow({ ...props, editor, onOrphans: useCallback(() => setSidePane("annotations"), []) });
  const { setNotice } = flow;
  const live = useLiveDocument({ documentId, me: props.userId, baseSeq: flow.baseSeq, editing: mode !== "read" });
  const merge = useMergeNow({ documentId, editor, flow, mode, onMerged: live.dismiss });
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
  const choices = useSuggestionPopover({ editor, current: suggestions.current, setNotice });
  const { popover, suggestion: popoverSuggestion, open: openSuggestion, step: stepSuggestion, close: closePopover } = choices;

  const { find, setFind, rawFound, setRawFound, findText, showFound, closeFind, openFind } = useWorkspaceFind({ editor, rawPane, rawText, mode, baseSeq: flow.baseSeq, scrollRawTo });
  // Find and replace: listeners hear of every edit without re-rendering the workspace per keystroke.
  const textListeners = useRef(new Set<() => void>());
  const subscribeText = useCallback((fn: () => void) => {
    textListeners.current.add(fn);
    return () => void textListeners.current.delete(fn);
  }, []);
  const onTextChange = useCallback(() => {
    choices.onTextChange();
    changes.onTextChange();
    suggestions.onTextChange();
    for (const fn of textListeners.current) fn();
  }, [changes, suggestions, choices]);
  const unsaved = useUnsavedSummary({ editor, subscribe: subscribeText, dirty, ready });
  const [shadeLow, setShadeLow] = useState(false);
  const imageOnScreen = hasPages && showSide && sidePane === "image";
  const pageLink = usePageLink({
    documentId, pages: props.pages, editor, toRaw: changes.toRaw, fromRaw: changes.fromRaw,
    active: imageOnScreen, shadeLowConfidence: shadeLow, subscribeText,
  });
  const [lineByLine, setLineByLine] = useState(false);
  const lines = useLineByLine({ documentId, pages: props.pages, editor, fromRaw: changes.fromRaw, on: lineByLine, ready });
  const { reread, setReread, readRegion } = useRegionReread({ editor, documentId, pages: props.pages, spanInRegion: pageLink.spanInRegion });
  // A link to a span of the raw OCR opens the raw pane with the span marked and in view.
  const focusRaw = props.focusRawRange;
  const rawScrollPending = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRaw || focusRaw.end > rawText.length) return;
    side.open("raw");
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
  // Annotations sit on the accepted text; over a pending proposal they are mapped into its text.
  const highlights = useMemo<Highlight[]>(() => {
    const map = (offset: number, side: "start" | "end") => (pending ? pending.mapFromAccepted(offset, side) : offset);
    const drawn: Highlight[] = annotations
      .filter((a) => a.status !== "orphaned")
      .map((a) => ({ id: a.id, start: map(a.start, "start"), end: map(a.end, "end"), color: tags.find((t) => t.key === a.tag)?.color ?? "#888", title: describeAnnotation(a, tags), tag: a.tag }))
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

  const { annotating, setAnnotating, details, setDetails, startAnnotating, startRedacting, reattach, remove } = useAnnotationActions({
    editor, documentId, canAnnotate, dirty, pendingText, setNotice,
  });

  const { save } = flow;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      } else if (e.altKey && e.code === "KeyR") {
        e.preventDefault();
        side.toggleFromKey("raw");
      } else if (e.altKey && e.code === "KeyI" && hasPages) {
        e.preventDefault();
        side.toggleFromKey("image");
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
  }, [save, startAnnotating, side, stepSuggestion, mode, openFind, hasPages]);

  const orphanCount = annotations.filter((a) => a.status === "orphaned").length;

  return (
    <div className={hasPages ? "workspace workspace--paged" : "workspace"}>
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
        onSide={side.toggle}
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
      {hasPages && (
        <PageStrip
          documentId={documentId}
          pages={props.pages}
          canSet={mode !== "read"}
          canCheck={props.canCheckPages}
          lineByLine={{ on: lineByLine, set: setLineByLine, loading: lines.loading, error: lines.error }}
          onOpen={(index) => {
            // The page's text starts after its index-th page break.
            const text = editor.current?.getText() ?? "";
            let at = 0;
            for (let k = 0; k < index && at >= 0; k++) at = text.indexOf("\f", at) + 1;
            if (at < 0) return;
            side.open("image");
            editor.current?.select(at, at);
          }}
        />
      )}
      <LiveNotices others={live.others} news={live.news} onMerge={mode === "read" ? null : merge.run} merging={merge.merging} onDismiss={live.dismiss} />
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
            exemptionCodes={exemptionCodes}
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
          documentId={documentId}
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
              <button type="button" className="button button--small" onClick={side.hide}>Hide</button>
            </h2>
            {pageLink.error && <p className="notice notice--error" role="alert">{pageLink.error}</p>}
            <PageViewer
              pages={props.pages}
              focus={pageLink.focus}
              onPick={pageLink.onPick}
              tinted={pageLink.tinted}
              redactionBoxes={redactionBoxes}
              onRegion={mode !== "read" && !showAccepted ? (page, region) => void readRegion(page, region) : undefined}
              onRedactRegion={canAnnotate && !showAccepted ? (page, [x, y, w, h]) => startRedacting(pageLink.spanInRegion(page, [x, y, w, h]), { pageId: props.pages[page].id, x, y, w, h }) : undefined}
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
                if (!wide) side.hide();
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
                if (!wide) side.hide();
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
