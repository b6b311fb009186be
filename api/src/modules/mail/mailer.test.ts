import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { createLogger } from '../../logger.js';
import { FileMailer, SmtpMailer, createMailer } from './mailer.js';

describe('SMTP', () => {
  it('delivers through a real SMTP server', async () => {
    const received: { from: string; to: string[]; body: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Casebook <no-reply@casebook.test>', directory: '/nonexistent', logger: createLogger('silent') });
      expect(mailer).toBeInstanceOf(SmtpMailer);
      await mailer.send({ to: 'ana@example.net', subject: 'Confirm your email address', text: 'Follow https://casebook.test/verify-email?token=abc', link: 'https://casebook.test/verify-email?token=abc' });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ from: 'no-reply@casebook.test', to: ['ana@example.net'] });
      expect(received[0]!.body).toContain('Subject: Confirm your email address');
      expect(received[0]!.body).toContain('verify-email?token=abc');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('without SMTP', () => {
  it('writes each message as a file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'casebook-mail-'));
    try {
      const mailer = new FileMailer(join(directory, 'mail'), createLogger('silent'), 'Casebook <no-reply@casebook.test>');
      await mailer.send({ to: 'ana@example.net', subject: 'Reset your password', text: 'link', link: 'http://localhost:3000/reset-password?token=x' });
      await mailer.send({ to: 'bo@example.net', subject: 'Second', text: 'text' });
      const files = (await readdir(join(directory, 'mail'))).sort();
      expect(files).toHaveLength(2);
      expect(JSON.parse(await readFile(join(directory, 'mail', files[0]!), 'utf8'))).toMatchObject({ to: 'ana@example.net', link: 'http://localhost:3000/reset-password?token=x' });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
