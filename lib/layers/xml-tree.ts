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
 * What one layer file may hold. Real layers are shallow and modest: Tesseract's hOCR nests 7
 * deep, ALTO and PAGE 8–9; a dense newspaper page in ALTO has some 25,000 elements, and the
 * longest attribute of the corpus (a PAGE polygon, hOCR's x_confs) is a few hundred characters.
 * The limits are far above that and far below what stalls a parser: 5,000 nested lines took
 * minutes, a 10 MB attribute a minute (lib/layers tests pin each limit at its edge).
 */
export const XML_LIMITS = {
  /** Elements open at once. */
  maxDepth: 256,
  /** Elements in the whole file: memory grows with them (a 200,000-word hOCR kept 2 GB). */
  maxElements: 500_000,
  /** Characters in one attribute value. */
  maxAttributeLength: 65_536,
} as const;

/**
 * Parses XML into a small tree with no DTD processing and no entity expansion beyond XML's five
 * predefined entities and character references. A DOCTYPE that declares anything is refused, and
 * so is a file over XML_LIMITS (reason "xml_limit", naming the limit), as soon as the parser
 * reaches the element that goes over.
 */
export function parseXmlTree(source: string, limits: typeof XML_LIMITS = XML_LIMITS): Result<XmlElement, LayerProblem> {
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
  let elements = 0;
  const overLimit = (message: string) => {
    problem = { reason: "xml_limit", message };
    throw new Error(message);
  };
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (stack.length > limits.maxDepth) overLimit(`its elements nest more than ${limits.maxDepth.toLocaleString("en")} deep (the limit)`);
    if (++elements > limits.maxElements) overLimit(`it has more than ${limits.maxElements.toLocaleString("en")} elements (the limit)`);
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.value.length > limits.maxAttributeLength) overLimit(`its attribute ${a.local} on <${tag.local}> is longer than ${limits.maxAttributeLength.toLocaleString("en")} characters (the limit)`);
      attrs[a.local] = a.value;
    }
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

/**
 * Depth-first, document-order walk of the elements under `el` (not `el` itself), with a stack of
 * its own: a recursive generator passes each element up through every level (time grows with
 * depth × size) and overflows the call stack on deep files. The children of an element that
 * `enter` refuses are left out (the element itself is still given).
 */
export function* descendants(el: XmlElement, enter: (e: XmlElement) => boolean = () => true): Generator<XmlElement> {
  const stack: XmlElement[] = [...el.children].reverse();
  while (stack.length) {
    const next = stack.pop()!;
    yield next;
    if (!enter(next)) continue;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function firstDescendant(el: XmlElement, name: string): XmlElement | undefined {
  for (const d of descendants(el)) if (d.name === name) return d;
  return undefined;
}

/** All text under `el`, in document order (each element's own text before its children's, as the tree keeps it). */
export function deepText(el: XmlElement): string {
  let text = el.text;
  for (const d of descendants(el)) text += d.text;
  return text;
}
