import type { Box } from "../layers/types";
import { escapeHtml } from "./escape";
import { pageTexts } from "./page-words";
import type { ExportDocument } from "./types";

// hOCR (XHTML) of the text with its boxes: one ocr_page per page image, x_wconf for the words
// left as the OCR read them.

const bbox = ([x, y, w, h]: Box) => `bbox ${x} ${y} ${x + w} ${y + h}`;

export function toHocr(doc: ExportDocument): string {
  const pages = pageTexts(doc).map(({ page, lines }) => {
    const p = page.index + 1;
    const lineXml = lines.map(({ line, words, index }) => {
      const spans = words.map((w, wi) => {
        const conf = w.confidence ? `; x_wconf ${Math.round(w.confidence.value * 100)}` : "";
        return `<span class="ocrx_word" id="word_${p}_${index}_${wi}" title="${bbox(w.box)}${conf}">${escapeHtml(w.text)}</span>`;
      }).join(" ");
      return `<span class="ocr_line" id="line_${p}_${index}" title="${bbox(line.box)}">${spans}</span>`;
    }).join("\n");
    return `<div class="ocr_page" id="page_${p}" title="image &quot;${escapeHtml(page.imageName)}&quot;; bbox 0 0 ${page.width} ${page.height}; ppageno ${page.index}">
<div class="ocr_carea" id="block_${p}"><p class="ocr_par" id="par_${p}">
${lineXml}
</p></div>
</div>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<title>${escapeHtml(doc.title)}</title>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
<meta name="ocr-system" content="OCR Workbench"/>
<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"/>
</head>
<body>
${pages.join("\n")}
</body>
</html>
`;
}
