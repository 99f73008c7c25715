"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { HEARTBEAT_MS, IDLE_MS } from "@/lib/team/presence-policy";
import type { PageEvent, PresenceItem } from "@/lib/team/live-event";

export type RevisionNews = Extract<PageEvent, { type: "revision" }>;

/** A stream that has not opened by then is taken as blocked (a buffering proxy): poll instead. */
const OPEN_WAIT_MS = 10_000;
/** How often a page that cannot hold a stream open asks what happened. */
const POLL_MS = 15_000;
/** What counts as the person being there. */
const ACTIVITY = ["keydown", "pointerdown", "wheel", "touchstart"] as const;

interface Options {
  documentId: string;
  /** The signed-in person: their own revisions and presence are not news to them. */
  me: string;
  /** The revision the editor's text starts from: revisions after it are news. */
  baseSeq: number;
  /** The person may edit: their presence is announced while they are active. */
  editing: boolean;
}

/**
 * What others do on a document while this page has it open: who else is editing (from the live
 * stream, GET /api/events), and revisions saved by others since the editor's base. While the
 * person is active the page beats (POST …/presence) once a minute; after IDLE_MS without a key
 * or pointer, or on leaving, their presence ends at once. Without a stream (a proxy that
 * buffers, a browser without EventSource) the page polls the same events as JSON.
 */
export function useLiveDocument({ documentId, me, baseSeq, editing }: Options) {
  const [others, setOthers] = useState<PresenceItem[]>([]);
  const [news, setNews] = useState<RevisionNews[]>([]);
  const lastSeq = useRef(baseSeq);

  const hear = useCallback(
    (event: PageEvent) => {
      if (event.type === "presence") setOthers(event.items.filter((p) => p.userId !== me));
      if (event.type !== "revision") return;
      lastSeq.current = Math.max(lastSeq.current, event.seq);
      if (event.authorId === me) return;
      setNews((list) => (list.some((e) => e.seq === event.seq) ? list : [...list, event].sort((a, b) => a.seq - b.seq)));
    },
    [me],
  );

  useEffect(() => {
    const url = `/api/events?${new URLSearchParams({ documentId, after: String(lastSeq.current) })}`;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/events?${new URLSearchParams({ documentId, after: String(lastSeq.current) })}`, { headers: { Accept: "application/json" } });
        if (response.ok) ((await response.json()) as { events: PageEvent[] }).events.forEach(hear);
      } catch {
        // Offline for a moment: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    // Once only: a stream that errors and also never opened must not start two poll loops.
    let polling = false;
    const fallBack = () => {
      if (polling) return;
      polling = true;
      source?.close();
      void poll();
    };
    const source = typeof EventSource === "undefined" ? null : new EventSource(url);
    if (!source) {
      fallBack();
      return () => void ((stopped = true), timer && clearTimeout(timer));
    }
    let opened = false;
    const wait = setTimeout(() => !opened && fallBack(), OPEN_WAIT_MS);
    source.onopen = () => void (opened = true);
    // A stream the server refused (signed out, a proxy's error page) is not retried by the browser.
    source.onerror = () => source.readyState === EventSource.CLOSED && fallBack();
    for (const type of ["presence", "revision"] as const) source.addEventListener(type, (e) => hear(JSON.parse((e as MessageEvent<string>).data) as PageEvent));
    return () => {
      stopped = true;
      clearTimeout(wait);
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [documentId, hear]);

  useEffect(() => {
    if (!editing) return;
    const presence = `/api/documents/${encodeURIComponent(documentId)}/presence`;
    let lastActive = Date.now();
    let present = false;
    const beat = () => {
      present = true;
      void fetch(presence, { method: "POST" }).catch(() => {});
    };
    const leave = () => {
      if (!present) return;
      present = false;
      // keepalive: the request outlives the page that is closing.
      void fetch(presence, { method: "DELETE", keepalive: true }).catch(() => {});
    };
    const onActivity = () => {
      lastActive = Date.now();
      if (!present) beat();
    };
    beat();
    const timer = setInterval(() => (Date.now() - lastActive >= IDLE_MS ? leave() : beat()), HEARTBEAT_MS);
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [documentId, editing]);

  const unseen = news.filter((e) => e.seq > baseSeq);
  return { others, news: unseen, dismiss: useCallback(() => setNews([]), []) };
}
