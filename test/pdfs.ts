import { PDFDocument, StandardFonts } from "pdf-lib";

/** A PDF whose pages carry a text layer: each page's lines in Courier, 12 pt, at 72 pt from the left. */
export async function textPdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Courier);
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 720 - i * 18, size: 12, font }));
  }
  return pdf.save();
}

/** A scanned-looking PDF: one PNG per page and no text layer. */
export async function imagePdf(pngs: Uint8Array[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const png of pngs) {
    const image = await pdf.embedPng(png);
    const page = pdf.addPage([image.width * 0.72, image.height * 0.72]);
    page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  }
  return pdf.save();
}

/** A PDF of `count` blank pages (for the page limit). */
export async function blankPdf(count: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < count; i++) pdf.addPage([200, 200]);
  return pdf.save();
}

/** A PDF written by hand from its objects (numbered from 1), with a correct cross-reference table. */
function handMadePdf(objects: string[], trailer: string): Uint8Array {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/**
 * A PDF with the standard security handler and a user password: its /Encrypt dictionary's
 * O and U entries come from no real password, so no empty password opens it.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = "0123456789abcdef".repeat(4);
  return handMadePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`,
  ], `/Encrypt 4 0 R /ID [<${hex32}> <${hex32}>] `);
}

/** A page tree whose node lists itself among its kids: a reader that follows it never ends. */
export function selfReferencingPdf(): Uint8Array {
  return handMadePdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"], "");
}

/** Pages of `points` × `points` (a PDF page may claim up to 14,400 pt square: 200 inches). */
export async function hugePagePdf(count: number, points = 14_400): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < count; i++) pdf.addPage([points, points]);
  return pdf.save();
}
