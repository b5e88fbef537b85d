/**
 * A software WebAuthn authenticator for tests: an ES256 (P-256) key pair per credential from
 * node:crypto, `none` attestation (CBOR attestation object with authenticatorData carrying the
 * attested credential), clientDataJSON, and signed assertions, so passkey registration and login
 * run end to end without a browser. Every part can be made wrong (origin, RP id, challenge,
 * signature, user verification) to test what the server refuses.
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

/** A credential the authenticator holds. */
export interface SoftCredential {
  id: Buffer;
  privateKey: KeyObject;
  userHandle: string;
  counter: number;
}

/** What to get wrong in an answer. */
export interface Tamper {
  origin?: string;
  rpId?: string;
  challenge?: string;
  badSignature?: boolean;
  userVerified?: boolean;
  type?: string;
}

const b64url = (bytes: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(bytes));

function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  const map = new Map<number, number | Uint8Array>([
    [1, 2], // kty: EC2
    [3, -7], // alg: ES256
    [-1, 1], // crv: P-256
    [-2, new Uint8Array(Buffer.from(jwk.x as string, 'base64url'))],
    [-3, new Uint8Array(Buffer.from(jwk.y as string, 'base64url'))],
  ]);
  return isoCBOR.encode(map);
}

function flags(userVerified: boolean, attested: boolean): number {
  // UP | UV | BE | BS (a synced passkey) | AT
  return 0x01 | (userVerified ? 0x04 : 0) | 0x08 | 0x10 | (attested ? 0x40 : 0);
}

function counterBytes(counter: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(counter);
  return buffer;
}

/** A software authenticator with resident keys and user verification. */
export class SoftAuthenticator {
  readonly credentials: SoftCredential[] = [];
  readonly origin: string;
  readonly rpId: string;
  constructor(origin: string, rpId: string) {
    this.origin = origin;
    this.rpId = rpId;
  }

  private clientData(type: string, challenge: string, tamper: Tamper): Buffer {
    return Buffer.from(
      JSON.stringify({
        type: tamper.type ?? type,
        challenge: tamper.challenge ?? challenge,
        origin: tamper.origin ?? this.origin,
        crossOrigin: false,
      }),
    );
  }

  private rpIdHash(tamper: Tamper): Buffer {
    return createHash('sha256')
      .update(tamper.rpId ?? this.rpId)
      .digest();
  }

  /** Answers creation options as `startRegistration()` would (a new credential each time). */
  register(options: { challenge: string; user: { id: string } }, tamper: Tamper = {}) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const id = randomBytes(32);
    const credential: SoftCredential = { id, privateKey, userHandle: options.user.id, counter: 0 };
    const authData = Buffer.concat([
      this.rpIdHash(tamper),
      Buffer.from([flags(tamper.userVerified ?? true, true)]),
      counterBytes(0),
      Buffer.alloc(16), // AAGUID: none
      Buffer.from([id.length >> 8, id.length & 0xff]),
      id,
      Buffer.from(coseKey(publicKey)),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', new Uint8Array(authData)],
      ]) as Map<string, never>,
    );
    const clientDataJSON = this.clientData('webauthn.create', options.challenge, tamper);
    const answer = {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
    };
    return { answer, keep: () => this.credentials.push(credential), credential };
  }

  /** Answers request options as `startAuthentication()` would, with a held credential. */
  login(options: { challenge: string }, tamper: Tamper = {}, credential = this.credentials[0]) {
    if (credential === undefined) throw new Error('the authenticator holds no credential');
    credential.counter += 1;
    const authData = Buffer.concat([
      this.rpIdHash(tamper),
      Buffer.from([flags(tamper.userVerified ?? true, false)]),
      counterBytes(credential.counter),
    ]);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, tamper);
    const signed = Buffer.concat([authData, createHash('sha256').update(clientDataJSON).digest()]);
    let signature = sign('sha256', signed, credential.privateKey);
    if (tamper.badSignature === true)
      signature = sign('sha256', Buffer.from('something else'), credential.privateKey);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
    };
  }
}
