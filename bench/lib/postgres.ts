/** PostgreSQL databases for benchmarks, created (optionally from a template) and dropped through an admin URL. */
import pg from 'pg';

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server of `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** True when database `name` exists. */
export function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return admin(
    adminUrl,
    async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1,
  );
}

/** Drops database `name` if it exists (closing its connections). */
export function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return admin(adminUrl, async (c) => {
    await c.query(`drop database if exists "${name}" with (force)`);
  });
}

/**
 * Creates a database (a copy of `template` when given: PostgreSQL copies the files, which is far
 * quicker than seeding again) and returns its URL and a function that drops it.
 */
export async function createDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  await admin(adminUrl, async (c) => {
    await c.query(`create database "${name}"${template === undefined ? '' : ` template "${template}"`}`);
  });
  return { url: databaseUrl(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
