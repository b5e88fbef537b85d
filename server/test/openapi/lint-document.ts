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
  return problems
    .map((problem) => ({
      rule: problem.ruleId,
      severity: problem.severity,
      message: problem.message,
      where: problem.location.map((location) => location.pointer ?? '').join(', '),
    }))
    .filter((problem) => !redirectOnly(document, problem));
}

/**
 * `operation-2xx-response` does not apply to an operation whose success *is* a redirect (the
 * OpenID Connect start and callback answer 302 by design, API.md C3).
 */
function redirectOnly(document: unknown, problem: LintProblem): boolean {
  if (problem.rule !== 'operation-2xx-response') return false;
  let node: unknown = document;
  for (const part of problem.where.replace(/^#\//, '').split('/')) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return (
    typeof node === 'object' && node !== null && Object.keys(node).some((status) => status.startsWith('3'))
  );
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const problems = await lintDocument(await openApiDocument());
  for (const p of problems) process.stdout.write(`${p.severity} ${p.rule}: ${p.message} (${p.where})\n`);
  process.stdout.write(`OpenAPI lint (Redocly recommended): ${problems.length} problem(s).\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
