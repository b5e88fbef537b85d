/**
 * The outbox worker survives its database going away (PostgreSQL; SQLite is in-process and cannot
 * restart under a running server): the database refuses connections and every open one is
 * terminated, as during a restart, while a message waits for a mail server that is also down.
 * When both return, the same worker — not restarted — delivers that message and a new one,
 * each exactly once.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/helpers/auth.ts';
import { RUN_DIALECT } from '../../test/helpers/database.ts';
import { createMailTestApp } from '../../test/helpers/mail.ts';
import { eventually } from '../../test/helpers/smtp.ts';
import { countOutboxByStatus } from './outbox.repository.ts';

describe.runIf(RUN_DIALECT === 'postgres')('outbox worker across a database restart', () => {
  let t: Awaited<ReturnType<typeof createMailTestApp>>;
  let admin: pg.Client;
  let name: string;
  beforeAll(async () => {
    t = await createMailTestApp();
    admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    name = (
      await t.database.db
        .selectNoFrom((eb) => eb.fn<string>('current_database').as('name'))
        .executeTakeFirstOrThrow()
    ).name;
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await admin.end();
    await t.close();
  });

  async function reset(email: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/reset/',
      payload: { email },
    });
    expect(response.statusCode).toBe(200);
  }

  it('delivers what waited and what came after, once each, without restarting the worker', async () => {
    const first = await createUser(t.app);
    await t.smtp.stop();
    await reset(first.email);
    await eventually(async () => {
      const row = await t.database.db.selectFrom('mail_outbox').select('attempts').executeTakeFirst();
      return Number(row?.attempts ?? 0) >= 1;
    });

    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    // The worker polls every 50 ms: many passes fail against the missing database meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const duringOutage = await t.app.inject({ method: 'GET', url: '/api/health/' });
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await t.smtp.start();

    const second = await createUser(t.app);
    await reset(second.email);
    await t.smtp.waitFor(2);
    await eventually(async () => (await countOutboxByStatus(t.database.db)).sent === 2);
    expect(t.smtp.received.map((m) => m.to[0]).sort()).toEqual([first.email, second.email].sort());
    expect(new Set(t.smtp.received.map((m) => m.messageId)).size).toBe(2);
    expect(await countOutboxByStatus(t.database.db)).toEqual({ pending: 0, sending: 0, sent: 2, failed: 0 });
    // The outage was real: the app could not reach its database while it lasted.
    expect(duringOutage.statusCode).toBe(503);
  });
});
