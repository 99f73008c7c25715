// The "editor" section of `npm run bench` (issues 3 and 10): keystroke-to-paint latency in
// Chromium on a 1 MB document with 2,000 highlights, and with 500 suggestions drawn.
import { BENCH_ADMIN, ms, postJson, type BenchContext, type BenchServer } from "./context";
import { measureTyping } from "./editor-latency";
import { verdict } from "./statistics";

export async function benchEditor(server: BenchServer, ctx: BenchContext) {
  const text = ctx.sampleOfSize(1024 * 1024) + " editor";
  const { id } = await postJson<{ id: string }>(server, "/api/documents", { title: "editor bench", text });
  const words = [...text.matchAll(/[A-Za-z]{4,}/g)];
  const step = Math.floor(words.length / 2000);
  const spans = Array.from({ length: 2000 }, (_, i) => words[i * step]);
  for (let i = 0; i < spans.length; i += 8) {
    await Promise.all(
      spans.slice(i, i + 8).map((w) => postJson(server, `/api/documents/${id}/annotations`, { start: w.index, end: (w.index ?? 0) + w[0].length, tag: "person" })),
    );
  }
  // The caret at a word's start half-way in, where a reader would be correcting.
  const at = words.find((w) => (w.index ?? 0) >= text.length / 2)?.index ?? 0;
  const figures = await measureTyping(`${server.base}/documents/${id}`, at, BENCH_ADMIN);
  console.log(
    `  Editor, 1 MB with 2,000 highlights: keystroke to paint p50 ${ms(figures.p50)}, p95 ${ms(figures.p95)} over ${figures.n} keys ` +
      `(target ≤ 50 ms: ${verdict(figures.p50 <= 50)}); the page opened in ${ms(figures.openMs)}`,
  );
  // The same page without highlights, and a one-line document, to show where the time goes.
  const plain = await postJson<{ id: string }>(server, "/api/documents", { title: "editor bench, no highlights", text: text + " plain" });
  const tiny = await postJson<{ id: string }>(server, "/api/documents", { title: "editor bench, tiny", text: "A one-line memorandum of a meeting." });
  const withoutHighlights = await measureTyping(`${server.base}/documents/${plain.id}`, at, BENCH_ADMIN, false);
  const small = await measureTyping(`${server.base}/documents/${tiny.id}`, 5, BENCH_ADMIN, false);
  console.log(`  for comparison: the same 1 MB without highlights p50 ${ms(withoutHighlights.p50)}; a one-line document p50 ${ms(small.p50)}`);
  // Issue 10: the same 1 MB with 500 misspellings ("tbe" for "the"), each drawn as a suggestion.
  const total = [...text.matchAll(/\bthe\b/g)].length;
  const every = Math.max(1, Math.floor(total / 500));
  let seen = 0;
  const misspelt = text.replace(/\bthe\b/g, (m) => (++seen % every === 0 && seen / every <= 500 ? "tbe" : m)) + " suggestions";
  const flagged = await postJson<{ id: string }>(server, "/api/documents", { title: "editor bench, suggestions", text: misspelt });
  const withSuggestions = await measureTyping(`${server.base}/documents/${flagged.id}`, at, BENCH_ADMIN, ".suggestion");
  console.log(
    `  Editor, 1 MB with ${withSuggestions.drawn} suggestions drawn: keystroke to paint p50 ${ms(withSuggestions.p50)}, p95 ${ms(withSuggestions.p95)} ` +
      `(target ≤ 50 ms: ${verdict(withSuggestions.p50 <= 50)}); the page opened in ${ms(withSuggestions.openMs)}`,
  );
}
