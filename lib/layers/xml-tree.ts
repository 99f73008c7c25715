import { SaxesParser, type SaxesTagNS } from "saxes";
import { err, ok, type Result } from "../result";
import type { LayerProblem } from "./types";

/** A parsed element: local name, namespace, attributes by local name, children and direct text. */
export interface XmlElement {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * The only DOCTYPEs accepted: XHTML's public identifiers, which Tesseract writes at the top of
 * hOCR. They are never fetched or read (saxes does not process DTDs at all); any other DOCTYPE,
 * and any internal subset, is refused so that no entity can ever be declared or resolved.
 */
const ALLOWED_DOCTYPE = /^\s*html(\s+PUBLIC\s+"-\/\/W3C\/\/DTD XHTML 1\.[01][^"]*"\s+"http:\/\/www\.w3\.org\/TR\/xhtml1[^"]*\.dtd")?\s*$/;

/**
 * Parses XML into a small tree with no DTD processing and no entity expansion beyond XML's five
 * predefined entities and character references. A DOCTYPE that declares anything is refused.
 */
export function parseXmlTree(source: string): Result<XmlElement, LayerProblem> {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "#root", ns: "", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let problem: LayerProblem | null = null;
  parser.on("doctype", (doctype) => {
    if (!ALLOWED_DOCTYPE.test(doctype)) {
      problem ??= {
        reason: "xml_doctype",
        message: /<!ENTITY/i.test(doctype)
          ? "it declares entities in a DOCTYPE, which are never expanded"
          : "it has a DOCTYPE other than XHTML's; DTDs are never read",
      };
    }
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const el: XmlElement = { name: tag.local, ns: tag.uri, attrs, children: [], text: "" };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => void (stack[stack.length - 1]!.text += t));
  parser.on("cdata", (t) => void (stack[stack.length - 1]!.text += t));
  try {
    parser.write(source).close();
  } catch (e) {
    return err(problem ?? { reason: "xml_malformed", message: `it is not well-formed XML (${shortSaxesMessage(e)})` });
  }
  if (problem) return err(problem);
  const top = root.children[0];
  return top ? ok(top) : err({ reason: "xml_malformed", message: "it holds no XML element" });
}

function shortSaxesMessage(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split("\n")[0]!.slice(0, 200);
}

/** Depth-first, document-order walk of the elements under `el` (not `el` itself). */
export function* descendants(el: XmlElement): Generator<XmlElement> {
  for (const child of el.children) {
    yield child;
    yield* descendants(child);
  }
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function firstDescendant(el: XmlElement, name: string): XmlElement | undefined {
  for (const d of descendants(el)) if (d.name === name) return d;
  return undefined;
}

/** All text under `el`, in document order. */
export function deepText(el: XmlElement): string {
  return el.text + el.children.map(deepText).join("");
}
