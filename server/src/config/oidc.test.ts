import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/database.ts';
import { ConfigError, testConfig } from '../config.ts';

function providersFile(content: unknown, files: Record<string, string> = {}): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const file = path.join(dir, 'providers.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function problemsOf(file: string): string[] {
  try {
    testConfig({ OIDC_PROVIDERS: file });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('OIDC_PROVIDERS', () => {
  it('is empty when unset', () => {
    expect(testConfig().oidcProviders).toEqual([]);
  });

  it('reads providers, with the secret from client_secret_file next to the list', () => {
    const file = providersFile(
      [
        {
          id: 'campus',
          issuer: 'https://login.example.edu',
          client_id: 'mm',
          client_secret_file: 'campus.secret',
        },
      ],
      { 'campus.secret': 's3cret\n' },
    );
    expect(testConfig({ OIDC_PROVIDERS: file }).oidcProviders).toEqual([
      {
        id: 'campus',
        name: 'campus',
        issuer: 'https://login.example.edu',
        clientId: 'mm',
        clientSecret: 's3cret',
        scope: 'openid email profile',
      },
    ]);
  });

  it('reports every problem, naming the entry', () => {
    expect(problemsOf('/nonexistent/providers.json')).toEqual([
      'OIDC_PROVIDERS file "/nonexistent/providers.json" is missing or not valid JSON.',
    ]);
    expect(problemsOf(providersFile('{"id": 1}'))).toEqual([
      'OIDC_PROVIDERS must hold a JSON array of providers.',
    ]);
    const problems = problemsOf(
      providersFile([
        { id: 'bad id', issuer: 'ftp://x', client_id: '' },
        { id: 'a', issuer: 'https://a.example', client_id: 'x', client_secret_file: 'missing.secret' },
        { id: 'a', issuer: 'https://a.example', client_id: 'y' },
      ]),
    );
    expect(problems).toEqual([
      'OIDC_PROVIDERS entry 1 needs an "id" of letters, digits, - or _.',
      'OIDC_PROVIDERS entry 1 needs a "client_id".',
      'OIDC_PROVIDERS entry 1 needs an "issuer" URL.',
      'OIDC_PROVIDERS entry 2: client_secret_file "missing.secret" does not exist.',
      'OIDC_PROVIDERS lists the id "a" twice.',
    ]);
  });
});
