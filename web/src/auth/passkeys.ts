/**
 * The browser side of passkeys, through `@simplewebauthn/browser`: turns the server's options into
 * a WebAuthn ceremony and its answer into JSON, with readable sentences for what usually goes wrong.
 */
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';

type CreationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type RequestOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];

/** A passkey ceremony that did not finish, with a sentence for people. */
export class PasskeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasskeyError';
  }
}

/** True when this browser can use passkeys at all. */
export function passkeysSupported(): boolean {
  return browserSupportsWebAuthn();
}

function explain(error: unknown): PasskeyError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError') {
    return new PasskeyError(
      'The passkey request was cancelled or timed out. You can try again whenever you like.',
    );
  }
  if (name === 'InvalidStateError')
    return new PasskeyError('This device already has a passkey for your account.');
  if (name === 'SecurityError') {
    return new PasskeyError(
      'Passkeys need the app to be opened at its host name (for example localhost, not 127.0.0.1).',
    );
  }
  return new PasskeyError('The passkey could not be used. Please try again.');
}

/** Creates a passkey from the server's creation options; answers the JSON to send back. */
export async function passkeyAttestation(options: { challenge: string; [key: string]: unknown }) {
  if (!passkeysSupported()) throw new PasskeyError('This browser does not support passkeys.');
  try {
    const answer = await startRegistration({ optionsJSON: options as unknown as CreationOptions });
    return {
      ...answer,
      clientExtensionResults: { ...answer.clientExtensionResults } as Record<string, unknown>,
    };
  } catch (error) {
    throw explain(error);
  }
}

/** Signs the server's request options with a passkey; answers the JSON to send back. */
export async function passkeyAssertion(options: { challenge: string; [key: string]: unknown }) {
  if (!passkeysSupported()) throw new PasskeyError('This browser does not support passkeys.');
  try {
    const answer = await startAuthentication({ optionsJSON: options as unknown as RequestOptions });
    return {
      ...answer,
      clientExtensionResults: { ...answer.clientExtensionResults } as Record<string, unknown>,
    };
  } catch (error) {
    throw explain(error);
  }
}
