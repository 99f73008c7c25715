import type { ExportFormat } from "@/lib/export/formats";

/** What each format is for, as the export pages describe it. */
export const FORMAT_DESCRIPTIONS: Record<ExportFormat, { label: string; help: string; diplomatic: boolean; boxes?: true }> = {
  tei: { label: "TEI P5 XML", help: "The scholarly edition: every correction as sic/corr with who accepted it, names linked to the entity lists.", diplomatic: true },
  html: { label: "HTML reading edition", help: "One printable page: corrections on hover and in an apparatus, an index of names.", diplomatic: true },
  md: { label: "Markdown", help: "The text with names linked and notes as footnotes.", diplomatic: true },
  txt: { label: "Plain text", help: "The accepted text, exactly.", diplomatic: true },
  json: { label: "JSON with W3C annotations", help: "The document, every revision with its patch and hash, and the annotations as a W3C AnnotationPage.", diplomatic: false },
  pairs: { label: "OCR training pairs (JSONL)", help: "Each raw OCR line a correction touched, with its corrected line.", diplomatic: false },
  alto: { boxes: true, label: "ALTO 4 XML", help: "The accepted text on the page images: unchanged words keep their boxes and confidences, corrected words the boxes of the words they replaced.", diplomatic: false },
  page: { boxes: true, label: "PAGE XML 2019", help: "The same as PAGE XML, one file per page (a zip for several pages), for Transkribus, eScriptorium and OCR-D.", diplomatic: false },
  mets: { boxes: true, label: "METS with ALTO", help: "The ALTO of every page in a METS file with the page images, and the record's metadata as Dublin Core: what digital libraries and the DFG viewer ingest.", diplomatic: false },
  hocr: { boxes: true, label: "hOCR", help: "The accepted text with its boxes as hOCR (XHTML), as Tesseract writes it.", diplomatic: false },
  lines: { boxes: true, label: "Line images for OCR training (zip)", help: "Each line of the pages as a PNG with its accepted text in a .gt.txt beside it: the layout Kraken, Calamari and tesstrain read.", diplomatic: false },
};
