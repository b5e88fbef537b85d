/**
 * Access tokens: JWTs signed with an asymmetric key (EdDSA/Ed25519 or ES256) through `jose`,
 * carrying `kid`, `iss`, `aud`, `sub` (user public id) and `sid` (session public id). The
 * algorithm is pinned per key, so `alg: none` and HS256-with-the-public-key never verify.
 *
 * Keys: `JWT_PRIVATE_KEY_FILE` when configured, otherwise the last (by name) `*.pem` in
 * `DATA_DIR/keys/`, generated (Ed25519, mode 0600) on first start. Every key in that folder is
 * published in the JWKS and accepted for verification, so a new key can be added before the old
 * one is retired (rotation).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type CryptoKey,
  calculateJwkThumbprint,
  decodeProtectedHeader,
  importPKCS8,
  importSPKI,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Config } from '../../config.ts';
import { InvalidTokenError } from '../../http/errors.ts';
import { nowSeconds } from '../../lib/time.ts';

/** `iss` of every access token. */
export const TOKEN_ISSUER = 'mentalmuse';
/** `aud` of every access token: this API. */
export const TOKEN_AUDIENCE = 'mentalmuse-api';
/** Clock-skew leeway for `exp`/`nbf`/`iat`, in seconds. */
export const CLOCK_SKEW_SECONDS = 30;
/** The algorithms this server signs with. */
export type SigningAlgorithm = 'EdDSA' | 'ES256';

/** One key pair, imported once. */
export interface SigningKey {
  /** JWK thumbprint of the public key. */
  kid: string;
  /** The pinned algorithm for this key. */
  alg: SigningAlgorithm;
  /** For signing (non-extractable). */
  privateKey: CryptoKey;
  /** For verifying. */
  publicKey: CryptoKey;
  /** The public JWK as published. */
  jwk: PublicJwk;
}

/** A public key as the JWKS publishes it. */
export interface PublicJwk {
  kty: string;
  kid: string;
  alg: SigningAlgorithm;
  use: 'sig';
  crv: string;
  x: string;
  y?: string;
}

/** The loaded key ring: one signing key, all verification keys by `kid`. */
export interface KeyRing {
  /** The key new tokens are signed with. */
  current: SigningKey;
  /** Every accepted key by `kid` (the current one included). */
  byKid: Map<string, SigningKey>;
}

/** The verified claims the server relies on. */
export interface AccessClaims {
  /** User public id. */
  sub: string;
  /** Session public id. */
  sid: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const HEX32 = /^[0-9a-f]{32}$/;

function algorithmOf(key: KeyObject): SigningAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error('JWT signing keys must be Ed25519 or EC P-256 (ES256) private keys in PEM.');
}

/** Imports one PEM private key into a {@link SigningKey}. */
export async function importSigningKey(pem: string): Promise<SigningKey> {
  const privateObject = createPrivateKey(pem);
  const alg = algorithmOf(privateObject);
  const pkcs8 = privateObject.export({ format: 'pem', type: 'pkcs8' }).toString();
  const publicObject = createPublicKey(privateObject);
  const spki = publicObject.export({ format: 'pem', type: 'spki' }).toString();
  const exported = publicObject.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(exported);
  return {
    kid,
    alg,
    privateKey: await importPKCS8(pkcs8, alg),
    publicKey: await importSPKI(spki, alg),
    jwk: {
      kty: String(exported.kty),
      kid,
      alg,
      use: 'sig',
      crv: String(exported.crv),
      x: String(exported.x),
      ...(exported.y === undefined ? {} : { y: String(exported.y) }),
    },
  };
}

/** Writes a new Ed25519 key as `file` (0600) unless it exists; safe when processes race. */
function generateKeyFile(file: string): void {
  const { privateKey } = generateKeyPairSync('ed25519');
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Loads (or on first start generates) the key ring described by the configuration. */
export async function loadKeyRing(config: Pick<Config, 'dataDir' | 'jwtPrivateKeyFile'>): Promise<KeyRing> {
  const folder = path.join(config.dataDir, 'keys');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const listPem = () =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.pem'))
      .sort();
  if (config.jwtPrivateKeyFile === null && listPem().length === 0) {
    generateKeyFile(path.join(folder, 'key-0001.pem'));
  }
  const files = listPem().map((name) => path.join(folder, name));
  for (const file of files) chmodSync(file, 0o600);
  const currentFile = config.jwtPrivateKeyFile ?? files.at(-1);
  if (currentFile === undefined) throw new Error(`No JWT signing key in ${folder}.`);
  const current = await importSigningKey(readFileSync(currentFile, 'utf8'));
  const byKid = new Map<string, SigningKey>([[current.kid, current]]);
  for (const file of files) {
    const key = await importSigningKey(readFileSync(file, 'utf8'));
    if (!byKid.has(key.kid)) byKid.set(key.kid, key);
  }
  return { current, byKid };
}

/** The public JWKS document. */
export function jwks(ring: KeyRing): { keys: PublicJwk[] } {
  return { keys: [...ring.byKid.values()].map((key) => key.jwk) };
}

/** What an access token is minted for. */
export interface AccessTokenInput {
  /** User public id. */
  userPublicId: string;
  /** Session public id. */
  sessionPublicId: string;
  /** Lifetime in seconds. */
  lifetime: number;
  /** Issue time in seconds since the epoch (tests mint past tokens with it). */
  now?: number;
  /** Latest allowed expiry (the session's own expiry), seconds since the epoch. */
  notAfter?: number;
}

/** Signs an access token with the current key. */
export async function signAccessToken(ring: KeyRing, input: AccessTokenInput): Promise<string> {
  const iat = input.now ?? Math.floor(nowSeconds());
  const exp = Math.min(iat + input.lifetime, input.notAfter ?? Number.MAX_SAFE_INTEGER);
  return new SignJWT({ token_type: 'access', sid: input.sessionPublicId })
    .setProtectedHeader({ alg: ring.current.alg, kid: ring.current.kid, typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(input.userPublicId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(randomBytes(16).toString('hex'))
    .sign(ring.current.privateKey);
}

/** A new opaque refresh token: 256 random bits, base64url. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a refresh token: hex SHA-256 (the token has 256 bits of entropy). */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const INVALID_MESSAGES = [
  { token_class: 'AccessToken', token_type: 'access', message: 'Token is invalid or expired' },
];

/** The 401 every rejected access token gets (simplejwt's shape). */
export function invalidAccessToken(): InvalidTokenError {
  return new InvalidTokenError('Given token not valid for any token type', INVALID_MESSAGES);
}

/** Verifies signature, algorithm, `iss`, `aud`, expiry and claim shapes; throws a 401 otherwise. */
export async function verifyAccessToken(ring: KeyRing, token: string): Promise<AccessClaims> {
  try {
    const header = decodeProtectedHeader(token);
    const key = typeof header.kid === 'string' ? ring.byKid.get(header.kid) : undefined;
    if (key === undefined) throw invalidAccessToken();
    const { payload } = await jwtVerify(token, key.publicKey, {
      algorithms: [key.alg],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      clockTolerance: CLOCK_SKEW_SECONDS,
      // The app's clock, not jose's Date.now(): a wall clock stepped back must not revive expired tokens.
      currentDate: new Date(nowSeconds() * 1000),
      requiredClaims: ['sub', 'sid', 'exp', 'iat'],
      typ: 'JWT',
    });
    const { sub, sid, exp, token_type: type } = payload as Record<string, unknown>;
    if (type !== 'access' || typeof sub !== 'string' || !HEX32.test(sub)) throw invalidAccessToken();
    if (typeof sid !== 'string' || !HEX32.test(sid) || typeof exp !== 'number') throw invalidAccessToken();
    return { sub, sid, exp };
  } catch {
    throw invalidAccessToken();
  }
}

/**
 * A bounded cache of already-verified tokens (signature checks are the costly part). Entries
 * are used only until the token's own expiry (plus leeway); revocation is checked separately.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, AccessClaims>();
  private readonly maxEntries: number;

  /** @param maxEntries how many tokens to remember at most. */
  constructor(maxEntries = 10_000) {
    this.maxEntries = maxEntries;
  }

  /** The cached claims of a still-unexpired token, or undefined. */
  get(token: string, now = nowSeconds()): AccessClaims | undefined {
    const claims = this.entries.get(token);
    if (claims === undefined) return undefined;
    if (claims.exp + CLOCK_SKEW_SECONDS <= now) {
      this.entries.delete(token);
      return undefined;
    }
    return claims;
  }

  /** Remembers verified claims, evicting the oldest entry when full. */
  set(token: string, claims: AccessClaims): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(token, claims);
  }
}
