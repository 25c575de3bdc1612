// `npm start` as a person uses it: it serves on the chosen port, stops with its parent on SIGTERM or
// Ctrl-C (SIGINT) leaving no process and no open port behind, and a busy port ends in one Dutch line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../../', import.meta.url));
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'knooppunt-start-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function listenOnFreePort(): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

async function freePort(): Promise<number> {
  const server = await listenOnFreePort();
  const { port } = server.address() as { port: number };
  await new Promise((resolvePromise) => server.close(resolvePromise));
  return port;
}

/** Whether something accepts connections on the port now. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

/** Every process below `root`, from the parent ids in /proc. */
async function descendants(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    // The command name in parentheses may hold spaces: the parent id is the second field after it.
    const parent = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    if (parent !== undefined) parents.set(Number(entry), Number(parent));
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const [pid, parent] of parents) {
      if (parent === current) {
        found.push(pid);
        queue.push(pid);
      }
    }
  }
  return found;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(command: string, args: string[], port: number): Started {
  const child = spawn(command, args, {
    cwd: repository,
    env: { ...process.env, PORT: String(port), KNOOPPUNT_DATA: join(folder, `data-${port}`), NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) =>
    child.once('exit', (code, signal) => resolvePromise({ code, signal })),
  );
  return { child, output: () => output, exited };
}

async function untilServing(started: Started, port: number): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (!started.output().includes(`open http://127.0.0.1:${port}`)) {
    if (started.child.exitCode !== null) throw new Error(`it exited with ${started.child.exitCode}:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`not serving after 150 s:\n${started.output()}`);
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
}

describe('npm start', () => {
  it.each([
    { how: 'npm start', command: 'npm', args: ['start'], signal: 'SIGTERM' as const },
    { how: 'bash scripts/start.sh', command: 'bash', args: ['scripts/start.sh'], signal: 'SIGINT' as const },
  ])('$how: prints its steps, serves, and on $signal stops with nothing left running', async ({ command, args, signal }) => {
    const port = await freePort();
    const started = start(command, args, port);
    let processes: number[] = [];
    try {
      await untilServing(started, port);
      expect(started.output()).toContain('» installing dependencies (pnpm install)');
      expect(started.output()).toContain('» building the server and command line (server/dist)');
      expect(started.output()).toContain('» building the web app (web/dist)');
      expect(await portAnswers(port)).toBe(true);
      const below = await descendants(started.child.pid!);
      processes = [started.child.pid!, ...below];
      started.child.kill(signal);
      const { code } = await started.exited;
      expect(code).toBe(0);
      // The server may be a child (npm) or this very process (bash, which execs it): either way gone.
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 500));
      expect(processes.filter(running)).toEqual([]);
      expect(await portAnswers(port)).toBe(false);
    } finally {
      // A failed run must not leave an orphaned server listening for the rest of the suite.
      for (const pid of [started.child.pid!, ...processes].filter(running)) process.kill(pid, 'SIGKILL');
    }
  }, 180_000);

  it('refuses a busy port in one Dutch line and exits non-zero', async () => {
    const holder = await listenOnFreePort();
    const { port } = holder.address() as { port: number };
    try {
      const started = start('node', ['server/bin/knooppunt.js', 'serve', '--demo'], port);
      const { code } = await started.exited;
      expect(code).toBe(1);
      expect(started.output().trim()).toBe(`poort ${port} is bezet; zet PORT=… om een andere te kiezen`);
      const throughNpm = start('npm', ['start'], port);
      expect((await throughNpm.exited).code).not.toBe(0);
      expect(throughNpm.output().trim().split('\n').at(-1)).toBe(`poort ${port} is bezet; zet PORT=… om een andere te kiezen`);
      expect(throughNpm.output()).not.toMatch(/EADDRINUSE|ELIFECYCLE|at .*\.js:\d+/);
    } finally {
      await new Promise((resolvePromise) => holder.close(resolvePromise));
    }
  }, 180_000);
});
