import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { lineIndex, textOffsetToPos } from "@/lib/text/editor-positions";

/** A highlight to draw: text offsets on the document's text, never part of the text itself. */
export interface Highlight {
  id: string;
  start: number;
  end: number;
  color: string;
  title: string;
  /** An annotation (the default), or a change of the user's proposal still waiting for review. */
  kind?: "annotation" | "pending";
  /** The annotation's tag, for marks drawn apart (a redaction is hatched). */
  tag?: string;
}

export const annotationsKey = new PluginKey<DecorationSet>("annotations");

/** Builds the decorations for `highlights` on `doc`. Each is its own nested span, so overlaps stay visible. */
export function buildDecorations(doc: PMNode, highlights: readonly Highlight[]): DecorationSet {
  const index = lineIndex(doc);
  const decorations = highlights.map((h) =>
    Decoration.inline(
      textOffsetToPos(index, h.start),
      textOffsetToPos(index, h.end),
      h.kind === "pending"
        ? { nodeName: "span", class: "pending-change", title: h.title }
        : { nodeName: "span", class: "anno", style: `--anno: ${h.color}`, title: h.title, "data-annotation": h.id, ...(h.tag ? { "data-tag": h.tag } : {}) },
      h.kind === "pending" ? {} : { id: h.id },
    ),
  );
  return DecorationSet.create(doc, decorations);
}

/** Ids of the highlights covering a position (overlapping ones included). */
export function highlightsAt(set: DecorationSet | undefined, pos: number): string[] {
  return (set?.find(pos, pos, (spec) => Boolean(spec.id)) ?? [])
    .filter((d) => d.from <= pos && pos < d.to)
    .map((d) => (d.spec as { id: string }).id);
}

export const flashKey = new PluginKey<DecorationSet>("flash");

/**
 * Flashes a range (meta { from, to } in document positions; null clears it), so that the eye
 * finds the span a click in the panel or a link jumped to.
 */
export const FlashDecoration = Extension.create({
  name: "flashDecoration",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: flashKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const meta = tr.getMeta(flashKey) as { from: number; to: number } | null | undefined;
            if (meta === null) return DecorationSet.empty;
            if (meta) return DecorationSet.create(tr.doc, [Decoration.inline(meta.from, meta.to, { class: "flash" })]);
            return set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => flashKey.getState(state) },
      }),
    ];
  },
});

/**
 * Draws annotations as decorations. New highlights arrive as a transaction meta; between
 * saves the decorations are mapped through each edit so they follow the text being typed.
 */
export const AnnotationDecorations = Extension.create({
  name: "annotationDecorations",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: annotationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const next = tr.getMeta(annotationsKey) as Highlight[] | undefined;
            return next ? buildDecorations(tr.doc, next) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => annotationsKey.getState(state) },
      }),
    ];
  },
});
