/**
 * Authenticator secrets share the journal's key ring, so `mentalmuse journal rotate-key`
 * re-encrypts them too and `--prune` keeps every key one of them still needs.
 */
import type { Config } from '../../config.ts';
import { loadSecretKey } from '../../lib/secret-key.ts';
import { deriveTokenKey } from '../../lib/signed-token.ts';
import type { JournalKeyUser } from '../journal/index.ts';
import { replaceTotpCiphertext, staleTotpSecrets, totpKeyIds } from './mfa.repository.ts';

const recoveryKeys = new WeakMap<Config, Buffer>();

/** The key recovery codes are hashed under (derived once per config from the installation secret). */
export function recoveryCodeKey(config: Config): Buffer {
  let key = recoveryKeys.get(config);
  if (key === undefined) {
    key = deriveTokenKey(loadSecretKey(config), 'mfa-recovery-codes');
    recoveryKeys.set(config, key);
  }
  return key;
}

/** The associated data binding a secret to its account. */
export function totpSecretContext(userPublicId: string): string {
  return `mfa_totp.secret:${userPublicId}`;
}

/** The second factors' share of a journal key rotation. */
export const secondFactorKeyUser: JournalKeyUser = {
  async reencrypt(database, cipher) {
    let done = 0;
    for (;;) {
      const rows = await staleTotpSecrets(database.db, cipher.current.id, 200);
      if (rows.length === 0) return done;
      await database.db.transaction().execute(async (trx) => {
        for (const row of rows) {
          const context = totpSecretContext(row.public_id);
          const sealed = cipher.encrypt(cipher.decrypt(row.secret_ciphertext, row.key_id, context), context);
          if (await replaceTotpCiphertext(trx, row.user_id, row.key_id, sealed)) done += 1;
        }
      });
    }
  },
  keysInUse: (database) => totpKeyIds(database.db),
};
