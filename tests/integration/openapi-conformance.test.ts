// schemathesis (PyPI; installed by scripts/test-all.sh into .cache/schemathesis-venv) generates requests
// from /api/openapi.json and checks the served API's answers against it: no 5xx, every status, content
// type and body as documented.
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKnooppunt, type RunningKnooppunt } from '@knooppunt/server/serve';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const schemathesis = join(repository, '.cache', 'schemathesis-venv', 'bin', 'schemathesis');
const TOKEN = 'openapi-conformance-token-5b2e9';
const CHECKS = ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_schema_conformance'];

/** Run in `cwd`, where schemathesis keeps its cache of earlier failures (.schemathesis/), out of the repository. */
function run(args: readonly string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise) => {
    execFile(schemathesis, args, { cwd, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolvePromise({ code: error === null ? 0 : Number((error as { code?: number }).code ?? 1), output: `${stdout}${stderr}` });
    });
  });
}

describe('the served API against its OpenAPI document (schemathesis)', () => {
  let running: RunningKnooppunt;
  let folder: string;
  beforeAll(async () => {
    await access(schemathesis).catch(() => {
      throw new Error('schemathesis is not installed: run `bash -c "source scripts/lib/common.sh && ensure_schemathesis"` (scripts/test-all.sh does)');
    });
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-schemathesis-'));
    running = await startKnooppunt({ port: 0, dataDir: join(folder, 'store'), seedFrom: join(repository, 'fixtures', 'demo'), token: TOKEN });
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  it('answers every generated request without a 5xx and as documented', async () => {
    const { code, output } = await run([
      'run',
      `${running.url}/api/openapi.json`,
      '--checks',
      CHECKS.join(','),
      '--max-examples',
      '10',
      '--workers',
      '1',
      '--generation-deterministic',
      '--header',
      `Authorization: Bearer ${TOKEN}`,
      '--request-timeout',
      '30',
    ], folder);
    expect(output).toMatch(/passed/i);
    expect(code, output).toBe(0);
  }, 600_000);
});
