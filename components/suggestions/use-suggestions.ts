"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { TextEditorHandle } from "@/components/editor/text-editor";
import { ignoreWord, setSuggestionRule } from "@/app/actions/suggestions";
import type { Suggestion } from "@/lib/suggest/detect";

/**
 * A place that survives edits elsewhere: the flagged word with the words around it (offsets move
 * as the text before them changes; the neighbourhood mostly does not).
 */
function placeKey(text: string, s: { start: number; end: number; text: string }): string {
  return `${text.slice(Math.max(0, s.start - 24), s.start)}\u0000${s.text}\u0000${text.slice(s.end, s.end + 24)}`;
}

/** Typing pauses this long before the text is checked again; larger texts wait for the save. */
const TYPING_QUIET_MS = 800;
const LIVE_LIMIT = 300_000;
/**
 * A text longer than this asks only for the suggestions around what is shown (a 1 MB text has
 * tens of thousands): WINDOW before the view's top to twice WINDOW after it, asked again when the
 * view nears the edge.
 */
const WINDOWED = 300_000;
const WINDOW = 60_000;

/** The range to ask for around the view, or null for the whole text. */
function windowAround(editor: TextEditorHandle | null): { start: number; end: number } | null {
  if (!editor || editor.getText().length <= WINDOWED) return null;
  const top = editor.topOffset()?.offset ?? 0;
  return { start: Math.max(0, top - WINDOW), end: top + 2 * WINDOW };
}

export interface ShownSuggestion extends Suggestion {
  id: string;
}

export const REASON_LABELS: Record<Suggestion["reason"], string> = {
  entity: "Entity variant",
  rewrite: "Corrected elsewhere",
  confusion: "Learned misreading",
  "non-word": "Not a word",
  "real-word": "Word out of place",
  "low-confidence": "OCR unsure",
};

/**
 * The document's suggestions, from the server (which holds the collection's model and the
 * dictionary), fetched on arrival and after every save. They are drawn as a decoration layer
 * that follows typing; one whose text was edited is dropped. Accepting only edits the text.
 */
export function useSuggestions({ editor, documentId, collectionId, seq, enabled }: {
  editor: RefObject<TextEditorHandle | null>;
  documentId: string;
  collectionId: string;
  seq: number;
  /** Off while the editor shows other text than the revision (a pending proposal's). */
  enabled: boolean;
}) {
  const [items, setItems] = useState<ShownSuggestion[]>([]);
  /** How many the answer left out (over its cap), beside those a long text's window leaves out. */
  const [beyond, setBeyond] = useState(0);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [version, setVersion] = useState(0);
  // What this person ignored, here or in the collection: kept out of every later refresh too, even
  // one the server worked out before the ignore was stored. Ignore is by place, and by word for the collection.
  const ignored = useRef<{ places: Set<string>; words: Set<string>; rules: Set<string> }>({ places: new Set(), words: new Set(), rules: new Set() });
  const keep = useCallback(
    (list: ShownSuggestion[], text: string | undefined) =>
      list.filter((s) => !ignored.current.words.has(s.text) && !(s.rule && ignored.current.rules.has(s.rule)) && !(text !== undefined && ignored.current.places.has(placeKey(text, s)))),
    [],
  );

  const draw = useCallback(
    (list: ShownSuggestion[]) =>
      editor.current?.setMarks(
        "suggestions",
        list.map((s) => ({ id: s.id, start: s.start, end: s.end, className: `suggestion suggestion--${s.reason}`, title: `${REASON_LABELS[s.reason]}${s.candidates[0] ? `: ${s.candidates[0].text}?` : ""} (F8)` })),
      ),
    [editor],
  );

  useEffect(() => {
    if (!enabled) {
      setItems([]);
      editor.current?.setMarks("suggestions", []);
      return;
    }
    const abort = new AbortController();
    setState("loading");
    const query = range ? `&start=${range.start}&end=${range.end}` : "";
    fetch(`/api/documents/${documentId}/suggestions?seq=${seq}${query}`, { signal: abort.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ items: Suggestion[]; total: number }>) : Promise.reject(new Error(String(r.status)))))
      .then(({ items, total }) => {
        const list = keep(items.map((s, i) => ({ ...s, id: `s${seq}-${range?.start ?? 0}-${i}` })), editor.current?.getText());
        setBeyond(total - items.length);
        setItems(list);
        setState("ready");
        draw(list);
      })
      .catch((e: Error) => e.name !== "AbortError" && setState("failed"));
    return () => abort.abort();
  }, [documentId, seq, enabled, version, range, draw, editor, keep]);

  // A long text: the window follows the view, asked again once the view nears its edge.
  useEffect(() => {
    const handle = editor.current;
    if (!enabled || !handle) return;
    setRange(windowAround(handle));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onScroll = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const next = windowAround(handle);
        setRange((now) => {
          if (!now || !next) return now ?? next;
          const top = handle.topOffset()?.offset ?? 0;
          return top < now.start + WINDOW / 2 || top > now.end - WINDOW ? next : now;
        });
      }, 250);
    };
    handle.dom.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      if (timer) clearTimeout(timer);
      handle.dom.removeEventListener("scroll", onScroll);
    };
  }, [editor, enabled, seq]);

  /** The suggestions where the text now puts them, in text order; edited ones are gone. */
  const current = useCallback((): ShownSuggestion[] => {
    const handle = editor.current;
    if (!handle) return [];
    const text = handle.getText();
    const byId = new Map(items.map((s) => [s.id, s]));
    return handle
      .getMarks("suggestions")
      .map((m) => {
        const s = byId.get(m.id);
        return s && text.slice(m.start, m.end) === s.text ? { ...s, start: m.start, end: m.end } : null;
      })
      .filter((s): s is ShownSuggestion => s !== null)
      .sort((a, b) => a.start - b.start);
  }, [editor, items]);

  const drop = useCallback(
    (ids: Set<string>) => {
      const left = items.filter((s) => !ids.has(s.id));
      setItems(left);
      const positions = new Map(current().map((s) => [s.id, s]));
      draw(left.map((s) => positions.get(s.id)).filter((s): s is ShownSuggestion => !!s));
    },
    [items, current, draw],
  );

  const accept = useCallback(
    (id: string, text: string) => {
      const s = current().find((x) => x.id === id);
      if (!s) return;
      drop(new Set([id]));
      editor.current?.replaceRanges([{ start: s.start, end: s.end, text }]);
    },
    [current, drop, editor],
  );

  /** Accepts the first candidate at every place with the same flagged text and the same first candidate. */
  const acceptAllLike = useCallback(
    (id: string) => {
      const all = current();
      const s = all.find((x) => x.id === id);
      const fix = s?.candidates[0]?.text;
      if (!s || fix === undefined) return 0;
      const like = all.filter((x) => x.text === s.text && x.candidates[0]?.text === fix);
      drop(new Set(like.map((x) => x.id)));
      editor.current?.replaceRanges(like.map((x) => ({ start: x.start, end: x.end, text: fix })));
      return like.length;
    },
    [current, drop, editor],
  );

  const ignore = useCallback(
    (id: string) => {
      const s = current().find((x) => x.id === id);
      const text = editor.current?.getText();
      if (s && text !== undefined) ignored.current.places.add(placeKey(text, s));
      drop(new Set([id]));
    },
    [current, drop, editor],
  );

  const ignoreInCollection = useCallback(
    async (id: string): Promise<string | null> => {
      const s = items.find((x) => x.id === id);
      if (!s) return null;
      ignored.current.words.add(s.text);
      const result = await ignoreWord(collectionId, s.text);
      if (!result.ok) {
        ignored.current.words.delete(s.text);
        return result.message;
      }
      drop(new Set(items.filter((x) => x.text === s.text).map((x) => x.id)));
      return null;
    },
    [collectionId, items, drop],
  );

  /** "Don't flag this kind here": the rule off for the collection; its suggestions go at once. Answers an error message, or null. */
  const turnRuleOff = useCallback(
    async (rule: string): Promise<string | null> => {
      const result = await setSuggestionRule(collectionId, rule, true);
      if (!result.ok) return result.message;
      ignored.current.rules.add(rule);
      drop(new Set(items.filter((x) => x.rule === rule).map((x) => x.id)));
      return null;
    },
    [collectionId, items, drop],
  );

  const turnRuleOn = useCallback(
    async (rule: string): Promise<string | null> => {
      const result = await setSuggestionRule(collectionId, rule, false);
      if (!result.ok) return result.message;
      ignored.current.rules.delete(rule);
      setVersion((v) => v + 1);
      return null;
    },
    [collectionId],
  );

  // While typing: a moment after the last key, the unsaved text is checked again on the server
  // (which holds the dictionary and the model); the answer is kept only if the text is unchanged.
  const typing = useRef<{ timer: ReturnType<typeof setTimeout> | null; abort: AbortController | null; n: number }>({ timer: null, abort: null, n: 0 });
  const onTextChange = useCallback(() => {
    const t = typing.current;
    if (t.timer) clearTimeout(t.timer);
    if (!enabled) return;
    t.timer = setTimeout(() => {
      const text = editor.current?.getText();
      if (text === undefined || text.length > LIVE_LIMIT) return;
      t.abort?.abort();
      const abort = (t.abort = new AbortController());
      const n = ++t.n;
      fetch(`/api/documents/${documentId}/suggestions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }), signal: abort.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ items: Suggestion[] }>) : Promise.reject(new Error(String(r.status)))))
        .then(({ items }) => {
          if (editor.current?.getText() !== text) return;
          const list = keep(items.map((s, i) => ({ ...s, id: `t${n}-${i}` })), text);
          setItems(list);
          draw(list);
        })
        .catch(() => undefined);
    }, TYPING_QUIET_MS);
  }, [documentId, draw, editor, enabled, keep]);
  useEffect(() => () => {
    if (typing.current.timer) clearTimeout(typing.current.timer);
    typing.current.abort?.abort();
  }, []);

  const counts = useMemo(() => {
    const c: Partial<Record<Suggestion["reason"], number>> = {};
    for (const s of items) c[s.reason] = (c[s.reason] ?? 0) + 1;
    return c;
  }, [items]);

  return { items, beyond, windowed: range !== null, state, counts, current, accept, acceptAllLike, ignore, ignoreInCollection, turnRuleOff, turnRuleOn, onTextChange, reload: () => setVersion((v) => v + 1) };
}
