/**
 * The login-burst criterion: the p99 of `GET /api/user/{id}/` as other clients see it (a few
 * connections, each pausing between requests, so the probe measures latency rather than
 * saturating the server) alone, then during a burst of logins (Argon2id) at 50 connections.
 */
import { type Generator, type LoadResult, load } from './load.ts';
import { type Fixtures, LOGIN_REQUESTS, type Login } from './scenarios.ts';
import type { RunningServer } from './server.ts';
import { cycle, runWrk } from './wrk.ts';

/** Probe connections and the pause of each before every request (≤ 500 req/s in all). */
const PROBE_CONNECTIONS = 5;
const PROBE_THINK_MS = 10;
const BURST_CONNECTIONS = 50;

/** The probe alone and during the burst, and the burst itself. */
export interface LoginBurst {
  alone: LoadResult;
  during: LoadResult;
  logins: LoadResult;
  /** p99 during the burst / p99 alone. */
  ratio: number;
  settings: string;
}

/**
 * Waits until the server is idle again (5 health checks in a row under 10 ms, at most 30 s): logins
 * a load generator gave up on still hash after it stopped, and would bend the probe alone.
 */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let quick = 0; quick < 5 && Date.now() < deadline; ) {
    const started = performance.now();
    await fetch(`${url}/api/health/`).then((r) => r.arrayBuffer());
    quick = performance.now() - started < 10 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Measures the probe alone, then during a burst of logins; `duration` s each (after 1 s of burst). */
export async function measureLoginBurst(
  server: RunningServer,
  f: Fixtures,
  generator: Generator,
  duration: number,
): Promise<LoginBurst> {
  const reader = (f.users[1] ?? f.users[0]) as Login;
  const path = `/api/user/${f.otherUserId}/`;
  const probe = (name: string) =>
    generator === 'wrk'
      ? runWrk(name, server.url, cycle([{ method: 'GET', path, headers: reader.auth }], PROBE_THINK_MS), {
          duration,
          connections: PROBE_CONNECTIONS,
        })
      : load(name, {
          url: `${server.url}${path}`,
          headers: reader.auth,
          duration,
          connections: PROBE_CONNECTIONS,
          overallRate: Math.round((PROBE_CONNECTIONS * 1000) / PROBE_THINK_MS),
        });
  await settle(server.url);
  const alone = await probe('GET /api/user/{id}/ probe, alone');
  const burstOptions = { duration: duration + 2, connections: BURST_CONNECTIONS };
  const burst =
    generator === 'wrk'
      ? runWrk('login burst', server.url, cycle(LOGIN_REQUESTS), burstOptions)
      : load('login burst', {
          url: `${server.url}/api/auth/login/`,
          ...burstOptions,
          requests: LOGIN_REQUESTS.map(({ body, headers }) => ({ method: 'POST' as const, body, headers })),
        });
  await new Promise((r) => setTimeout(r, 1000));
  const during = await probe('GET /api/user/{id}/ probe, during the login burst');
  const logins = await burst;
  return {
    alone,
    during,
    logins,
    ratio: during.p99 / Math.max(0.001, alone.p99),
    settings: `probe: ${PROBE_CONNECTIONS} connections ${generator === 'wrk' ? `pausing ${PROBE_THINK_MS} ms between requests` : `capped at ${(PROBE_CONNECTIONS * 1000) / PROBE_THINK_MS} req/s in all`}; burst: ${BURST_CONNECTIONS} connections logging in`,
  };
}
