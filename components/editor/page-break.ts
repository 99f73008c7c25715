import { Node } from "@tiptap/core";
import { PAGE_BREAK_CHAR, PAGE_BREAK_NODE } from "@/lib/text/editor-doc";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pageBreak: { insertPageBreak: () => ReturnType };
  }
}

/** A "\f" in the text: an inline atom drawn as a visible page separator. */
export const PageBreak = Node.create({
  name: PAGE_BREAK_NODE,
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  parseHTML: () => [{ tag: "span[data-page-break]" }],
  renderHTML: () => ["span", { "data-page-break": "", class: "page-break", contenteditable: "false", "aria-label": "page break" }],
  renderText: () => PAGE_BREAK_CHAR,
  addCommands() {
    return {
      insertPageBreak:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: PAGE_BREAK_NODE }),
    };
  },
  addKeyboardShortcuts() {
    return { "Mod-Enter": () => this.editor.commands.insertPageBreak() };
  },
});
