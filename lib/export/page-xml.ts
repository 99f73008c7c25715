import { strToU8, zipSync } from "fflate";
import { pointsFromBox, unionBox } from "../layers/geometry";
import { escapeXml } from "./escape";
import { pageTexts, type PageText } from "./page-words";
import { redactionTags } from "./redaction-tags";
import type { ExportDocument } from "./types";

// PAGE XML 2019 of the text with its boxes. PAGE holds one page per file: a document of one
// page is one XML file, a longer one a zip of them (0001.xml, 0002.xml, …).

export function toPageXml(doc: ExportDocument): string | Uint8Array {
  const pages = pageTexts(doc);
  if (pages.length === 1) return pageFile(doc, pages[0]!);
  return zipSync(Object.fromEntries(pages.map((p) => [`${String(p.page.index + 1).padStart(4, "0")}.xml`, strToU8(pageFile(doc, p))])));
}

function pageFile(doc: ExportDocument, { page, lines }: PageText): string {
  const p = page.index + 1;
  const redactions = redactionTags(doc);
  const regions: { id: string; lines: PageText["lines"] }[] = [];
  for (const l of lines) {
    const id = `p${p}_r${l.line.block ?? "0"}`.replace(/[^\w.-]/g, "_");
    if (regions.at(-1)?.id !== id) regions.push({ id: regions.some((r) => r.id === id) ? `${id}_${regions.length}` : id, lines: [] });
    regions.at(-1)!.lines.push(l);
  }
  const order = regions.map((r, i) => `<RegionRefIndexed index="${i}" regionRef="${r.id}"/>`).join("");
  const regionXml = regions.map((r) => {
    const linesXml = r.lines.map(({ line, words, index }) => {
      const wordXml = words.map((w, wi) => {
        const conf = w.confidence ? ` conf="${Math.round(w.confidence.value * 1000) / 1000}"` : "";
        // A covered word says which redaction covers it and its codes, as Transkribus writes custom tags.
        const tags = redactions.covering(w).map((t) => `redaction {ref:${t.id}; exemptions:${customValue((t.annotation.exemptions ?? []).join(","))};}`);
        const custom = tags.length ? ` custom="${escapeXml(tags.join(" "))}"` : "";
        return `<Word id="p${p}_l${index}_w${wi}"${custom}><Coords points="${pointsFromBox(w.box)}"/><TextEquiv${conf}><Unicode>${escapeXml(w.text)}</Unicode></TextEquiv></Word>`;
      }).join("\n");
      return `<TextLine id="p${p}_l${index}"><Coords points="${pointsFromBox(line.box)}"/>\n${wordXml}\n<TextEquiv><Unicode>${escapeXml(words.map((w) => w.text).join(" "))}</Unicode></TextEquiv></TextLine>`;
    }).join("\n");
    const box = unionBox(r.lines.map((l) => l.line.box))!;
    const text = r.lines.map((l) => l.words.map((w) => w.text).join(" ")).join("\n");
    return `<TextRegion id="${r.id}" type="paragraph"><Coords points="${pointsFromBox(box)}"/>\n${linesXml}\n<TextEquiv><Unicode>${escapeXml(text)}</Unicode></TextEquiv></TextRegion>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15 http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15/pagecontent.xsd">
<Metadata><Creator>OCR Workbench</Creator><Created>${doc.exportedAt}</Created><LastChange>${doc.exportedAt}</LastChange><Comments>${escapeXml(`${doc.title}: accepted text of revision ${doc.headSeq}`)}</Comments></Metadata>
<Page imageFilename="${escapeXml(page.imageName)}" imageWidth="${page.width}" imageHeight="${page.height}">
<ReadingOrder><OrderedGroup id="p${p}_ro" caption="Reading order">${order}</OrderedGroup></ReadingOrder>
${regionXml}
</Page>
</PcGts>
`;
}

/** A value inside a PAGE custom tag, its delimiters and spaces written as \uXXXX (the Transkribus convention). */
const customValue = (v: string) => v.replace(/[\s;{}:\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
