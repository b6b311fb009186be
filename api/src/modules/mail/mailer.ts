import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../../logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text body; links are written out in full. */
  text: string;
  /** The one link the message is about, printed in the log when mail goes to files. */
  link?: string;
  /** Extra headers, e.g. List-Unsubscribe on notification email. */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Sends through SMTP (nodemailer). */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(url: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, headers: message.headers });
  }
}

/** Without SMTP_URL: each message becomes a JSON file in a folder, and its link goes to the log. */
export class FileMailer implements Mailer {
  private sequence = 0;

  constructor(private readonly directory: string, private readonly logger: Logger, private readonly from: string) {}

  async send(message: MailMessage): Promise<void> {
    const directory = resolve(this.directory);
    await mkdir(directory, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++this.sequence).padStart(4, '0')}.json`;
    await writeFile(join(directory, name), JSON.stringify({ from: this.from, ...message, sentAt: new Date().toISOString() }, null, 2));
    this.logger.info({ to: message.to, subject: message.subject, link: message.link, file: join(directory, name) }, 'email written to a file (no SMTP_URL)');
  }
}

export function createMailer(options: { smtpUrl?: string; from: string; directory: string; logger: Logger }): Mailer {
  return options.smtpUrl ? new SmtpMailer(options.smtpUrl, options.from) : new FileMailer(options.directory, options.logger, options.from);
}
