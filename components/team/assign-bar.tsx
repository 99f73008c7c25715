"use client";
import { useEffect, useRef, useState } from "react";
import { assignSelected, prioritiseSelected } from "@/app/actions/assignments";
import { useServerAction } from "@/components/ui/use-server-action";

/** The form the list's row checkboxes belong to (by their `form` attribute). */
export const ASSIGN_FORM = "assign-form";

interface Props {
  people: { id: string; name: string; role: string }[];
}

const boxes = () => Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form=${ASSIGN_FORM}][name=documentIds]`));

/**
 * Assigning from the documents list: tick documents (Shift-click ticks a range, as in a file
 * manager), then give them to a person with an optional due day, take them off whoever has
 * them, or raise or lower their priority in the next-task order.
 */
export function AssignBar({ people }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const [userId, setUserId] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [priority, setPriority] = useState("0");
  const [done, setDone] = useState<string | null>(null);
  const { run, pending, error } = useServerAction();
  const lastClicked = useRef<number | null>(null);

  useEffect(() => {
    const sync = () => setSelected(boxes().filter((b) => b.checked).map((b) => b.value));
    const onClick = (e: MouseEvent) => {
      const box = e.target as HTMLInputElement;
      if (box.form?.id !== ASSIGN_FORM || box.name !== "documentIds") return;
      const all = boxes();
      const at = all.indexOf(box);
      if (e.shiftKey && lastClicked.current !== null) {
        const [from, to] = [Math.min(at, lastClicked.current), Math.max(at, lastClicked.current)];
        for (const b of all.slice(from, to + 1)) b.checked = box.checked;
      }
      lastClicked.current = at;
      sync();
    };
    document.addEventListener("click", onClick);
    sync();
    return () => document.removeEventListener("click", onClick);
  }, []);

  const selectAll = (on: boolean) => {
    for (const b of boxes()) b.checked = on;
    setSelected(on ? boxes().map((b) => b.value) : []);
  };
  const n = selected.length;
  const what = `${n} document${n === 1 ? "" : "s"}`;
  const after = (message: string) => () => {
    setDone(message);
    selectAll(false);
  };

  return (
    <form
      id={ASSIGN_FORM}
      className="assign-bar"
      aria-label="Assign selected documents"
      onSubmit={(e) => {
        e.preventDefault();
        const who = userId === "none" ? null : userId;
        const name = people.find((p) => p.id === who)?.name;
        run(() => assignSelected({ documentIds: selected, userId: who, dueDate: dueDate || null }), after(who ? `Assigned ${what} to ${name}.` : `Took ${what} off whoever had them.`));
      }}
    >
      <span className="assign-bar__count" aria-live="polite">{n ? `${what} selected` : "Tick documents to assign them (Shift-click ticks a range)"}</span>
      <button type="button" className="button button--small" onClick={() => selectAll(n === 0)}>{n ? "Clear" : "Select all on this page"}</button>
      <label>
        To <select value={userId} onChange={(e) => setUserId(e.target.value)} required>
          <option value="" disabled>choose a person</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.role})</option>)}
          <option value="none">nobody (unassign)</option>
        </select>
      </label>
      <label>
        Due <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </label>
      <button type="submit" className="button button--primary button--small" disabled={pending || n === 0 || !userId}>Assign</button>
      <span className="assign-bar__sep" aria-hidden="true" />
      <label>
        Priority <select value={priority} onChange={(e) => setPriority(e.target.value)}>
          <option value="1">high</option>
          <option value="0">normal</option>
          <option value="-1">low</option>
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        disabled={pending || n === 0}
        onClick={() => run(() => prioritiseSelected({ documentIds: selected, priority: Number(priority) }), after(`Set ${what} to ${({ "1": "high", "0": "normal", "-1": "low" } as Record<string, string>)[priority]} priority.`))}
      >
        Set priority
      </button>
      <span role="status" className="assign-bar__result">{!error && done}</span>
      {error && <span className="form-error" role="alert">{error}</span>}
    </form>
  );
}
