import "server-only";

/** A comment line every so often keeps proxies and load balancers from closing a quiet stream (nginx's default is 60 s). */
export const KEEP_ALIVE_MS = 20_000;
/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3000;

export interface EventSink {
  send(event: string, data: unknown, id?: string | number): void;
}

/**
 * A Server-Sent Events response. `start` is called with a sink once the stream is open and
 * returns its cleanup, called when the client goes away (the request's signal aborts).
 * The headers keep it unbuffered and uncompressed through Next's compression and reverse
 * proxies (nginx honours X-Accel-Buffering; no-transform stops compression middleware).
 */
export function eventStream(signal: AbortSignal, start: (sink: EventSink) => Promise<() => void>): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          open = false;
        }
      };
      const close = () => {
        if (!open) return;
        open = false;
        if (timer) clearInterval(timer);
        cleanup?.();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      };
      signal.addEventListener("abort", close, { once: true });
      write(`retry: ${RETRY_MS}\n\n`);
      const sink: EventSink = {
        send: (event, data, id) => write(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
      };
      cleanup = await start(sink);
      if (signal.aborted) return close();
      timer = setInterval(() => write(": keep-alive\n\n"), KEEP_ALIVE_MS);
    },
    cancel() {
      if (timer) clearInterval(timer);
      cleanup?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
