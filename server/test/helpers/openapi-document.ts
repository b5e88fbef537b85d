/**
 * The server's OpenAPI document, built in-process on a throwaway SQLite database (no server,
 * no network): for the linter, the response validator and the fuzz test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** An OpenAPI 3.1 document as plain JSON. */
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
} & Record<string, unknown>;

let cached: Promise<OpenApiDocument> | undefined;

async function build(): Promise<OpenApiDocument> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mm-openapi-'));
  const config = testConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  const app = await buildApp(config, { database });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as OpenApiDocument;
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The document (built once per process). */
export function openApiDocument(): Promise<OpenApiDocument> {
  cached ??= build();
  return cached;
}
