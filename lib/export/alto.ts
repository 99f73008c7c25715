import { unionBox } from "../layers/geometry";
import type { Box } from "../layers/types";
import type { WordAt } from "../layers/words-at";
import { escapeXml } from "./escape";
import { pageTexts } from "./page-words";
import type { ExportDocument } from "./types";
import { redactionTags } from "./redaction-tags";

// ALTO 4 of the text with its boxes: one Page per page image, one TextBlock per block of the
// layer, lines in the layer's reading order. Unchanged words keep their box, id, WC and
// hyphenation; a corrected word takes the boxes of the raw words it replaced; an inserted word
// its line's box.

const pos = ([x, y, w, h]: Box) => `HPOS="${x}" VPOS="${y}" WIDTH="${w}" HEIGHT="${h}"`;

export function toAlto(doc: ExportDocument): string {
  // IDs are unique in the whole file (xsd:ID), not per page: every page of a Tesseract layer
  // calls its first line "line_1_1", so a page's own id that an earlier page took gets one made
  // from the page number instead.
  const ids = new Set<string>();
  const uniqueId = (wanted: string | undefined, fallback: string) => {
    let id = wanted && /^[A-Za-z_][\w.-]*$/.test(wanted) && !ids.has(wanted) ? wanted : fallback;
    while (ids.has(id)) id += "_";
    ids.add(id);
    return id;
  };
  // Redactions are OtherTags that the strings they cover refer to.
  const redactions = redactionTags(doc);
  const pages = pageTexts(doc).map(({ page, lines }) => {
    const blocks: { id: string; lines: typeof lines }[] = [];
    for (const l of lines) {
      const id = l.line.block ?? "block";
      if (blocks.at(-1)?.id !== id) blocks.push({ id, lines: [] });
      blocks.at(-1)!.lines.push(l);
    }
    const p = page.index + 1;
    const blockXml = blocks.map((b, bi) => {
      const box = unionBox(b.lines.map((l) => l.line.box))!;
      const lineXml = b.lines.map(({ line, words, index }) => {
        const strings = words.map((w, wi) => stringXml(w, uniqueId(w.id, `p${p}_w${index}_${wi}`), wi === words.length - 1, redactions.covering(w).map((t) => t.id))).join("<SP/>");
        return `<TextLine ID="${uniqueId(line.id, `p${p}_l${index}`)}" ${pos(line.box)}>${strings}</TextLine>`;
      });
      return `<TextBlock ID="${uniqueId(b.id === "block" ? undefined : b.id, `p${p}_b${bi}`)}" ${pos(box)}>\n${lineXml.join("\n")}\n</TextBlock>`;
    });
    return `<Page ID="${uniqueId(undefined, `page_${p}`)}" PHYSICAL_IMG_NR="${p}" WIDTH="${page.width}" HEIGHT="${page.height}">
<PrintSpace HPOS="0" VPOS="0" WIDTH="${page.width}" HEIGHT="${page.height}">
${blockXml.join("\n")}
</PrintSpace>
</Page>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd">
<Description>
<MeasurementUnit>pixel</MeasurementUnit>
${sourceImages(doc)}
<Processing ID="workbench"><processingDateTime>${doc.exportedAt}</processingDateTime><processingStepDescription>${escapeXml(`Accepted text of revision ${doc.headSeq}, corrected in the OCR Workbench`)}</processingStepDescription><processingSoftware><softwareName>OCR Workbench</softwareName></processingSoftware></Processing>
</Description>
${redactions.tags.length ? `<Tags>\n${redactions.tags.map((t) => `<OtherTag ID="${t.id}" TYPE="redaction" LABEL="redaction" DESCRIPTION="${escapeXml(t.description)}"/>`).join("\n")}\n</Tags>\n` : ""}<Layout>
${pages.join("\n")}
</Layout>
</alto>
`;
}

/**
 * The page images: one page's as its fileName; several as one fileIdentifier each, in page
 * order, located by their Page's physical number (ALTO allows a single fileName per file).
 */
function sourceImages(doc: ExportDocument): string {
  const named = doc.pages.filter((p) => p.imageName);
  if (doc.pages.length <= 1) return `<sourceImageInformation><fileName>${escapeXml(named[0]?.imageName ?? "")}</fileName></sourceImageInformation>`;
  const ids = named.map((p) => `<fileIdentifier fileIdentifierLocation="PHYSICAL_IMG_NR ${p.index + 1}">${escapeXml(p.imageName!)}</fileIdentifier>`);
  return `<sourceImageInformation>${ids.join("")}</sourceImageInformation>`;
}

function stringXml(w: WordAt, id: string, lastOnLine: boolean, tagRefs: string[]): string {
  // CC is one digit per character, 0 sure to 9 unsure; written only when it fits the word's text.
  const cc = w.charConfidences && w.charConfidences.length === w.text.length - (w.hyphenation?.mark && lastOnLine ? w.hyphenation.mark.length : 0)
    ? ` CC="${w.charConfidences.map((c) => Math.min(9, Math.max(0, Math.round((1 - c) * 9)))).join(" ")}"`
    : "";
  const wc = (w.confidence ? ` WC="${round(w.confidence.scale === "unit" ? w.confidence.original : w.confidence.value)}"` : "") + cc + (tagRefs.length ? ` TAGREFS="${tagRefs.join(" ")}"` : "");
  const hyph = w.hyphenation;
  // A hyphen mark the layer kept apart (ALTO HYP) goes back apart; the text carries it on the word.
  if (hyph?.mark && lastOnLine && w.text.endsWith(hyph.mark) && w.text.length > hyph.mark.length) {
    const subs = hyph.full ? ` SUBS_TYPE="HypPart1" SUBS_CONTENT="${escapeXml(hyph.full)}"` : "";
    return `<String ID="${id}" ${pos(w.box)} CONTENT="${escapeXml(w.text.slice(0, -hyph.mark.length))}"${wc}${subs}/><HYP CONTENT="${escapeXml(hyph.mark)}"/>`;
  }
  const subs = hyph?.part === 2 && hyph.full ? ` SUBS_TYPE="HypPart2" SUBS_CONTENT="${escapeXml(hyph.full)}"` : "";
  return `<String ID="${id}" ${pos(w.box)} CONTENT="${escapeXml(w.text)}"${wc}${subs}/>`;
}

const round = (n: number) => String(Math.round(n * 1000) / 1000);
