/**
 * Runs once before the suite: checks that the dialect this run was asked for is reachable,
 * failing loudly (never silently skipping) when it is not.
 */
import pg from 'pg';

export default async function setup(): Promise<void> {
  if (process.env.TEST_DIALECT !== 'postgres') return;
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '')
    throw new Error('TEST_DIALECT=postgres but TEST_DATABASE_URL is not set.');
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(`PostgreSQL at TEST_DATABASE_URL is not reachable: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}
