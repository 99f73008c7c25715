"use client";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { UndoRedo } from "@tiptap/extensions";
import { Fragment, Slice } from "@tiptap/pm/model";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { docToText, lineToParagraph, textToDoc } from "@/lib/text/editor-doc";
import { PageBreak } from "./page-break";

export interface TextEditorHandle {
  getText(): string;
  /** Makes the current content the new clean state (after a save). */
  markSaved(): void;
  insertPageBreak(): void;
  /** The scrolling element, for keeping the raw OCR beside it in step. */
  dom: HTMLElement;
}

interface Props {
  initialText: string;
  onDirtyChange(dirty: boolean): void;
  onReady(handle: TextEditorHandle): void;
  label: string;
}

/**
 * The plain-text editor. Only paragraphs, text and page breaks exist, so what is saved is
 * exactly what is shown: no marks, no input rules, no HTML. Pasted text keeps every line,
 * blank lines and form feeds included, instead of ProseMirror's default paragraph merging.
 */
export function TextEditor({ initialText, onDirtyChange, onReady, label }: Props) {
  const savedDoc = useRef<Editor["state"]["doc"] | null>(null);
  const dirtyRef = useRef(false);
  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions: [Document, Paragraph, Text, PageBreak, UndoRedo],
    content: textToDoc(initialText),
    editorProps: {
      attributes: { class: "text-editor", spellcheck: "false", "aria-label": label, role: "textbox", "aria-multiline": "true" },
      clipboardTextParser(text, _context, _plain, view) {
        const schema = view.state.schema;
        const lines = text.replace(/\r\n?/g, "\n").split("\n");
        const nodes = lines.map((line) => schema.nodeFromJSON(lineToParagraph(line)));
        return new Slice(Fragment.from(nodes), 1, 1);
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
      dom: editor.view.dom as HTMLElement,
    });
  }, [editor, onReady, onDirtyChange]);

  if (!editor) return <div className="text-editor text-editor--loading" aria-busy="true">Loading the editor…</div>;
  return <EditorContent editor={editor} />;
}
