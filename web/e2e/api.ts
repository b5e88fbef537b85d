/** Direct API calls for e2e set-up (body mode, as a non-browser client would). */
import { linkIn, type TestServer } from './server.ts';

/** JSON request; throws with the body on a non-2xx answer. */
export async function call<T = unknown>(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** The newest e-mail to an address. */
export async function mailTo(server: TestServer, address: string, containing: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = server
      .mails()
      .filter((m) => m.toLowerCase().includes(address.toLowerCase()) && linkIn(m, containing) !== null)
      .at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no e-mail to ${address} with ${containing}`);
}

/** Registers a user and confirms the address through the e-mailed key; returns an access token. */
export async function createUser(server: TestServer, username: string, password: string): Promise<string> {
  const email = `${username}@example.com`;
  await call(server, 'POST', '/api/auth/register/', { username, email, password });
  const link = linkIn(
    await mailTo(server, email, `${server.url}/verify-email/`),
    `${server.url}/verify-email/`,
  );
  const key = decodeURIComponent(link?.split('/verify-email/')[1] ?? '');
  await call(server, 'POST', '/api/auth/registration/verify-email/', { key });
  return login(server, username, password);
}

/** Logs in (body mode) and returns the access token. */
export async function login(server: TestServer, username: string, password: string): Promise<string> {
  const body = await call<{ access: string }>(server, 'POST', '/api/auth/login/', { username, password });
  return body.access;
}
