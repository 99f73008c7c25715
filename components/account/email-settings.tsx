"use client";
import { useState } from "react";
import { saveEmailSettings } from "@/app/actions/notifications";
import { useServerAction } from "@/components/ui/use-server-action";
import { EMAIL_CHOICES, KIND_LABELS, NOTIFICATION_KINDS, type EmailChoice, type NotificationKind } from "@/lib/team/notification-kinds";

const CHOICE_LABELS: Record<EmailChoice, string> = { immediate: "at once", daily: "in a daily digest", none: "not by e-mail" };

interface Props {
  email: string | null;
  choices: Record<NotificationKind, EmailChoice>;
  /** False when the server has no SMTP server: nothing is sent, and the form says why. */
  smtp: boolean;
  digestHour: number;
}

/** Where and how often a person is e-mailed, per kind of notification; the inbox gets everything regardless. */
export function EmailSettings({ email: savedEmail, choices: saved, smtp, digestHour }: Props) {
  const [email, setEmail] = useState(savedEmail ?? "");
  const [choices, setChoices] = useState(saved);
  const [done, setDone] = useState(false);
  const { run, pending, error } = useServerAction();
  return (
    <form
      className="card email-settings"
      aria-label="E-mail notifications"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => saveEmailSettings({ email, choices }), () => setDone(true));
      }}
    >
      {!smtp && (
        <p className="notice notice--info" role="note">
          This server sends no e-mail: it has no SMTP server (an admin sets <code>WORKBENCH_SMTP_URL</code>). Your choices are kept for when it does; the inbox
          tells you everything meanwhile.
        </p>
      )}
      <label className="email-settings__address">
        E-mail address <input type="email" value={email} onChange={(e) => (setEmail(e.target.value), setDone(false))} autoComplete="email" placeholder="you@example.org" />
      </label>
      <fieldset disabled={!smtp} className="email-settings__kinds">
        <legend>Send me, for each kind (daily digests go at {String(digestHour).padStart(2, "0")}:00 UTC)</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind}>
            <span>{KIND_LABELS[kind]}</span>
            <select value={choices[kind]} onChange={(e) => (setChoices({ ...choices, [kind]: e.target.value as EmailChoice }), setDone(false))}>
              {EMAIL_CHOICES.map((c) => <option key={c} value={c}>{CHOICE_LABELS[c]}</option>)}
            </select>
          </label>
        ))}
      </fieldset>
      <div className="comment-form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>{pending ? "Saving…" : "Save e-mail settings"}</button>
        <span role="status">{done && !error ? "Saved." : ""}</span>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
