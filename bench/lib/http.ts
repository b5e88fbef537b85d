/** Small HTTP helpers for benchmark set-up (logins, fixtures); load itself goes through autocannon. */

/** POSTs JSON and returns the JSON answer; throws on a non-2xx status. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/** GETs a URL and returns its status, body text and parsed JSON (or null). */
export async function getJson(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; json: any }> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  if (!res.ok) throw new Error(`GET ${url} → ${res.status} ${text.slice(0, 200)}`);
  return { status: res.status, text, json };
}
