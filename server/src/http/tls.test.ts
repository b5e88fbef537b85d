/**
 * HTTPS with real self-signed certificates made by openssl: the server speaks TLS when
 * TLS_CERT/TLS_KEY are set, sends HSTS, refuses plain HTTP on that port, and picks up a renewed
 * pair on SIGHUP (a real `mentalmuse serve` process) without a restart.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { freshEnv, MAIN_SCRIPT } from '../../test/helpers/cli.ts';
import { tempDir } from '../../test/helpers/database.ts';
import { eventually } from '../../test/helpers/smtp.ts';
import { reloadTls } from './tls.ts';

/** Makes a self-signed pair for localhost/127.0.0.1 with openssl; returns the file paths. */
function selfSigned(dir: string, name: string): { cert: string; key: string } {
  const cert = path.join(dir, `${name}.crt`);
  const key = path.join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Common name of the certificate the server presented. */
  subject: string;
}

function httpsGet(port: number, urlPath: string, ca: Buffer[]): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      { host: '127.0.0.1', port, path: urlPath, ca, servername: 'localhost', agent: false },
      (response) => {
        const subject = String((response.socket as TLSSocket).getPeerCertificate().subject?.CN ?? '');
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, subject }),
        );
      },
    );
    request.on('error', reject);
  });
}

function plainGet(port: number): Promise<number | Error> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/api/health/', agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => resolve(error));
    request.setTimeout(3000, () => request.destroy(new Error('timeout')));
  });
}

describe('HTTPS in process', () => {
  const dir = tempDir('mm-tls-');
  const first = selfSigned(dir, 'first');
  const second = selfSigned(dir, 'second');
  const live = { cert: path.join(dir, 'live.crt'), key: path.join(dir, 'live.key') };
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let port: number;
  const ca = () => [first, second].map((pair) => execFileSync('cat', [pair.cert]));

  beforeAll(async () => {
    copyFileSync(first.cert, live.cert);
    copyFileSync(first.key, live.key);
    t = await createTestApp({ env: { TLS_CERT: live.cert, TLS_KEY: live.key } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('serves HTTPS with HSTS and the platform headers; plain HTTP gets no answer', async () => {
    const answer = await httpsGet(port, '/api/health/', ca());
    expect(answer.status).toBe(200);
    expect(answer.subject).toBe('first');
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const missing = await httpsGet(port, '/api/nothing/', ca());
    expect(missing.status).toBe(404);
    expect(missing.headers['strict-transport-security']).toBeDefined();
    expect(await plainGet(port)).not.toBe(200);
  });

  it('a reload serves the renewed pair to new connections; a broken pair keeps the current one', async () => {
    copyFileSync(second.cert, live.cert);
    copyFileSync(second.key, live.key);
    expect(reloadTls(t.app)).toBe(true);
    expect((await httpsGet(port, '/api/health/', ca())).subject).toBe('second');
    copyFileSync(first.cert, live.cert); // certificate and key no longer match
    expect(reloadTls(t.app)).toBe(false);
    expect((await httpsGet(port, '/api/health/', ca())).subject).toBe('second');
  });
});

describe('HTTPS in a real `mentalmuse serve` process', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
  });

  it('starts on TLS and reloads the certificate on SIGHUP', async () => {
    const dir = tempDir('mm-tls-serve-');
    const first = selfSigned(dir, 'first');
    const second = selfSigned(dir, 'second');
    const live = { cert: path.join(dir, 'live.crt'), key: path.join(dir, 'live.key') };
    copyFileSync(first.cert, live.cert);
    copyFileSync(first.key, live.key);
    const ca = [first, second].map((pair) => execFileSync('cat', [pair.cert]));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const env = {
      ...(await freshEnv()),
      HOST: '127.0.0.1',
      PORT: String(port),
      TLS_CERT: live.cert,
      TLS_KEY: live.key,
      LOG_LEVEL: 'info',
      // A loaded CI machine must not shed this test's few requests.
      MAX_EVENT_LOOP_DELAY: '0',
    };
    let output = '';
    child = spawn(process.execPath, [MAIN_SCRIPT, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    await eventually(() => output.includes('Server listening'), 20_000);
    expect((await httpsGet(port, '/api/health/', ca)).subject).toBe('first');

    copyFileSync(second.cert, live.cert);
    copyFileSync(second.key, live.key);
    child.kill('SIGHUP');
    await eventually(() => output.includes('TLS certificate reloaded'), 10_000);
    const after = await httpsGet(port, '/api/health/', ca);
    expect(after.subject).toBe('second');
    expect(after.status, `${after.body}\n${output.slice(-2000)}`).toBe(200);
    expect(child.exitCode).toBeNull();
  }, 40_000);
});
