/**
 * The three backends: console prints the text part, file writes a parseable `.eml` readable by
 * the owner only, smtp speaks the real protocol (with AUTH) to a listener; a 5xx refusal is a
 * permanent error and a refused connection a retryable one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/database.ts';
import { startSmtp, type TestSmtp } from '../../test/helpers/smtp.ts';
import { testConfig } from '../config.ts';
import {
  consoleTransport,
  createTransport,
  fileTransport,
  type OutgoingMail,
  PermanentMailError,
} from './transports.ts';

const mail: OutgoingMail = {
  from: 'MentalMuse <noreply@example.com>',
  to: 'reader@example.com',
  subject: 'MentalMuse: hello',
  text: 'Hello reader,\nhttps://app.example.test/verify-email/abc\n',
  html: '<p>Hello reader</p>',
  messageId: '<0123456789abcdef0123456789abcdef@example.com>',
};

describe('console backend', () => {
  it('prints headers and the text part, so a newcomer finds the link in the output', async () => {
    let out = '';
    await consoleTransport((chunk) => {
      out += chunk;
    }).send(mail);
    expect(out).toContain('To: reader@example.com');
    expect(out).toContain('Subject: MentalMuse: hello');
    expect(out).toContain('https://app.example.test/verify-email/abc');
  });

  it('is the default and stays quiet with LOG_LEVEL=silent', async () => {
    let out = '';
    const transport = createTransport(testConfig(), (chunk) => {
      out += chunk;
    });
    expect(transport.name).toBe('console');
    await transport.send(mail);
    expect(out).toBe('');
  });
});

describe('file backend', () => {
  it('writes one .eml per message, mode 0600, with both parts', async () => {
    const folder = path.join(tempDir(), 'mail');
    const transport = createTransport(testConfig({ EMAIL_BACKEND: 'file', EMAIL_FILE_PATH: folder }));
    expect(transport.name).toBe('file');
    await transport.send(mail);
    await fileTransport(folder).send({ ...mail, messageId: '<second@example.com>' });
    const files = readdirSync(folder);
    expect(files).toHaveLength(2);
    const file = path.join(folder, files.find((f) => f.includes('0123456789abcdef')) ?? '');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const parsed = await simpleParser(readFileSync(file));
    expect(parsed.subject).toBe('MentalMuse: hello');
    expect(parsed.text).toContain('verify-email/abc');
    expect(parsed.html).toContain('<p>Hello reader</p>');
    expect(parsed.messageId).toBe(mail.messageId);
  });
});

describe('smtp backend', () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp({ auth: { user: 'mailer', pass: 's3cret pass' } });
  });
  afterAll(async () => smtp.stop());

  const config = (env: Record<string, string> = {}) =>
    testConfig({
      EMAIL_BACKEND: 'smtp',
      EMAIL_URL: smtp.url.replace('s3cret pass', 's3cret%20pass'),
      ...env,
    });

  it('delivers over SMTP with AUTH; the listener parses both parts', async () => {
    const transport = createTransport(config());
    await transport.send(mail);
    await transport.close();
    const [received] = await smtp.waitFor(1, 'reader@example.com');
    expect(received).toMatchObject({ subject: 'MentalMuse: hello', messageId: mail.messageId });
    expect(received?.text).toContain('verify-email/abc');
    expect(received?.html).toContain('Hello reader');
  });

  it('separate EMAIL_HOST / EMAIL_PORT / user / password variables work too', async () => {
    const transport = createTransport(
      testConfig({
        EMAIL_BACKEND: 'smtp',
        EMAIL_HOST: '127.0.0.1',
        EMAIL_PORT: String(smtp.port),
        EMAIL_HOST_USER: 'mailer',
        EMAIL_HOST_PASSWORD: 's3cret pass',
      }),
    );
    await transport.send({ ...mail, to: 'separate@example.com' });
    await smtp.waitFor(1, 'separate@example.com');
  });

  it('wrong credentials and refused connections are retryable errors; a 550 is permanent', async () => {
    const wrong = createTransport(config({ EMAIL_URL: `smtp://mailer:nope@127.0.0.1:${smtp.port}` }));
    await expect(wrong.send(mail)).rejects.not.toBeInstanceOf(PermanentMailError);
    const closed = createTransport(testConfig({ EMAIL_BACKEND: 'smtp', EMAIL_URL: 'smtp://127.0.0.1:1' }));
    await expect(closed.send(mail)).rejects.toThrow(/ECONNREFUSED|connect/);
    smtp.reject.add('gone@example.com');
    await expect(createTransport(config()).send({ ...mail, to: 'gone@example.com' })).rejects.toBeInstanceOf(
      PermanentMailError,
    );
  });
});
