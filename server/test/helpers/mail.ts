/**
 * An app wired to a real SMTP listener for e-mail flow tests: `EMAIL_BACKEND=smtp` pointing at
 * {@link startSmtp}'s listener, links on a fixed `FRONTEND_URL`, and a worker that retries fast.
 */
import { createTestApp } from './app.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

/** Where test links point. */
export const TEST_FRONTEND = 'https://app.example.test';

/** Worker timing for tests: quick polls and retries. */
export const FAST_WORKER = { pollIntervalMs: 50, baseDelayMs: 20, maxDelayMs: 200 } as const;

/** Builds an app whose mail goes to a fresh SMTP listener. */
export async function createMailTestApp(env: Record<string, string> = {}) {
  const smtp: TestSmtp = await startSmtp();
  const t = await createTestApp({
    env: { EMAIL_BACKEND: 'smtp', EMAIL_URL: smtp.url, FRONTEND_URL: TEST_FRONTEND, ...env },
  });
  t.app.mail.worker.tune(FAST_WORKER);
  return {
    ...t,
    smtp,
    close: async () => {
      try {
        await t.close();
      } finally {
        await smtp.stop();
      }
    },
  };
}

/** The path parts of the first `FRONTEND_URL` link in a message (e.g. ['verify-email', key]). */
export function linkParts(text: string, first: string): string[] {
  const match = new RegExp(`${TEST_FRONTEND.replaceAll('.', '\\.')}/${first}/([^\\s]+)`).exec(text);
  if (match === null) throw new Error(`no ${first} link in:\n${text}`);
  return [first, ...(match[1] ?? '').split('/').map(decodeURIComponent)];
}
