// Starts and stops a real Neo4j 5.26 server (tests/neo4j/Launcher.java on the Neo4j test harness)
// for tests: no Docker, jars from Maven Central cached in .cache/neo4j/ (see tests/neo4j/neo4j.sh).
//
//   const neo = await startNeo4j();            // fresh temp data, port picked by the OS
//   ... neo.uri, neo.user, neo.password ...
//   await neo.stop();  await neo.restart();    // same port, same data
//   neo.kill();                                // SIGKILL, as a crash would
//   await neo.dispose();                       // stop and delete the temp data
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const cacheDir = join(repoRoot, '.cache/neo4j');
const script = join(here, 'neo4j.sh');
const launcher = join(here, 'Launcher.java');

export const NEO4J_USER = 'neo4j';
export const DEFAULT_PASSWORD = 'knooppunt-test';

export interface StartOptions {
  /** Bolt port on 127.0.0.1; 0 or absent: the OS picks a free one (kept for restarts). */
  port?: number;
  /** Password of user neo4j. Default 'knooppunt-test'. */
  password?: string;
  /** Data directory kept across restart(); default: a new temp directory removed by dispose(). */
  dataDir?: string;
  /** JVM heap, default '1g'. */
  heap?: string;
  /** Page cache, default '512m'. */
  pagecache?: string;
  /** Cap on the memory of all running transactions, default '256m'. */
  txMemory?: string;
  /** Extra JVM options; default: NEO4J_JAVA_OPTS split on spaces. `-XX:TieredStopAtLevel=1`
   *  roughly halves start-up CPU (about 18 to 11 CPU-seconds) at the cost of slower queries. */
  javaOptions?: string[];
  /** How long to wait for Bolt, default 120 s. */
  timeoutMs?: number;
  /** Where the launcher's stdout and stderr go, default .cache/neo4j/run/launcher-<node pid>.log. */
  logFile?: string;
}

export interface Neo4jServer {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly port: number;
  readonly dataDir: string;
  /** Pid of the running JVM, or undefined while stopped. */
  readonly pid: number | undefined;
  readonly logFile: string;
  /** SIGTERM and wait for a clean exit (SIGKILL after 30 s). Keeps the data. Idempotent. */
  stop(): Promise<void>;
  /** SIGKILL now, without waiting (a crash). Keeps the data; restart() runs recovery. */
  kill(): void;
  /** Start again on the same port and data directory; no-op while running. */
  restart(): Promise<void>;
  /** stop() and remove the data directory when startNeo4j created it. */
  dispose(): Promise<void>;
}

/** Download the jars into .cache/neo4j/lib unless already there (fast no-op when cached). */
export async function fetchNeo4j(): Promise<void> {
  try {
    await promisify(execFile)('bash', [script, 'fetch'], { cwd: repoRoot, maxBuffer: 16 << 20 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`neo4j.sh fetch failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => {
      socket.destroy();
      resolvePromise(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Launcher logs are one per Node process; drop those older than a day. */
function pruneOldLogs(dir: string): void {
  const cutoff = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    if (!/^launcher-\d+\.log$/.test(name)) continue;
    try {
      if (statSync(join(dir, name)).mtimeMs < cutoff) rmSync(join(dir, name), { force: true });
    } catch {
      // another process may be pruning too
    }
  }
}

export async function startNeo4j(options: StartOptions = {}): Promise<Neo4jServer> {
  await fetchNeo4j();
  const password = options.password ?? DEFAULT_PASSWORD;
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'knooppunt-neo4j-'));
  const logFile = options.logFile ?? join(cacheDir, 'run', `launcher-${process.pid}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  if (options.logFile === undefined) pruneOldLogs(dirname(logFile));
  const timeoutMs = options.timeoutMs ?? 120_000;

  let port = options.port ?? 0;
  let child: ChildProcess | undefined;
  let running = false;
  let exited: Promise<void> = Promise.resolve();

  const launch = async (): Promise<void> => {
    const log = createWriteStream(logFile, { flags: 'a' });
    const tail: string[] = [];
    const remember = (chunk: Buffer) => {
      log.write(chunk);
      tail.push(...chunk.toString('utf8').split('\n').filter((l) => l.length > 0));
      tail.splice(0, Math.max(0, tail.length - 40));
    };
    const args = [
      `-Xmx${options.heap ?? '1g'}`,
      '-XX:+ExitOnOutOfMemoryError',
      ...(options.javaOptions ?? (process.env.NEO4J_JAVA_OPTS ?? '').split(' ').filter(Boolean)),
      '-cp',
      join(cacheDir, 'lib', '*'),
      launcher,
      '--port',
      String(port),
      '--data',
      dataDir,
      '--pagecache',
      options.pagecache ?? '512m',
      '--tx-memory',
      options.txMemory ?? '256m',
    ];
    // The password goes through the environment, not argv (visible in ps).
    const proc = spawn('java', args, {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_PASSWORD: password },
      // stdin stays an open pipe: the launcher shuts down when it closes, so the JVM does not
      // outlive this Node process even if teardown never runs.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child = proc;
    running = true;
    exited = new Promise<void>((resolveExit) => {
      const done = () => {
        running = false;
        resolveExit();
      };
      proc.once('exit', done);
      proc.once('error', done); // e.g. no java on PATH: there is no 'exit' then
    });
    const startedAt = Date.now();

    const readyPort = await new Promise<number>((resolveReady, reject) => {
      let stdout = '';
      const timer = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`Neo4j not ready after ${timeoutMs} ms; log ${logFile}:\n${tail.join('\n')}`));
      }, timeoutMs);
      proc.stdout!.on('data', (chunk: Buffer) => {
        remember(chunk);
        stdout += chunk.toString('utf8');
        const m = /^BOLT bolt:\/\/127\.0\.0\.1:(\d+)$/m.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolveReady(Number(m[1]));
        }
      });
      proc.stderr!.on('data', remember);
      proc.once('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`cannot run java: ${e.message}`));
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Neo4j launcher exited (${signal ?? code}) before ready; log ${logFile}:\n${tail.join('\n')}`));
      });
    });
    exited.finally(() => log.end()).catch(() => undefined);
    port = readyPort;

    // The ready line comes after the password is set; still prove it end to end with the driver.
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(NEO4J_USER, password));
    try {
      for (;;) {
        try {
          await driver.verifyConnectivity();
          break;
        } catch (e) {
          if (Date.now() - startedAt > timeoutMs || proc.exitCode !== null) {
            proc.kill('SIGKILL');
            throw new Error(`Neo4j Bolt check failed: ${(e as Error).message}\n${tail.join('\n')}`);
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    } finally {
      await driver.close();
    }
  };

  const stop = async (): Promise<void> => {
    const proc = child;
    if (!proc || !running) {
      await exited;
      return;
    }
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };

  // Last resort when the process exits without dispose() (a crash, process.exit in a test run):
  // the closed stdin pipe already makes the launcher shut down; also drop a temp data folder.
  const onExit = () => {
    if (running) child?.kill('SIGKILL');
    if (ownsData) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const server: Neo4jServer = {
    get uri() {
      return `bolt://127.0.0.1:${port}`;
    },
    user: NEO4J_USER,
    password,
    get port() {
      return port;
    },
    dataDir,
    get pid() {
      return running ? child?.pid : undefined;
    },
    logFile,
    stop,
    kill() {
      child?.kill('SIGKILL');
    },
    async restart() {
      if (running && !child?.killed) return;
      await exited;
      await launch();
    },
    async dispose() {
      process.removeListener('exit', onExit);
      await stop();
      if (ownsData) rmSync(dataDir, { recursive: true, force: true });
    },
  };

  try {
    await launch();
  } catch (e) {
    await server.dispose().catch(() => undefined);
    throw e;
  }
  return server;
}
