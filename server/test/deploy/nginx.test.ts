/**
 * deploy/nginx.conf, run for real: Debian's nginx with a self-signed certificate made here
 * (openssl), the file's markers rewritten to temporary ports and paths, in front of a real app
 * process. Checks TLS, the HTTP → HTTPS redirect, the SPA (hashed assets cached, history
 * fallback), the API and login through the proxy, security headers, /metrics kept private, and
 * that X-Forwarded-For reaches the app's logs and rate limiter as nginx saw the client — a
 * client cannot spoof its way around a limit.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  baseEnv,
  type Child,
  dataDir,
  freePort,
  freshPostgres,
  startApp,
  waitFor,
} from './services.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const HASHED_ASSET = 'app-3f2a9c1b.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let db: Awaited<ReturnType<typeof freshPostgres>>;
let app: AppProcess;
let nginx: Child;
let httpsPort: number;
let httpPort: number;

/** A request to nginx over HTTPS (self-signed: not verified) from a chosen loopback address. */
function https(
  method: string,
  url: string,
  options: { headers?: Record<string, string>; body?: unknown; from?: string } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port: httpsPort,
        path: url,
        method,
        servername: 'localhost',
        rejectUnauthorized: false,
        localAddress: options.from ?? '127.0.0.1',
        agent: false,
        headers: {
          host: 'localhost',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function siteConfig(certDir: string, distDir: string, acmeDir: string, appPort: number): string {
  const site = readFileSync(path.join(REPO, 'deploy/nginx.conf'), 'utf8');
  const rewritten = site
    .replace(/^\s*listen \[::\]:.*$/gm, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${httpPort};`)
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${certDir}/cert.pem;`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${certDir}/key.pem;`)
    .replace(/root \/srv\/mentalmuse\/app\/web\/dist;/, `root ${distDir};`)
    .replace(/root \/var\/www\/letsencrypt;/, `root ${acmeDir};`)
    .replace(/server 127\.0\.0\.1:8000/, `server 127.0.0.1:${appPort}`)
    .replace(/server_name \S+;/g, 'server_name localhost;');
  for (const marker of [String(httpPort), String(httpsPort), certDir, distDir, String(appPort)])
    if (!rewritten.includes(marker))
      throw new Error(`deploy/nginx.conf no longer has the marker for ${marker}`);
  return rewritten;
}

beforeAll(async () => {
  const dir = dataDir();
  chmodSync(dir, 0o755);
  const certDir = path.join(dir, 'tls');
  const distDir = path.join(dir, 'dist');
  const acmeDir = path.join(dir, 'acme');
  for (const d of [certDir, path.join(distDir, 'assets'), acmeDir, path.join(dir, 'nginx')])
    mkdirSync(d, { recursive: true, mode: 0o755 });
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      `${certDir}/key.pem`,
      '-out',
      `${certDir}/cert.pem`,
    ],
    { stdio: 'ignore' },
  );
  writeFileSync(
    path.join(distDir, 'index.html'),
    '<!doctype html><title>MentalMuse</title><div id="root">spa-shell</div>',
  );
  writeFileSync(path.join(distDir, 'assets', HASHED_ASSET), 'console.log("app");');
  writeFileSync(path.join(distDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(distDir, 'manifest.webmanifest'), '{"name":"MentalMuse"}');
  mkdirSync(path.join(distDir, 'icons'), { recursive: true });
  writeFileSync(path.join(distDir, 'icons', 'icon-192.png'), 'png');

  db = await freshPostgres();
  app = await startApp({
    ...baseEnv(path.join(dir, 'data'), db.url),
    TRUST_PROXY: '1',
    ALLOWED_HOSTS: 'localhost,127.0.0.1',
    RATE_LIMIT_ENABLED: 'true',
    RATE_LIMIT_MAX: '15',
    METRICS_ENABLED: 'true',
  });

  httpPort = await freePort();
  httpsPort = await freePort();
  const runDir = path.join(dir, 'nginx');
  const conf = `${process.getuid?.() === 0 ? 'user root root;' : ''}
daemon off;
worker_processes 1;
pid ${runDir}/nginx.pid;
error_log ${runDir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${runDir}/access.log;
  client_body_temp_path ${runDir}/body;
  proxy_temp_path ${runDir}/proxy;
  fastcgi_temp_path ${runDir}/fastcgi;
  uwsgi_temp_path ${runDir}/uwsgi;
  scgi_temp_path ${runDir}/scgi;
${siteConfig(certDir, distDir, acmeDir, app.port)}
}
`;
  writeFileSync(path.join(runDir, 'nginx.conf'), conf);
  execFileSync('nginx', ['-t', '-q', '-p', runDir, '-c', path.join(runDir, 'nginx.conf')]);
  const child = spawn('nginx', ['-p', runDir, '-c', path.join(runDir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  nginx = {
    process: child,
    output: () => '',
    exited,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
    },
  };
  await waitFor(async () => (await https('GET', '/api/health/')).status === 200, 10_000, 'nginx up');
}, 60_000);

afterAll(async () => {
  await nginx?.stop();
  await app?.stop();
  await db?.drop();
});

describe('nginx in front (deploy/nginx.conf)', () => {
  it('redirects plain HTTP to HTTPS, keeping the path', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: httpPort, path: '/journal/today?x=1', headers: { host: 'localhost' } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('https://localhost/journal/today?x=1');
  });

  it('serves the SPA with security headers, history fallback and long-cached hashed assets', async () => {
    for (const url of ['/', '/journal/today']) {
      const page = await https('GET', url);
      expect(page.status).toBe(200);
      expect(page.body).toContain('spa-shell');
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const asset = await https('GET', `/assets/${HASHED_ASSET}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['cache-control']).toContain('max-age=31536000');
    expect((await https('GET', '/assets/missing-0000.js')).status).toBe(404);
  });

  it('serves the installable app: sw.js and the manifest uncached with their types, icons revalidated', async () => {
    const worker = await https('GET', '/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toMatch(/javascript/);
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const manifest = await https('GET', '/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toBe('application/manifest+json');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    const icon = await https('GET', '/icons/icon-192.png');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect((await https('GET', '/icons/missing.png')).status).toBe(404);
  });

  it('proxies the API: health, register and login work; HSTS and the app headers come through', async () => {
    const health = await https('GET', '/api/health/');
    expect(JSON.parse(health.body)).toEqual({ status: 'ok', database: 'postgres' });
    // The app saw X-Forwarded-Proto: https (TRUST_PROXY=1), so it sends HSTS itself.
    expect(health.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(health.headers['x-request-id']).toBeTruthy();
    const register = await https('POST', '/api/auth/register/', {
      from: '127.0.0.5',
      body: { username: 'nia', email: 'nia@example.com', password: 'quiet harbour lights 72' },
    });
    expect(register.status).toBe(201);
    const login = await https('POST', '/api/auth/login/', {
      from: '127.0.0.5',
      body: { username: 'nia', password: 'quiet harbour lights 72' },
    });
    expect(login.status).toBe(200);
    expect(JSON.parse(login.body).access).toBeTruthy();
    expect((await https('GET', '/.well-known/jwks.json', { from: '127.0.0.5' })).status).toBe(200);
    expect((await https('GET', '/media/defaults/avatar.svg', { from: '127.0.0.5' })).status).toBe(200);
  });

  it('live events cross nginx unbuffered: a comment reaches an open event stream at once', async () => {
    const from = '127.0.0.9';
    const register = async (username: string) => {
      const answer = await https('POST', '/api/auth/register/', {
        from,
        body: { username, email: `${username}@example.com`, password: 'quiet harbour lights 72' },
      });
      expect(answer.status).toBe(201);
      return JSON.parse(answer.body).access as string;
    };
    const [omar, pia] = [await register('omar'), await register('pia')];
    const frames: string[] = [];
    let response: IncomingMessage | undefined;
    const opened = new Promise<number>((resolve, reject) => {
      const req = httpsRequest(
        {
          host: '127.0.0.1',
          port: httpsPort,
          path: '/api/events/',
          servername: 'localhost',
          rejectUnauthorized: false,
          localAddress: from,
          agent: false,
          headers: { host: 'localhost', authorization: `Bearer ${omar}` },
        },
        (res) => {
          response = res;
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => frames.push(chunk));
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    try {
      expect(await opened).toBe(200);
      expect(response?.headers['content-type']).toMatch(/^text\/event-stream/);
      const created = await https('POST', '/api/post/', {
        from,
        headers: { authorization: `Bearer ${omar}` },
        body: { body: 'Small steps today.' },
      });
      const postId = JSON.parse(created.body).id as string;
      const comment = await https('POST', `/api/post/${postId}/comment/`, {
        from,
        headers: { authorization: `Bearer ${pia}` },
        body: { body: 'Proud of you.' },
      });
      expect(comment.status).toBe(201);
      // Buffered by nginx, a few hundred bytes would sit there until the stream ended.
      await waitFor(async () => frames.join('').includes('event: notification'), 5000, 'event through nginx');
      expect(frames.join('')).toContain(JSON.parse(comment.body).id);
    } finally {
      response?.destroy();
    }
  });

  it('keeps /metrics private: 404 through nginx, served to the app’s own loopback', async () => {
    expect((await https('GET', '/metrics')).status).toBe(404);
    const direct = await fetch(`${app.base}/metrics`);
    expect(direct.status).toBe(200);
  });

  it('X-Forwarded-For: the app records and limits the address nginx saw, not a spoofed one', async () => {
    const spoof = { 'x-forwarded-for': '6.6.6.6' };
    const login = await https('POST', '/api/auth/login/', {
      from: '127.0.0.2',
      headers: spoof,
      body: { username: 'nia', password: 'quiet harbour lights 72' },
    });
    expect(login.status).toBe(200);
    const access = JSON.parse(login.body).access as string;
    const sessions = await https('GET', '/api/auth/sessions/', {
      from: '127.0.0.2',
      headers: { ...spoof, authorization: `Bearer ${access}` },
    });
    const current = (JSON.parse(sessions.body).results as { ip: string; current: boolean }[]).find(
      (s) => s.current,
    );
    expect(current?.ip).toBe('127.0.0.2');
    await waitFor(
      async () => app.output().includes('"remoteAddress":"127.0.0.2"'),
      2000,
      'client address in the app log',
    );
    expect(app.output()).not.toContain('"remoteAddress":"6.6.6.6"');

    // The limit (15 a minute) follows 127.0.0.3 whatever it claims to be; 127.0.0.4 is unaffected.
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await https('GET', '/.well-known/jwks.json', {
        from: '127.0.0.3',
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(15);
    expect(statuses.slice(15)).toEqual([429, 429, 429, 429, 429]);
    expect((await https('GET', '/.well-known/jwks.json', { from: '127.0.0.4' })).status).toBe(200);
  });
});
