/**
 * "Continue with …" buttons for the configured sign-in providers (`GET /api/auth/providers/`).
 * Each is a plain link: the browser leaves for the provider and comes back signed in to `next`.
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

/** The provider buttons; renders nothing when none is configured. */
export function ProviderButtons({ next }: { next: string }) {
  const providers = useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: () => unwrap(api.GET('/api/auth/providers/')),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!providers.data || providers.data.length === 0) return null;
  return (
    <nav className="stack" aria-label="Other ways to sign in">
      {providers.data.map((p) => (
        <a
          key={p.id}
          className="btn btn--secondary"
          href={`/api/auth/oidc/${encodeURIComponent(p.id)}/start/?next=${encodeURIComponent(next)}`}
        >
          Continue with {p.name}
        </a>
      ))}
    </nav>
  );
}
