"use client";
import { useState } from "react";
import { MAX_COMMENT_LENGTH } from "@/lib/validation/comments";

interface Props {
  label: string;
  submitLabel: string;
  initial?: string;
  pending: boolean;
  onSubmit(body: string): Promise<boolean>;
  onCancel?(): void;
  /** Above the box: what the comment is about, for a new thread. */
  children?: React.ReactNode;
  hint?: string;
}

/** A comment box: Markdown, Ctrl+Enter sends; cleared once sent. */
export function CommentForm({ label, submitLabel, initial = "", pending, onSubmit, onCancel, children, hint }: Props) {
  const [body, setBody] = useState(initial);
  const send = async () => {
    if (!body.trim() || pending) return;
    if (await onSubmit(body)) setBody("");
  };
  return (
    <form
      className="comment-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {children}
      <label className="comment-form__label">
        {label}
        <textarea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={initial ? 4 : 3}
          maxLength={MAX_COMMENT_LENGTH}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void send();
            }
          }}
        />
      </label>
      {hint && <p className="comment-form__hint muted">{hint}</p>}
      <div className="comment-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={pending || !body.trim()} aria-keyshortcuts="Control+Enter">
          {pending ? "Sending…" : submitLabel}
        </button>
        {onCancel && <button type="button" className="button button--small" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
