import { Node } from "@tiptap/core";
import { LINE_BREAK_NODE } from "@/lib/text/editor-doc";

/** A "\n" inside a paragraph of lines (see lib/text/editor-doc.ts). Shift+Enter inserts one. */
export const LineBreak = Node.create({
  name: LINE_BREAK_NODE,
  group: "inline",
  inline: true,
  selectable: false,
  parseHTML: () => [{ tag: "br" }],
  renderHTML: () => ["br"],
  renderText: () => "\n",
  addKeyboardShortcuts() {
    return { "Shift-Enter": () => this.editor.commands.insertContent({ type: LINE_BREAK_NODE }) };
  },
});
