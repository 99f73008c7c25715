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
import { AnnotationDecorations, annotationsKey, FlashDecoration, flashKey, highlightsAt, type Highlight } from "./annotation-decorations";
import { LineBreak } from "./line-break";
import { PageBreak } from "./page-break";

export interface TextEditorHandle {
  getText(): string;
  /** Makes the current content the new clean state (after a save). */
  markSaved(): void;
  insertPageBreak(): void;
  /** The selected range as text offsets, or null when nothing is selected. */
  getSelection(): { start: number; end: number } | null;
  /** Selects text offsets [start, end), scrolls them into view and flashes them. */
  select(start: number, end: number): void;
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
export function TextEditor({ initialText, highlights, onDirtyChange, onReady, onHighlightClick, label, readOnly = false }: Props) {
  const savedDoc = useRef<Editor["state"]["doc"] | null>(null);
  const dirtyRef = useRef(false);
  const clickRef = useRef(onHighlightClick);
  clickRef.current = onHighlightClick;
  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions: [Document, Paragraph, Text, LineBreak, PageBreak, UndoRedo, AnnotationDecorations, FlashDecoration],
    content: textToDoc(initialText),
    editable: !readOnly,
    editorProps: {
      attributes: {
        class: "text-editor", spellcheck: "false", "aria-label": label, role: "textbox", "aria-multiline": "true",
        ...(readOnly ? { "aria-readonly": "true" } : {}),
      },
      clipboardTextParser(text, _context, _plain, view) {
        const schema = view.state.schema;
        const lines = text.replace(/\r\n?/g, "\n").split("\n");
        return new Slice(Fragment.from(schema.nodeFromJSON(linesToParagraph(lines))), 1, 1);
      },
      handleClick(view, pos, event) {
        const ids = highlightsAt(annotationsKey.getState(view.state), pos);
        if (ids.length) clickRef.current(ids, { x: event.clientX, y: event.clientY });
        return false;
      },
    },
    onCreate({ editor }) {
      savedDoc.current = editor.state.doc;
    },
    onUpdate({ editor }) {
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
      select: (start, end) => {
        const { state, view } = editor;
        const index = lineIndex(state.doc);
        const [from, to] = [textOffsetToPos(index, start), textOffsetToPos(index, end)];
        const selection = TextSelection.create(state.doc, from, to);
        view.dispatch(state.tr.setSelection(selection).setMeta(flashKey, { from, to }).setMeta("addToHistory", false).scrollIntoView());
        view.focus();
        // ProseMirror scrolls its own box; on phones the window scrolls, so bring the span to its middle too.
        view.domAtPos(from).node.parentElement?.scrollIntoView({ block: "center" });
        setTimeout(() => !editor.isDestroyed && editor.view.dispatch(editor.state.tr.setMeta(flashKey, null).setMeta("addToHistory", false)), 1600);
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
