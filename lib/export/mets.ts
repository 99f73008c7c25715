import { toAlto } from "./alto";
import { escapeXml } from "./escape";
import { readableValue, recordDateField, recordRows } from "../records/record-rows";
import type { ExportDocument } from "./types";

// METS wrapping the multi-page ALTO: the record as Dublin Core in a dmdSec, each page image (from
// the IIIF Image API) and the ALTO (embedded) in the fileSec, and a physical structMap whose
// pages point at their image and at their Page of the ALTO. Ids carry a "mets_" prefix so that
// they never meet the embedded ALTO's own.

const METS_NS = 'xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const SCHEMAS = 'xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd"';

export function toMets(doc: ExportDocument): string {
  const alto = toAlto(doc).replace(/^<\?xml[^>]*>\s*/, "");
  const pageIds = [...alto.matchAll(/<Page ID="([^"]+)"/g)].map((m) => m[1]);
  const images = doc.pages.map((p) => `<mets:file ID="mets_img_${p.index + 1}" MIMETYPE="image/jpeg"><mets:FLocat LOCTYPE="URL" xlink:href="${escapeXml(`${p.iiif}/full/max/0/default.jpg`)}"/></mets:file>`);
  const pages = doc.pages.map(
    (p, i) =>
      `<mets:div ID="mets_page_${p.index + 1}" TYPE="page" ORDER="${p.index + 1}" ORDERLABEL="${p.index + 1}"><mets:fptr FILEID="mets_img_${p.index + 1}"/>${pageIds[i] ? `<mets:fptr><mets:area FILEID="mets_alto" BEGIN="${pageIds[i]}" BETYPE="IDREF"/></mets:fptr>` : ""}</mets:div>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${METS_NS} ${SCHEMAS} OBJID="${escapeXml(doc.id)}" LABEL="${escapeXml(doc.title)}">
<mets:metsHdr CREATEDATE="${escapeXml(doc.exportedAt.replace(/\.\d+Z$/, "Z"))}"><mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>OCR Workbench</mets:name></mets:agent></mets:metsHdr>
<mets:dmdSec ID="mets_dmd"><mets:mdWrap MDTYPE="DC" LABEL="Dublin Core"><mets:xmlData>
${dublinCore(doc).join("\n")}
</mets:xmlData></mets:mdWrap></mets:dmdSec>
<mets:fileSec>
<mets:fileGrp USE="IMAGE">
${images.join("\n")}
</mets:fileGrp>
<mets:fileGrp USE="FULLTEXT">
<mets:file ID="mets_alto" MIMETYPE="application/alto+xml"><mets:FContent><mets:xmlData>
${alto.trim()}
</mets:xmlData></mets:FContent></mets:file>
</mets:fileGrp>
</mets:fileSec>
<mets:structMap TYPE="PHYSICAL"><mets:div ID="mets_document" TYPE="physSequence" DMDID="mets_dmd" LABEL="${escapeXml(doc.title)}">
${pages.join("\n")}
</mets:div></mets:structMap>
</mets:mets>
`;
}

/**
 * The record as the fifteen Dublin Core elements have it: title, identifiers, the date (EDTF),
 * the originator as creator, the addressee as contributor, type, language, the licence as
 * rights, and every other filled field as a labelled description.
 */
export function dublinCore(doc: ExportDocument): string[] {
  const dc = (name: string, value: string) => `<dc:${name}>${escapeXml(value)}</dc:${name}>`;
  const out = [dc("title", doc.title), ...(doc.sourceRef ? [dc("identifier", doc.sourceRef)] : [])];
  const dated = recordDateField(doc.record)?.name;
  const element: Record<string, string> = { originator: "creator", addressee: "contributor", type: "type", language: "language" };
  for (const { field, values } of recordRows(doc.record)) {
    if (field.type === "identifier") out.push(...values.filter((v) => v !== doc.sourceRef).map((v) => dc("identifier", v)));
    else if (field.name === dated) out.push(...values.map((v) => dc("date", v)));
    else if (element[field.name]) out.push(...values.map((v) => dc(element[field.name], v)));
    else out.push(dc("description", `${field.label}: ${values.map((v) => readableValue(field, v)).join("; ")}`));
  }
  out.push(dc("publisher", `OCR Workbench: ${doc.collection.name}`));
  if (doc.collection.licence) out.push(dc("rights", doc.collection.licence));
  out.push(dc("format", "text/xml (ALTO 4.4) with page images"));
  return out;
}
