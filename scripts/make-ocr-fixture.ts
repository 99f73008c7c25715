// Makes test/fixtures/ocr/typed-memo.png: three typed lines for the OCR tests (run once; the PNG is committed
// so that tests need no fonts). npx tsx scripts/make-ocr-fixture.ts
import sharp from "sharp";

const lines = ["MEMORANDUM FOR THE RECORD", "Comrade Generalov arrived at Nishikura", "on 21 October 1947."];
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="220"><rect width="100%" height="100%" fill="#fff"/>
${lines.map((l, i) => `<text x="30" y="${60 + i * 55}" font-family="DejaVu Sans Mono" font-size="30" fill="#111">${l}</text>`).join("\n")}</svg>`;
await sharp(Buffer.from(svg)).grayscale().png({ compressionLevel: 9, palette: true, colours: 16 }).toFile("test/fixtures/ocr/typed-memo.png");
