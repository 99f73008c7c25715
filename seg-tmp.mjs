import { readFileSync } from "node:fs";
const S = readFileSync("samples/csdb-18851.ocr.txt", "utf8");
let big = ""; for (let i = 1; big.length < 200 * 1024; i++) big += `\f[copy ${i}]\n${S}`;
const seg = new Intl.Segmenter("und", { granularity: "word" });
const gseg = new Intl.Segmenter("und", { granularity: "grapheme" });
for (const [n, f] of [["words segmenter", () => { let c = 0; for (const s of seg.segment(big)) if (s.isWordLike) c++; return c; }], ["graphemes", () => { let c = 0; for (const s of gseg.segment(big)) c++; return c; }], ["regex words", () => big.match(/[\p{L}\p{N}\p{M}]+/gu).length], ["nfc", () => big.normalize("NFC").length]]) {
  const t = []; let r; for (let i = 0; i < 5; i++) { const a = performance.now(); r = f(); t.push(performance.now() - a); } t.sort((a, b) => a - b); console.log(n, t[2].toFixed(1), "ms", r);
}
