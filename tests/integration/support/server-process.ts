// The server as users start it (server/src/index.ts bundled into server/dist/server.js, configured by the environment), in a child process
// whose memory the test reads from /proc, so an answer that costs the server a gigabyte shows.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { KNOOPPUNT_SERVER } from '../../support/compiled-server';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  /** Resident memory now, in bytes. */
  rss(): Promise<number>;
  /** The most resident memory the process has had since the last resetPeak, in bytes (VmHWM). */
  peakRss(): Promise<number>;
  resetPeak(): Promise<void>;
  /** True while the process runs and answers /api/health. */
  alive(): Promise<boolean>;
  stop(): Promise<void>;
}

async function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** On a connection of its own: a pooled one the server is just closing would look like a dead server. */
function healthStatus(url: string): Promise<number | undefined> {
  return new Promise((resolvePromise) => {
    get(`${url}/api/health`, { agent: false }, (response) => {
      response.resume();
      resolvePromise(response.statusCode);
    }).on('error', () => resolvePromise(undefined));
  });
}

export function startServerProcess(environment: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [KNOOPPUNT_SERVER], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolvePromise, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening:\n${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString());
      if (!match?.[1]) return;
      const url = match[1];
      const pid = child.pid!;
      resolvePromise({
        url,
        child,
        stderr: () => stderr,
        rss: () => statusField(pid, 'VmRSS'),
        peakRss: () => statusField(pid, 'VmHWM'),
        // Linux resets VmHWM to the current RSS when "5" is written to clear_refs.
        resetPeak: () => writeFile(`/proc/${pid}/clear_refs`, '5'),
        alive: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return false;
          return (await healthStatus(url)) === 200;
        },
        stop: () =>
          new Promise<void>((resolveStop) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
            child.once('exit', () => resolveStop());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
