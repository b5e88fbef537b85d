/**
 * Lints the server's OpenAPI document with Redocly's `recommended` rules (the `@redocly/openapi-core`
 * library: offline, no telemetry). `node server/test/openapi/lint-document.ts` prints every problem
 * and exits 1 when there is any; the static checks of scripts/test-all.sh run it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { openApiDocument } from '../helpers/openapi-document.ts';

/** One finding of the linter. */
export interface LintProblem {
  rule: string;
  severity: string;
  message: string;
  where: string;
}

/** Lints a document; returns every error and warning. */
export async function lintDocument(document: unknown): Promise<LintProblem[]> {
  const config = await createConfig({
    extends: ['recommended'],
    // The contract (API.md) ends every path with "/", as the Django REST Framework API it is compatible with does.
    rules: { 'no-path-trailing-slash': 'off' },
  });
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: '/openapi.json',
    config,
  });
  return problems.map((problem) => ({
    rule: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    where: problem.location.map((location) => location.pointer ?? '').join(', '),
  }));
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const problems = await lintDocument(await openApiDocument());
  for (const p of problems) process.stdout.write(`${p.severity} ${p.rule}: ${p.message} (${p.where})\n`);
  process.stdout.write(`OpenAPI lint (Redocly recommended): ${problems.length} problem(s).\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
