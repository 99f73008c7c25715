"use client";
import { useState } from "react";
import { postComment, removeComment, updateComment } from "@/app/actions/comments";
import { Markdown } from "@/components/ui/markdown";
import { TimeStamp } from "@/components/ui/time-stamp";
import { useServerAction } from "@/components/ui/use-server-action";
import type { CommentTarget, CommentView, ThreadView } from "@/lib/data/comments/comment-shape";
import { CommentForm } from "./comment-form";

interface Me {
  id: string;
  canComment: boolean;
  /** Reviewers and admins resolve any thread; others only their own. */
  canResolveAny: boolean;
  isAdmin: boolean;
}

interface Props {
  documentId: string;
  threads: ThreadView[];
  me: Me;
  /** What a new thread may be about besides the whole document: its pages and annotations. */
  targets: { value: string; label: string }[];
  initialTarget: string;
  usernames: string[];
}

const aboutLabel = (about: CommentTarget) =>
  about.kind === "page" ? `Page ${about.number}` : about.kind === "annotation" ? `${about.tag}: “${about.exact.slice(0, 60)}”` : "The document";

/** The Discussion tab: threads on the document, its pages and annotations, with replies, mentions and resolution. */
export function Discussion({ documentId, threads, me, targets, initialTarget, usernames }: Props) {
  const { call, pending, error } = useServerAction();
  const [target, setTarget] = useState(targets.some((t) => t.value === initialTarget) ? initialTarget : "");
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved);
  // A refusal leaves the text in the box to fix.
  const submit = (body: string) => {
    const [kind, id] = target.split(":");
    return call(() => postComment(documentId, { body, ...(kind === "page" ? { pageId: id } : kind === "annotation" ? { annotationId: id } : {}) }));
  };
  const hint = `Markdown: **bold**, _italic_, lists, links. Mention someone with @username to tell them${usernames.length ? ` (${usernames.slice(0, 8).map((u) => `@${u}`).join(", ")}${usernames.length > 8 ? ", …" : ""})` : ""}.`;

  return (
    <div className="discussion">
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {me.canComment && (
        <section className="card" aria-labelledby="new-thread-title">
          <h2 id="new-thread-title">Start a thread</h2>
          <CommentForm label="New comment" submitLabel="Comment" pending={pending} onSubmit={(body) => submit(body)} hint={hint}>
            <label className="comment-form__about">
              About{" "}
              <select value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">the document</option>
                {targets.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
              </select>
            </label>
          </CommentForm>
        </section>
      )}
      {threads.length === 0 ? (
        <div className="empty-state">
          <p>No discussion yet. Ask about a doubtful reading, a page or an annotation here; mention someone with @username and they are told.</p>
        </div>
      ) : (
        <>
          <h2 className="discussion__heading">{open.length} open thread{open.length === 1 ? "" : "s"}</h2>
          {open.map((t) => <Thread key={t.id} documentId={documentId} thread={t} me={me} hint={hint} />)}
          {resolved.length > 0 && (
            <details className="discussion__resolved">
              <summary>{resolved.length} resolved thread{resolved.length === 1 ? "" : "s"}</summary>
              {resolved.map((t) => <Thread key={t.id} documentId={documentId} thread={t} me={me} hint={hint} />)}
            </details>
          )}
        </>
      )}
    </div>
  );
}

function Thread({ documentId, thread, me, hint }: { documentId: string; thread: ThreadView; me: Me; hint: string }) {
  const { run, call, pending, error } = useServerAction();
  const [replying, setReplying] = useState(false);
  const mayResolve = me.canComment && (me.canResolveAny || thread.author.id === me.id);
  return (
    <article className={`card thread${thread.resolved ? " thread--resolved" : ""}`} aria-labelledby={`comment-${thread.id}-by`}>
      <p className="thread__about muted">{aboutLabel(thread.about)}</p>
      <Comment documentId={documentId} comment={thread} me={me} />
      {thread.replies.length > 0 && (
        <ol className="thread__replies">
          {thread.replies.map((r) => <li key={r.id}><Comment documentId={documentId} comment={r} me={me} /></li>)}
        </ol>
      )}
      {thread.resolved && <p className="thread__resolved">Resolved by {thread.resolved.by} on <TimeStamp iso={thread.resolved.at} /></p>}
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="thread__actions">
        {me.canComment && !replying && !thread.resolved && <button type="button" className="button button--small" onClick={() => setReplying(true)}>Reply</button>}
        {mayResolve && (
          <button type="button" className="button button--small" disabled={pending} onClick={() => run(() => updateComment(documentId, thread.id, { resolved: !thread.resolved }))}>
            {thread.resolved ? "Reopen" : "Resolve"}
          </button>
        )}
      </div>
      {replying && (
        <CommentForm
          label="Reply"
          submitLabel="Reply"
          pending={pending}
          hint={hint}
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => (await call(() => postComment(documentId, { body, parentId: thread.id }))) && (setReplying(false), true)}
        />
      )}
    </article>
  );
}

function Comment({ documentId, comment, me }: { documentId: string; comment: CommentView; me: Me }) {
  const { run, call, pending, error } = useServerAction();
  const [editing, setEditing] = useState(false);
  const own = comment.author.id === me.id;
  return (
    <div className="comment" id={`comment-${comment.id}`}>
      <p className="comment__by" id={`comment-${comment.id}-by`}>
        <strong>{comment.author.name}</strong> <span className="muted">@{comment.author.username} · <TimeStamp iso={comment.createdAt} />{comment.editedAt && <> · <span title={comment.editedAt}>edited</span></>}</span>
      </p>
      {comment.deleted ? (
        <p className="muted comment__deleted">(deleted)</p>
      ) : editing ? (
        <CommentForm
          label="Edit comment"
          submitLabel="Save"
          initial={comment.body}
          pending={pending}
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => (await call(() => updateComment(documentId, comment.id, { body }))) && (setEditing(false), true)}
        />
      ) : (
        <Markdown source={comment.body} className="markdown comment__body" />
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      {!comment.deleted && !editing && (own || me.isAdmin) && me.canComment && (
        <p className="comment__actions">
          {own && <button type="button" className="link-button" onClick={() => setEditing(true)}>Edit</button>}
          <button type="button" className="link-button" disabled={pending} onClick={() => confirm("Delete this comment? Its place in the thread stays, marked deleted.") && run(() => removeComment(documentId, comment.id))}>
            Delete
          </button>
        </p>
      )}
    </div>
  );
}
