/**
 * HTTPS when `TLS_CERT`/`TLS_KEY` are set: the pair is read at start-up (a bad pair stops the
 * start with a clear message) and again on SIGHUP, so a renewed certificate is served to new
 * connections without a restart; a bad pair at reload is logged and the current one kept.
 */
import { readFileSync } from 'node:fs';
import { createSecureContext, type Server as TlsServer } from 'node:tls';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

/** A certificate chain and its private key, PEM. */
export interface TlsPair {
  cert: Buffer;
  key: Buffer;
}

/** Reads and checks the pair (throws an Error naming the files when they do not make a TLS context). */
export function readTlsPair(files: NonNullable<Config['tls']>): TlsPair {
  try {
    const pair = { cert: readFileSync(files.cert), key: readFileSync(files.key) };
    createSecureContext(pair);
    return pair;
  } catch (error) {
    throw new Error(`TLS_CERT ${files.cert} / TLS_KEY ${files.key}: ${(error as Error).message}`);
  }
}

/** Fastify's `https` option for a configuration: null when TLS is off. */
export function httpsOptions(config: Config): TlsPair | null {
  return config.tls === null ? null : readTlsPair(config.tls);
}

/**
 * Reloads the pair into the listening server; new connections get it, open ones keep theirs.
 * Returns false (and logs) when TLS is off or the files are not a valid pair.
 */
export function reloadTls(app: FastifyInstance): boolean {
  const files = app.config.tls;
  if (files === null) return false;
  try {
    (app.server as unknown as TlsServer).setSecureContext(readTlsPair(files));
    app.log.info({ cert: files.cert }, 'TLS certificate reloaded');
    return true;
  } catch (error) {
    app.log.error({ err: error }, 'TLS reload failed; the current certificate stays');
    return false;
  }
}
