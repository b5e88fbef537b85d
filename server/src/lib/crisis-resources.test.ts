import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { authHeaders, createUser } from '../../test/helpers/auth.ts';
import { tempDir } from '../../test/helpers/database.ts';
import { ConfigError, testConfig } from '../config.ts';
import { parseCrisisResources } from './crisis-resources.ts';

describe('CRISIS_RESOURCES', () => {
  it('serves the configured resources and message with score-1 check-ins', async () => {
    const file = path.join(tempDir(), 'crisis.json');
    writeFileSync(
      file,
      JSON.stringify({
        message: 'You matter. Help is here.',
        resources: [{ name: 'Local line', phone: '0800 000 000' }],
      }),
    );
    const t = await createTestApp({ env: { CRISIS_RESOURCES: file } });
    try {
      const headers = await authHeaders(t.app, await createUser(t.app));
      const body = (
        await t.app.inject({ method: 'POST', url: '/api/journal/checkins/', headers, payload: { score: 1 } })
      ).json();
      expect(body.support).toEqual({
        message: 'You matter. Help is here.',
        resources: [{ name: 'Local line', description: '', phone: '0800 000 000', text: null, url: null }],
      });
    } finally {
      await t.close();
    }
  });

  it('is checked at start-up: a missing file is a config problem, a malformed one an error naming it', () => {
    expect(() => testConfig({ CRISIS_RESOURCES: '/nonexistent/crisis.json' })).toThrow(ConfigError);
    expect(() => parseCrisisResources('{', 'c.json')).toThrow(/c\.json is not valid JSON/);
    expect(() => parseCrisisResources('[]', 'c.json')).toThrow(/1–50 resources/);
    expect(() => parseCrisisResources('[{"phone": "1"}]', 'c.json')).toThrow(/resource 1: name is required/);
    expect(
      parseCrisisResources('[{"name": "A", "url": "https://a.example"}]', 'c.json').resources,
    ).toHaveLength(1);
  });
});
