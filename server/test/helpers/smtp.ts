/**
 * A real SMTP listener for tests (the `smtp-server` package on 127.0.0.1), which parses what it
 * receives with `mailparser`. It can be stopped and started again on the same port to simulate
 * an outage, and can refuse recipients with a 5xx to simulate a permanent failure.
 */
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One received message. */
export interface ReceivedMail {
  /** Envelope recipients. */
  to: string[];
  /** `From` header text. */
  from: string;
  /** Subject line. */
  subject: string;
  /** Plain-text part. */
  text: string;
  /** HTML part. */
  html: string;
  /** `Message-ID` header. */
  messageId: string;
  /** Every header by lower-case name (folded lines unfolded; the last one wins). */
  headers: Record<string, string>;
}

/** Options of {@link startSmtp}. */
export interface SmtpOptions {
  /** Port to listen on (0: any free port). */
  port?: number;
  /** Require this user and password (AUTH PLAIN/LOGIN over the plain connection). */
  auth?: { user: string; pass: string };
}

/** A running (or stopped) test listener. */
export interface TestSmtp {
  /** The port, stable across stop/start. */
  port: number;
  /** `smtp://…` URL for `EMAIL_URL`. */
  url: string;
  /** Everything received, in order. */
  received: ReceivedMail[];
  /** Recipients to refuse with `550` (a permanent failure). */
  reject: Set<string>;
  /** Stops listening (an outage). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Messages to an address. */
  to(address: string): ReceivedMail[];
  /** Polls (every 10 ms, up to `timeoutMs`) until `count` messages reached `address` (or anyone). */
  waitFor(count: number, address?: string, timeoutMs?: number): Promise<ReceivedMail[]>;
}

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (value === undefined) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}

/** Starts a listener. */
export async function startSmtp(options: SmtpOptions = {}): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const reject = new Set<string>();
  let server: SMTPServer | null = null;
  let port = options.port ?? 0;

  const create = () =>
    new SMTPServer({
      logger: false,
      disabledCommands: options.auth === undefined ? ['STARTTLS', 'AUTH'] : ['STARTTLS'],
      authOptional: options.auth === undefined,
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        if (auth.username === options.auth?.user && auth.password === options.auth?.pass)
          return callback(null, { user: auth.username });
        return callback(new Error('Invalid username or password'));
      },
      onRcptTo(address, _session, callback) {
        if (reject.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
          return callback(error);
        }
        return callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            received.push({
              to: (session.envelope.rcptTo ?? []).map((r) => r.address.toLowerCase()),
              from: addressText(parsed.from),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              headers: Object.fromEntries(
                parsed.headerLines.map(({ key, line }) => [
                  key,
                  line
                    .slice(line.indexOf(':') + 1)
                    .replace(/\r?\n[ \t]+/g, ' ')
                    .trim(),
                ]),
              ),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });

  const start = async () => {
    const next = create();
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    next.on('error', () => {});
    const address = next.server.address();
    if (address !== null && typeof address === 'object') port = address.port;
    server = next;
  };
  await start();

  const smtp: TestSmtp = {
    get port() {
      return port;
    },
    get url() {
      const auth = options.auth === undefined ? '' : `${options.auth.user}:${options.auth.pass}@`;
      return `smtp://${auth}127.0.0.1:${port}`;
    },
    received,
    reject,
    async stop() {
      const current = server;
      server = null;
      if (current !== null) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    start,
    to(address) {
      return received.filter((m) => m.to.includes(address.toLowerCase()));
    },
    async waitFor(count, address, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const list = address === undefined ? received : smtp.to(address);
        if (list.length >= count) return list;
        if (Date.now() > deadline)
          throw new Error(
            `expected ${count} message(s)${address ? ` to ${address}` : ''}, got ${list.length}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
  return smtp;
}

/** Polls `check` (every 10 ms, up to `timeoutMs`) until it returns true. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
