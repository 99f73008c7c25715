/** A chunk grows to at least this many UTF-16 units before a line end may close it. */
const MIN_CHUNK = 1024;
/** …and is closed at the first line end past this, whatever the content. */
const MAX_CHUNK = 8192;

/**
 * Splits a text into chunks of whole lines for the trigram index, cutting where the content
 * says so (after a line whose hash is divisible by 4, once the chunk is MIN_CHUNK long), as
 * rsync does: a correction changes the chunk it falls in and perhaps the next, and the cuts
 * after it fall where they fell before, so a save indexes a few lines again, not the text.
 * Nothing is lost between chunks: a search box cannot type a line break, so no query spans one.
 * The chunks joined give the text back.
 */
export function lineChunks(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const size = lineEnd - start;
    if (lineEnd === text.length || (size >= MIN_CHUNK && lineHash(text, lineStart, lineEnd) % 4 === 0) || size >= MAX_CHUNK) {
      chunks.push(text.slice(start, lineEnd));
      start = lineEnd;
    }
    lineStart = lineEnd;
  }
  return chunks;
}

/** FNV-1a over the UTF-16 units of one line. */
function lineHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
