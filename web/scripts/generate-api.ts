/**
 * Generates `src/api/schema.d.ts` (types for every path of the API) from the server's OpenAPI
 * document. The app is built in-process (`buildApp(testConfig())`), so no running server is needed.
 *
 *   npm run generate:api -w web            write the file
 *   npm run generate:api -w web -- --check exit 1 when the file is out of date (used by a test)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverSrc = path.resolve(here, '../../server/src');

/** The few server functions used here, loaded at run time so web's type check stays independent of server code. */
interface ServerModules {
  buildApp(
    config: unknown,
    options: { database: unknown },
  ): Promise<{
    ready(): Promise<unknown>;
    swagger(): unknown;
    close(): Promise<unknown>;
  }>;
  testConfig(env: Record<string, string>): { database: unknown };
  openDatabase(config: unknown): { close(): Promise<void> };
  migrateToLatest(database: unknown): Promise<unknown>;
}

async function loadServer(): Promise<ServerModules> {
  const load = (file: string) => import(pathToFileURL(path.join(serverSrc, file)).href);
  const [app, config, database, migrate] = await Promise.all([
    load('app.ts'),
    load('config.ts'),
    load('db/database.ts'),
    load('db/migrate.ts'),
  ]);
  return { ...app, ...config, ...database, ...migrate } as ServerModules;
}
/** The generated file. */
export const SCHEMA_FILE = path.resolve(here, '../src/api/schema.d.ts');

const HEADER = `/**
 * Generated from the server's OpenAPI document by web/scripts/generate-api.ts.
 * Do not edit by hand: run \`npm run generate:api -w web\`.
 */

`;

/** Builds the app, reads its OpenAPI document and renders the TypeScript types. */
export async function renderSchema(): Promise<string> {
  const { buildApp, testConfig, openDatabase, migrateToLatest } = await loadServer();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mentalmuse-openapi-'));
  const config = testConfig({ DATA_DIR: dataDir });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  const app = await buildApp(config, { database });
  try {
    await app.ready();
    const document = app.swagger() as unknown as Parameters<typeof openapiTS>[0];
    const ast = await openapiTS(document, { alphabetize: false, exportType: false });
    return HEADER + astToString(ast);
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const rendered = await renderSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {}
    if (current !== rendered) {
      console.error('web/src/api/schema.d.ts is out of date: run `npm run generate:api -w web`.');
      process.exit(1);
    }
    console.log('web/src/api/schema.d.ts is up to date.');
  } else {
    writeFileSync(SCHEMA_FILE, rendered);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  }
}
