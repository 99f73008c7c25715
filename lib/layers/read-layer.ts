import { err, type Result } from "../result";
import { readAlto } from "./read-alto";
import { readHocr } from "./read-hocr";
import { readPageXml } from "./read-page-xml";
import type { LayerProblem, PageLayer } from "./types";
import { layerSizeProblem } from "./layer-size";
import { parseXmlTree } from "./xml-tree";

export type LayerKind = "hocr" | "alto" | "page";

/** Which layer an XML text is, by its root element and namespace; null when it is none of them. */
export function layerKindOf(rootName: string, ns: string): LayerKind | null {
  if (rootName === "alto") return "alto";
  if (rootName === "PcGts" && /primaresearch\.org\/PAGE/.test(ns)) return "page";
  if (rootName === "html") return "hocr";
  return null;
}

/**
 * Reads an hOCR, ALTO or PAGE XML text into the word-box model. The kind is decided by the
 * content (root element and namespace), never by the file name.
 */
export function readLayer(source: string): Result<PageLayer, LayerProblem> {
  const tree = parseXmlTree(source);
  if (!tree.ok) return tree;
  const kind = layerKindOf(tree.value.name, tree.value.ns);
  const read = kind === "alto" ? readAlto(tree.value) : kind === "page" ? readPageXml(tree.value) : kind === "hocr" ? readHocr(tree.value) : null;
  if (!read) return err({ reason: "unknown_layer", message: `its root element <${tree.value.name}> is not hOCR, ALTO or PAGE XML` });
  const tooLarge = read.ok && layerSizeProblem(read.value);
  return tooLarge ? err(tooLarge) : read;
}

/** Quick content sniff: does this text look like XML (after a BOM and whitespace)? */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}
