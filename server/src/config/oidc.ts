/**
 * OpenID Connect providers (`OIDC_PROVIDERS`): a JSON file listing the providers people may sign
 * in with. Read once at start-up; a secret may live in its own file (`client_secret_file`) so the
 * list itself can be committed or mounted without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EnvReader } from './env-reader.ts';

/** One configured OpenID Connect provider. */
export interface OidcProviderConfig {
  /** Short id used in URLs (`/api/auth/oidc/{id}/start/`): letters, digits, `-` and `_`. */
  id: string;
  /** Name shown on the sign-in button. */
  name: string;
  /** Issuer URL; its `/.well-known/openid-configuration` is discovered at first use. */
  issuer: string;
  /** Client id registered with the provider. */
  clientId: string;
  /** Client secret (`client_secret` or the contents of `client_secret_file`); null → a public client. */
  clientSecret: string | null;
  /** Scopes asked for (default `openid email profile`). */
  scope: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function providerFrom(
  raw: unknown,
  index: number,
  base: string,
  problems: string[],
): OidcProviderConfig | null {
  const where = `OIDC_PROVIDERS entry ${index + 1}`;
  if (typeof raw !== 'object' || raw === null) {
    problems.push(`${where} must be an object.`);
    return null;
  }
  const entry = raw as Record<string, unknown>;
  const str = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string).trim() : undefined);
  const id = str('id');
  const issuer = str('issuer');
  const clientId = str('client_id');
  if (id === undefined || !ID.test(id)) problems.push(`${where} needs an "id" of letters, digits, - or _.`);
  if (clientId === undefined || clientId === '') problems.push(`${where} needs a "client_id".`);
  try {
    if (issuer === undefined) throw new Error('missing');
    const url = new URL(issuer);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
  } catch {
    problems.push(`${where} needs an "issuer" URL.`);
  }
  let clientSecret = typeof entry.client_secret === 'string' ? entry.client_secret : null;
  const secretFile = str('client_secret_file');
  if (secretFile !== undefined) {
    const file = path.resolve(base, secretFile);
    if (!existsSync(file)) problems.push(`${where}: client_secret_file "${secretFile}" does not exist.`);
    else clientSecret = readFileSync(file, 'utf8').trim();
  }
  if (id === undefined || issuer === undefined || clientId === undefined) return null;
  return {
    id,
    name: str('name') || id,
    issuer,
    clientId,
    clientSecret,
    scope: str('scope') || 'openid email profile',
  };
}

/** The providers of `OIDC_PROVIDERS` (none when unset); problems are added to the reader's list. */
export function readOidcProviders(reader: EnvReader, cwd: string): OidcProviderConfig[] {
  const raw = reader.text('OIDC_PROVIDERS');
  if (raw === undefined) return [];
  const file = path.resolve(cwd, raw);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    reader.problems.push(`OIDC_PROVIDERS file "${raw}" is missing or not valid JSON.`);
    return [];
  }
  if (!Array.isArray(parsed)) {
    reader.problems.push('OIDC_PROVIDERS must hold a JSON array of providers.');
    return [];
  }
  const providers = parsed
    .map((entry, index) => providerFrom(entry, index, path.dirname(file), reader.problems))
    .filter((p): p is OidcProviderConfig => p !== null);
  const ids = new Set<string>();
  for (const p of providers) {
    if (ids.has(p.id)) reader.problems.push(`OIDC_PROVIDERS lists the id "${p.id}" twice.`);
    ids.add(p.id);
  }
  return providers;
}
