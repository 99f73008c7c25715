import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { DEFAULT_DIGEST_HOUR } from "../../team/notification-kinds";

/** True when this server may send e-mail: WORKBENCH_SMTP_URL names an SMTP server. */
export const smtpConfigured = (): boolean => Boolean(process.env.WORKBENCH_SMTP_URL?.trim());

/** The sender of every message: WORKBENCH_MAIL_FROM, or the workbench at the SMTP server's host. */
export function mailFrom(): string {
  const given = process.env.WORKBENCH_MAIL_FROM?.trim();
  if (given) return given;
  const host = (() => {
    try {
      return new URL(process.env.WORKBENCH_SMTP_URL ?? "").hostname || "localhost";
    } catch {
      return "localhost";
    }
  })();
  return `OCR Workbench <workbench@${host}>`;
}

/** The hour (UTC, 0–23) at which daily digests go: WORKBENCH_DIGEST_HOUR. */
export function digestHour(): number {
  const n = Number(process.env.WORKBENCH_DIGEST_HOUR);
  return Number.isInteger(n) && n >= 0 && n <= 23 && process.env.WORKBENCH_DIGEST_HOUR?.trim() ? n : DEFAULT_DIGEST_HOUR;
}

/** The link base in e-mails: WORKBENCH_PUBLIC_URL (https://workbench.example.org), else a path only. */
export const publicUrl = (): string => (process.env.WORKBENCH_PUBLIC_URL ?? "").replace(/\/+$/, "");

const holder = globalThis as unknown as { workbenchMailer?: { url: string; transport: Transporter } };

/**
 * Sends one plain-text message through WORKBENCH_SMTP_URL (smtp://user:pass@host:587, or smtps://
 * for TLS from the start). A failure throws: the e-mail job is retried with backoff.
 */
export async function sendMail({ to, subject, text }: { to: string; subject: string; text: string }): Promise<void> {
  const url = process.env.WORKBENCH_SMTP_URL?.trim();
  if (!url) throw new Error("No SMTP server: set WORKBENCH_SMTP_URL");
  if (holder.workbenchMailer?.url !== url) holder.workbenchMailer = { url, transport: nodemailer.createTransport(url) };
  await holder.workbenchMailer.transport.sendMail({ from: mailFrom(), to, subject, text });
}
