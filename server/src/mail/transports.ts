/**
 * Where outgoing mail goes (`EMAIL_BACKEND`): `console` prints each message to standard output
 * (silent with `LOG_LEVEL=silent`), `file` writes one `.eml` per message into `EMAIL_FILE_PATH`,
 * `smtp` hands it to a mail server through nodemailer. A transport only sends; retries and
 * bookkeeping belong to the outbox worker.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { loadNodemailer } from '../lib/load-at-first-use.ts';
import { highlightLinks, resolveLogFormat } from '../lib/pretty-log.ts';

/** One message ready to go out. */
export interface OutgoingMail {
  /** `From` header. */
  from: string;
  /** Recipient address. */
  to: string;
  /** Subject line. */
  subject: string;
  /** Plain-text body. */
  text: string;
  /** HTML body. */
  html: string;
  /** `Message-ID` header, stable across retries of the same outbox row. */
  messageId: string;
  /** Further headers (e.g. `List-Unsubscribe`). */
  headers?: Record<string, string>;
}

/** A delivery error the worker must not retry (the server refused the message for good). */
export class PermanentMailError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentMailError';
  }
}

/** Sends messages; throws on failure ({@link PermanentMailError} when a retry cannot help). */
export interface MailTransport {
  /** Which backend this is. */
  readonly name: Config['emailBackend'];
  /** Delivers one message. */
  send(mail: OutgoingMail): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
}

/** Seconds the SMTP client waits to connect, for the greeting, and on an idle socket. */
export const SMTP_TIMEOUTS = { connection: 10, greeting: 10, socket: 30 } as const;

/** Renders messages without sending them; made at first use (the console backend never needs nodemailer). */
let builder: ReturnType<typeof createBuilder> | undefined;
const createBuilder = () =>
  loadNodemailer().createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

/** The full RFC 5322 message (headers, text and HTML parts) as the file backend stores it. */
export async function buildRawMessage(mail: OutgoingMail): Promise<Buffer> {
  builder ??= createBuilder();
  const info = (await builder.sendMail({ ...mail })) as { message: Buffer };
  return info.message;
}

/** Prints messages (headers and the plain-text part) to a stream, like Django's console backend. */
export function consoleTransport(write: (chunk: string) => void): MailTransport {
  return {
    name: 'console',
    async send(mail) {
      const rule = '-'.repeat(72);
      write(
        `${rule}\nFrom: ${mail.from}\nTo: ${mail.to}\nSubject: ${mail.subject}\nMessage-ID: ${mail.messageId}\n\n${mail.text}\n(An HTML version of this message was sent as well.)\n${rule}\n`,
      );
    },
    async close() {},
  };
}

/** Writes each message as `<time>-<message id>.eml` into a folder (created, mode 0700). */
export function fileTransport(folder: string): MailTransport {
  return {
    name: 'file',
    async send(mail) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const id = mail.messageId.replace(/[^A-Za-z0-9]/g, '').slice(0, 40);
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
      // The message may hold a single-use link: readable by the server's user only.
      writeFileSync(file, await buildRawMessage(mail), { mode: 0o600 });
    },
    async close() {},
  };
}

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  message?: string;
}

/** Sends through an SMTP server (STARTTLS or implicit TLS as configured, AUTH when a user is set). */
export function smtpTransport(config: Config): MailTransport {
  const smtp = config.emailSmtp;
  const transporter = loadNodemailer().createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.useSsl,
    requireTLS: smtp.useTls,
    auth: smtp.user === null ? undefined : { user: smtp.user, pass: smtp.password ?? '' },
    connectionTimeout: SMTP_TIMEOUTS.connection * 1000,
    greetingTimeout: SMTP_TIMEOUTS.greeting * 1000,
    socketTimeout: SMTP_TIMEOUTS.socket * 1000,
  });
  return {
    name: 'smtp',
    async send(mail) {
      try {
        await transporter.sendMail({ ...mail });
      } catch (error) {
        const e = error as SmtpFailure;
        // A 5xx refusal of this recipient or message will not change on retry; everything else
        // (connection, TLS, AUTH, 4xx) is a server or configuration problem worth retrying.
        const messageLevel = e.code === 'EENVELOPE' || e.code === 'EMESSAGE';
        if (messageLevel && e.responseCode !== undefined && e.responseCode >= 500) {
          throw new PermanentMailError(e.message ?? 'rejected by the mail server', { cause: error });
        }
        throw error;
      }
    },
    async close() {
      transporter.close();
    },
  };
}

/** The transport `EMAIL_BACKEND` selects; `write` receives the console backend's output. */
export function createTransport(
  config: Config,
  write: (chunk: string) => void = (chunk) =>
    process.stdout.write(
      resolveLogFormat(config.logFormat, process.stdout.isTTY === true) === 'pretty'
        ? highlightLinks(chunk)
        : chunk,
    ),
): MailTransport {
  switch (config.emailBackend) {
    case 'smtp':
      return smtpTransport(config);
    case 'file':
      return fileTransport(config.emailFilePath);
    default:
      return consoleTransport(config.logLevel === 'silent' ? () => {} : write);
  }
}
