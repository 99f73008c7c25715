import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { lineIndex, textOffsetToPos } from "@/lib/text/editor-positions";

/** A range of the text to draw with a class: never part of the text, only over it. */
export interface TextMark {
  start: number;
  end: number;
  className: string;
  title?: string;
  /** Identifies the mark for clicks (a suggestion's index, a match's number). */
  id?: string;
}

/** The kinds of marks the editor draws besides annotations, each set on its own. */
export type MarkLayer = "changes" | "suggestions" | "find" | "confidence";
const LAYERS: MarkLayer[] = ["changes", "suggestions", "find", "confidence"];

/** One plugin per layer: ProseMirror merges the plugins' sets itself, without rebuilding them per keystroke. */
export const markKeys: Record<MarkLayer, PluginKey<DecorationSet>> = {
  changes: new PluginKey<DecorationSet>("changesMarks"),
  suggestions: new PluginKey<DecorationSet>("suggestionMarks"),
  find: new PluginKey<DecorationSet>("findMarks"),
  confidence: new PluginKey<DecorationSet>("confidenceMarks"),
};

function layerPlugin(layer: MarkLayer) {
  const key = markKeys[layer];
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const marks = tr.getMeta(key) as readonly TextMark[] | undefined;
        if (!marks) return set.map(tr.mapping, tr.doc);
        const index = lineIndex(tr.doc);
        const max = tr.doc.content.size;
        const at = (offset: number) => Math.min(textOffsetToPos(index, offset), max);
        return DecorationSet.create(
          tr.doc,
          marks
            .filter((m) => m.end > m.start)
            .map((m) => Decoration.inline(at(m.start), at(m.end), { class: m.className, ...(m.title ? { title: m.title } : {}), ...(m.id ? { "data-mark": m.id } : {}) }, { id: m.id })),
        );
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}

/**
 * Draws layers of marks (changes from the raw OCR, suggestions, find matches) as decorations.
 * A layer is replaced by a transaction meta under its key; between updates each layer is
 * mapped through the edits, so marks follow the text being typed until the next update.
 */
export const TextMarks = Extension.create({
  name: "textMarks",
  addProseMirrorPlugins: () => LAYERS.map(layerPlugin),
});

/** Ids of a layer's marks at a document position. */
export function marksAt(set: DecorationSet | undefined, pos: number): string[] {
  return (set?.find(pos, pos) ?? []).filter((d) => d.from <= pos && pos < d.to).map((d) => (d.spec as { id?: string }).id ?? "").filter(Boolean);
}
