/** The sign-in providers linked to the account (`/api/auth/identities/`), each unlinkable but the last way in. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { shortDate } from '../lib/format.ts';
import { ErrorMessage, Loading } from './feedback.tsx';

/** The linked providers section; hidden when there are none. */
export function LinkedIdentities() {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const identities = useQuery({
    queryKey: ['auth', 'identities'],
    queryFn: () => unwrap(api.GET('/api/auth/identities/')),
  });
  const unlink = async (id: string) => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/auth/identities/{id}/', { params: { path: { id } } }));
      await client.invalidateQueries({ queryKey: ['auth', 'identities'] });
    } catch (e) {
      setError(describeError(e));
    }
  };
  if (identities.data?.length === 0) return null;
  return (
    <section className="card" aria-labelledby="identities-heading">
      <h2 id="identities-heading">Sign-in providers</h2>
      {identities.isPending ? <Loading /> : null}
      {identities.isError ? (
        <ErrorMessage error={identities.error} onRetry={() => identities.refetch()} />
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <ul className="list-plain">
        {identities.data?.map((i) => (
          <li key={i.id} className="row row--between">
            <div>
              <strong>{i.provider_name}</strong>
              <div className="muted small">
                {i.email ? `${i.email} · ` : ''}linked {shortDate(i.created)}
              </div>
            </div>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => unlink(i.id)}>
              Unlink<span className="visually-hidden"> {i.provider_name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
