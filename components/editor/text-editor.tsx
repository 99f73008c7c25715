"use client";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { UndoRedo } from "@tiptap/extensions";
import { Fragment, Slice } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { docToText, linesToParagraph, textToDoc } from "@/lib/text/editor-doc";
import { lineIndex, posToTextOffset, textOffsetToPos } from "@/lib/text/editor-positions";
import { LineImages, lineImagesKey, type LineImage } from "./line-images";
import { AnnotationDecorations, annotationsKey, FlashDecoration, flashKey, highlightsAt, type Highlight } from "./annotation-decorations";
import { LineBreak } from "./line-break";
import { PageBreak } from "./page-break";
import { markKeys, marksAt, TextMarks, type MarkLayer, type TextMark } from "./text-marks";

export interface TextEditorHandle {
  getText(): string;
  /** Makes the current content the new clean state (after a save). */
  markSaved(): void;
  insertPageBreak(): void;
  /** The selected range as text offsets, or null when nothing is selected. */
  getSelection(): { start: number; end: number } | null;
  /** The text offset of the cursor (the end of the selection). */
  caret(): number;
  /** Selects text offsets [start, end), scrolls them into view and flashes them (unless `quiet`, which also leaves the focus where it is). */
  select(start: number, end: number, options?: { quiet?: boolean }): void;
  /** Draws the page image of each line above its text ("line by line"); an empty list removes them. */
  setLineImages(images: readonly LineImage[]): void;
  /** Replaces one layer of marks (changes, suggestions, find matches). */
  setMarks(layer: MarkLayer, marks: readonly TextMark[]): void;
  /** A layer's marks where the edits since they were set have moved them, as text offsets. */
  getMarks(layer: MarkLayer): { id: string; start: number; end: number }[];
  /** Replaces ranges of the text (offsets on the current text) in one undo step: an ordinary unsaved edit. */
  replaceRanges(ranges: readonly { start: number; end: number; text: string }[]): void;
  /** The text offset at the top of the visible text, and how far below the editor's top edge it is drawn. */
  topOffset(): { offset: number; y: number } | null;
  /** Where a text offset is drawn on the screen. */
  coordsAt(offset: number): { left: number; top: number; bottom: number } | null;
  /** The text offset drawn at a screen point, or null outside the text. */
  offsetAtCoords(x: number, y: number): number | null;
  /**
   * Replaces the whole text (with what was stored after a merge) as the new clean state,
   * keeping the scroll position; not an undo step, since it is the saved text.
   */
  replaceText(text: string): void;
  /** The scrolling element, for keeping the raw OCR beside it in step. */
  dom: HTMLElement;
}

interface Props {
  initialText: string;
  highlights: readonly Highlight[];
  onDirtyChange(dirty: boolean): void;
  onReady(handle: TextEditorHandle): void;
  /** A click on highlighted text: the ids under the pointer, innermost last, and where. */
  onHighlightClick(ids: string[], at: { x: number; y: number }): void;
  /** A click on a suggestion's underline: its id. */
  onSuggestionClick?(id: string): void;
  /** Any change to the text (for marks that are worked out again after typing). */
  onTextChange?(): void;
  /** The caret moved (by typing, clicking or keys): its text offset. */
  onCaretChange?(offset: number): void;
  label: string;
  /** Viewers read and select but cannot type. */
  readOnly?: boolean;
}

/**
 * The plain-text editor. Only paragraphs, text and page breaks exist, so what is saved is
 * exactly what is shown: no marks, no input rules, no HTML. Pasted text keeps every line,
 * blank lines and form feeds included, instead of ProseMirror's default paragraph merging.
 * Annotations are decorations: they are drawn over the text and never enter it.
 */
export function TextEditor({ initialText, highlights, onDirtyChange, onReady, onHighlightClick, onSuggestionClick, onTextChange, onCaretChange, label, readOnly = false }: Props) {
  const savedDoc = useRef<Editor["state"]["doc"] | null>(null);
  const dirtyRef = useRef(false);
  const clickRef = useRef(onHighlightClick);
  clickRef.current = onHighlightClick;
  const suggestionClickRef = useRef(onSuggestionClick);
  suggestionClickRef.current = onSuggestionClick;
  const changeRef = useRef(onTextChange);
  changeRef.current = onTextChange;
  const caretRef = useRef(onCaretChange);
  caretRef.current = onCaretChange;
  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions: [Document, Paragraph, Text, LineBreak, PageBreak, UndoRedo, AnnotationDecorations, FlashDecoration, TextMarks, LineImages],
    content: textToDoc(initialText),
    editable: !readOnly,
    editorProps: {
      attributes: {
        class: "text-editor", spellcheck: "false", "aria-label": label, role: "textbox", "aria-multiline": "true",
        // Read only, the text is still reached and scrolled from the keyboard (it is no longer
        // editable, so ProseMirror leaves it out of the tab order unless told).
        ...(readOnly ? { "aria-readonly": "true", tabindex: "0" } : {}),
      },
      clipboardTextParser(text, _context, _plain, view) {
        const schema = view.state.schema;
        const lines = text.replace(/\r\n?/g, "\n").split("\n");
        return new Slice(Fragment.from(schema.nodeFromJSON(linesToParagraph(lines))), 1, 1);
      },
      handleClick(view, pos, event) {
        // An annotation's details first; where there is none, a suggestion's choices.
        const ids = highlightsAt(annotationsKey.getState(view.state), pos);
        if (ids.length) clickRef.current(ids, { x: event.clientX, y: event.clientY });
        else {
          const suggestion = marksAt(markKeys.suggestions.getState(view.state), pos)[0];
          if (suggestion) suggestionClickRef.current?.(suggestion);
        }
        return false;
      },
    },
    onCreate({ editor }) {
      savedDoc.current = editor.state.doc;
    },
    onSelectionUpdate({ editor }) {
      if (caretRef.current) caretRef.current(posToTextOffset(lineIndex(editor.state.doc), editor.state.selection.head));
    },
    onUpdate({ editor }) {
      changeRef.current?.();
      const dirty = !savedDoc.current || !editor.state.doc.eq(savedDoc.current);
      if (dirty !== dirtyRef.current) {
        dirtyRef.current = dirty;
        onDirtyChange(dirty);
      }
    },
  });

  useEffect(() => {
    if (!editor) return;
    onReady({
      getText: () => docToText(editor.state.doc),
      setLineImages: (images) => editor.view.dispatch(editor.state.tr.setMeta(lineImagesKey, [...images]).setMeta("addToHistory", false)),
      markSaved: () => {
        savedDoc.current = editor.state.doc;
        dirtyRef.current = false;
        onDirtyChange(false);
      },
      insertPageBreak: () => editor.chain().focus().insertPageBreak().run(),
      getSelection: () => {
        const { from, to } = editor.state.selection;
        if (from === to) return null;
        const index = lineIndex(editor.state.doc);
        return { start: posToTextOffset(index, from), end: posToTextOffset(index, to) };
      },
      caret: () => posToTextOffset(lineIndex(editor.state.doc), editor.state.selection.to),
      select: (start, end, options = {}) => {
        const { state, view } = editor;
        const index = lineIndex(state.doc);
        const [from, to] = [textOffsetToPos(index, start), textOffsetToPos(index, end)];
        const selection = TextSelection.create(state.doc, from, to);
        const tr = state.tr.setSelection(selection).setMeta("addToHistory", false);
        view.dispatch(options.quiet ? tr : tr.setMeta(flashKey, { from, to }));
        if (!options.quiet) view.focus();
        keepInView(editor, from);
        if (!options.quiet) setTimeout(() => !editor.isDestroyed && editor.view.dispatch(editor.state.tr.setMeta(flashKey, null).setMeta("addToHistory", false)), 1600);
      },
      setMarks: (layer, marks) => editor.view.dispatch(editor.state.tr.setMeta(markKeys[layer], marks).setMeta("addToHistory", false)),
      getMarks: (layer) => {
        const index = lineIndex(editor.state.doc);
        return (markKeys[layer].getState(editor.state)?.find() ?? []).map((d) => ({
          id: (d.spec as { id?: string }).id ?? "",
          start: posToTextOffset(index, d.from),
          end: posToTextOffset(index, d.to),
        }));
      },
      replaceRanges: (ranges) => {
        const { state, view } = editor;
        const index = lineIndex(state.doc);
        const tr = state.tr;
        // From the end backwards, so that earlier positions stay valid; one transaction, one undo step.
        let caret = -1;
        let stepsBefore = 0;
        for (const r of [...ranges].sort((a, b) => b.start - a.start)) {
          const [from, to] = [textOffsetToPos(index, r.start), textOffsetToPos(index, r.end)];
          if (r.text) tr.insertText(r.text, from, to);
          else tr.delete(from, to);
          if (caret < 0) [caret, stepsBefore] = [from + r.text.length, tr.steps.length];
        }
        // The caret after the last replacement (mapped through the ones before it), so that a key
        // pressed next cannot overwrite a selection.
        if (caret >= 0) tr.setSelection(TextSelection.create(tr.doc, Math.min(tr.mapping.slice(stepsBefore).map(caret), tr.doc.content.size)));
        view.dispatch(tr);
      },
      topOffset: () => {
        const { view } = editor;
        const box = view.dom.getBoundingClientRect();
        const hit = view.posAtCoords({ left: box.left + 8, top: Math.max(box.top, 0) + 4 });
        if (!hit) return null;
        const coords = view.coordsAtPos(hit.pos);
        return { offset: posToTextOffset(lineIndex(view.state.doc), hit.pos), y: coords.top - box.top };
      },
      coordsAt: (offset) => {
        const { view } = editor;
        const pos = textOffsetToPos(lineIndex(view.state.doc), offset);
        const c = view.coordsAtPos(Math.min(pos, view.state.doc.content.size));
        return { left: c.left, top: c.top, bottom: c.bottom };
      },
      offsetAtCoords: (x, y) => {
        const hit = editor.view.posAtCoords({ left: x, top: y });
        return hit ? posToTextOffset(lineIndex(editor.view.state.doc), hit.pos) : null;
      },
      replaceText: (text) => {
        // The editor scrolls itself beside the raw OCR, and the window on narrow screens.
        const scroller = editor.view.dom;
        const [top, windowTop] = [scroller.scrollTop, window.scrollY];
        editor.chain().setMeta("addToHistory", false).setContent(textToDoc(text), { emitUpdate: false }).run();
        scroller.scrollTop = top;
        window.scrollTo({ top: windowTop });
        savedDoc.current = editor.state.doc;
        dirtyRef.current = false;
        onDirtyChange(false);
      },
      dom: editor.view.dom as HTMLElement,
    });
  }, [editor, onReady, onDirtyChange]);

  useEffect(() => {
    if (editor) editor.view.dispatch(editor.state.tr.setMeta(annotationsKey, highlights).setMeta("addToHistory", false));
  }, [editor, highlights]);

  if (!editor) return <div className="text-editor text-editor--loading" aria-busy="true">Loading the editor…</div>;
  return <EditorContent editor={editor} />;
}

/** How long after a jump the layout may still settle (the page image arriving, the panes sizing). */
const SETTLE_MS = 1500;

/**
 * Brings a jump's target to the middle of the editor (its own scroll box on wide screens, the
 * window on phones), now and again while the layout settles, unless the person moves the
 * selection meanwhile. ProseMirror's own scrollIntoView scrolled the window too (85 px: the
 * title left the screen), and a jump made as the editor arrived was lost when its box took its
 * final height a moment later.
 */
function keepInView(editor: Editor, pos: number) {
  const centre = () => {
    if (editor.isDestroyed || editor.state.selection.from !== pos) return false;
    const { view } = editor;
    const at = view.coordsAtPos(pos);
    const box = view.dom;
    if (box.scrollHeight > box.clientHeight + 1) {
      const rect = box.getBoundingClientRect();
      box.scrollTop += at.top - (rect.top + rect.height / 2);
    } else if (at.top < 0 || at.bottom > window.innerHeight) window.scrollBy({ top: at.top - window.innerHeight / 2 });
    return true;
  };
  centre();
  requestAnimationFrame(() => centre());
  const observer = new ResizeObserver(() => void (centre() || observer.disconnect()));
  observer.observe(editor.view.dom);
  setTimeout(() => observer.disconnect(), SETTLE_MS);
}
