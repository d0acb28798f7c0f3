import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The action link of the mail, logged when the mail goes to the outbox. */
  link?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/**
 * Sends mail through SMTP_URL, or, with no mail server configured, writes each message as an
 * .eml file to DATA_DIR/outbox and logs its link, so a fresh install works without SMTP.
 */
@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter;
  readonly outboxDir: string | null;

  constructor(private readonly config: AppConfig) {
    this.outboxDir = config.smtpUrl ? null : join(config.dataDir, 'outbox');
    this.transport = config.smtpUrl
      ? createTransport(config.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: message.headers,
    });
    if (this.outboxDir) {
      await mkdir(this.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = join(
        this.outboxDir,
        `${stamp}-${info.messageId.replace(/[^a-zA-Z0-9]/g, '')}.eml`,
      );
      await writeFile(file, (info as unknown as { message: Buffer }).message);
      this.logger.log(
        `Mail to ${message.to} written to ${file}${message.link ? `; link: ${message.link}` : ''}`,
      );
    }
  }
}
