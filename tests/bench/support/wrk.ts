// wrk (a C load generator, Debian package `wrk`) as a second load generator beside autocannon: on two
// cores a JavaScript client can take more CPU than the server it measures, so both are reported.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface WrkResult {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

export async function wrkAvailable(): Promise<boolean> {
  try {
    await promisify(execFile)('wrk', ['--version']);
    return true;
  } catch (error) {
    // wrk --version prints its usage and exits 1; only a missing binary is "not available".
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function milliseconds(value: string, unit: string): number {
  const factor = unit === 'us' ? 0.001 : unit === 's' ? 1000 : 1;
  return Number(value) * factor;
}

/** Runs wrk with one thread, cycling over `paths`; `folder` receives the Lua script. */
export async function runWrk(url: string, paths: readonly string[], options: { connections: number; seconds: number; gzip: boolean; folder: string }): Promise<WrkResult> {
  const script = join(options.folder, `paths-${options.gzip ? 'gzip' : 'plain'}.lua`);
  await writeFile(
    script,
    [
      `local paths = { ${paths.map((path) => JSON.stringify(path)).join(', ')} }`,
      'local next_path = 0',
      options.gzip ? 'wrk.headers["Accept-Encoding"] = "gzip"' : '',
      'request = function()',
      '  next_path = next_path % #paths + 1',
      '  return wrk.format("GET", paths[next_path])',
      'end',
    ].join('\n'),
  );
  const { stdout } = await promisify(execFile)('wrk', ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', '-s', script, url], {
    maxBuffer: 1 << 20,
  });
  const percentile = (label: string) => {
    const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(stdout);
    return match ? milliseconds(match[1]!, match[2]!) : Number.NaN;
  };
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? '0';
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  return {
    p50: percentile('50'),
    p99: percentile('99'),
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? 'NaN')),
    errors: Number(errors) + (socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0),
  };
}
