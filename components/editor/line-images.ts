import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { lineIndex, textOffsetToPos } from "@/lib/text/editor-positions";

/** A picture of one line of the page, drawn above the text that line became ("line by line"). */
export interface LineImage {
  /** The text offset where the line's text starts. */
  offset: number;
  src: string;
  alt: string;
}

export const lineImagesKey = new PluginKey<DecorationSet>("lineImages");

function build(doc: PMNode, images: readonly LineImage[]): DecorationSet {
  const index = lineIndex(doc);
  return DecorationSet.create(
    doc,
    images.map((image) =>
      Decoration.widget(
        textOffsetToPos(index, image.offset),
        () => {
          const holder = document.createElement("span");
          holder.className = "line-image";
          holder.contentEditable = "false";
          const img = document.createElement("img");
          img.src = image.src;
          img.alt = image.alt;
          img.loading = "lazy";
          holder.append(img);
          return holder;
        },
        // Before the line's first character, never selected or typed into, kept while text is edited around it.
        { side: -1, key: `${image.offset}:${image.src}`, ignoreSelection: true },
      ),
    ),
  );
}

/**
 * The page image above each line of text: widgets, never part of the text, set with
 * `setMeta(lineImagesKey, images)` (an empty list removes them) and moved with the text as it is edited.
 */
export const LineImages = Extension.create({
  name: "lineImages",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: lineImagesKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const images = tr.getMeta(lineImagesKey) as LineImage[] | undefined;
            return images ? build(tr.doc, images) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => lineImagesKey.getState(state) },
      }),
    ];
  },
});
