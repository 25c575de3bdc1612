// The web app is built for production whatever the environment says: a test runner sets NODE_ENV=test,
// and `npm start` run from a test once built React's development bundle into web/dist, which every
// browser test and benchmark after it then measured.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../..', import.meta.url));

describe('node web/scripts/build.mjs', () => {
  it('builds React’s production bundle even when NODE_ENV says test', async () => {
    const out = await mkdtemp(join(tmpdir(), 'knooppunt-web-build-'));
    try {
      await promisify(execFile)(process.execPath, [join(repository, 'web/scripts/build.mjs'), '--force', '--quiet', '--out-dir', out], {
        env: { ...process.env, NODE_ENV: 'test' },
        timeout: 120_000,
      });
      const scripts = (await readdir(join(out, 'assets'))).filter((file) => file.endsWith('.js'));
      const entry = scripts.find((file) => file.startsWith('index-'));
      expect(entry).toMatch(/^index-.*\.js$/);
      const code = await readFile(join(out, 'assets', entry!), 'utf8');
      // React itself is in the entry chunk: its production build has neither of these.
      expect(code).toContain('react.transitional.element');
      expect(code).not.toContain('jsxDEV');
      expect(code).not.toContain('Download the React DevTools');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 150_000);
});
