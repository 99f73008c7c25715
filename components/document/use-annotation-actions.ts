"use client";
import { useRouter } from "next/navigation";
import { useCallback, useState, type RefObject } from "react";
import { editAnnotation, removeAnnotation } from "@/app/actions/annotations";
import type { AnnotationView } from "@/components/annotations/types";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import type { Notice } from "./use-save-flow";

const SAVE_FIRST = "Save your corrections first: annotations attach to the saved text.";
const ACCEPTED_FIRST = "Annotations attach to the accepted text: press “Show the accepted text” first.";

/**
 * Annotating the selection (Alt+A), an annotation's details, re-attaching an orphan to the
 * selection, and deleting. Annotations attach to the saved, accepted text: each says so when the
 * editor holds unsaved changes or a pending proposal.
 */
/** The span the annotate form is open on; a box drawn on a page image comes with its tag and box. */
export interface AnnotatingRange {
  start: number;
  end: number;
  quote: string;
  tag?: string;
  box?: { pageId: string; x: number; y: number; w: number; h: number };
}

export function useAnnotationActions({ editor, documentId, canAnnotate, dirty, pendingText, setNotice }: {
  editor: RefObject<TextEditorHandle | null>;
  documentId: string;
  canAnnotate: boolean;
  dirty: boolean;
  pendingText: string | null;
  setNotice: (notice: Notice) => void;
}) {
  const router = useRouter();
  const [annotating, setAnnotating] = useState<AnnotatingRange | null>(null);
  const [details, setDetails] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(null);

  const startAnnotating = useCallback(() => {
    if (!canAnnotate) return setNotice({ kind: "error", message: "Your role can read annotations but not add them." });
    if (dirty) return setNotice({ kind: "error", message: SAVE_FIRST });
    if (pendingText !== null) return setNotice({ kind: "error", message: ACCEPTED_FIRST });
    const range = editor.current?.getSelection();
    if (!range) return setNotice({ kind: "error", message: "Select the text to annotate first." });
    setAnnotating({ ...range, quote: editor.current!.getText().slice(range.start, range.end) });
  }, [canAnnotate, dirty, editor, pendingText, setNotice]);

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
    [dirty, documentId, editor, pendingText, router, setNotice],
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

  /** A box drawn on a page image, marked redacted: the annotate form opens on the words it covers, as a redaction. */
  const startRedacting = useCallback(
    (range: { start: number; end: number } | null, box: AnnotatingRange["box"]) => {
      if (!canAnnotate) return setNotice({ kind: "error", message: "Your role can read annotations but not add them." });
      if (dirty) return setNotice({ kind: "error", message: SAVE_FIRST });
      if (pendingText !== null) return setNotice({ kind: "error", message: ACCEPTED_FIRST });
      if (!range) return setNotice({ kind: "error", message: "No word of the text is inside that box: draw it around the words withheld." });
      setAnnotating({ ...range, quote: editor.current!.getText().slice(range.start, range.end), tag: "redaction", box });
    },
    [canAnnotate, dirty, editor, pendingText, setNotice],
  );

  return { annotating, setAnnotating, details, setDetails, startAnnotating, startRedacting, reattach, remove };
}
