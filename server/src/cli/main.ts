// The command line: `knooppunt <command>` (the workspace's bin, server/bin/knooppunt.js) from the
// repository root (docs/cli.md). Each command's code is imported when that command runs, so `--help` and
// a mistyped command load this file alone; bundled (server/dist/cli.js) each import is a chunk of its own.
import { parseArgs } from 'node:util';
import type { KnooppuntConfig } from '../config';
import type { GraphStore } from '../store/graph-store';

const USAGE = `usage: knooppunt <command>

commands:
  import <dir|file.json|file.zip> [--replace]   import a dataset (all or nothing); file.json may
                                                also be an export or snapshot of Knooppunt itself
  findings [--json] [--rule R[,R…]] [--kind K] [--severity S] [--zone Z] [--municipality NIS]
           [--childcarePer100 N] [--zorgraadSectors S,…] [--reachFunctions F,…] [--forumLoad N]
           [--unequalRatio X] [--year Y]      the rule catalogue's findings, as a table or JSON
  export --format json|graphml|gexf|csv|cypher [--zone Z] [-o FILE]
                                                the whole graph, or zone Z's graph, on stdout or
                                                in FILE (csv is a zip; cypher a script for Neo4j)
  snapshot save <name>                          save the graph as it is now as a named snapshot
  snapshot list [--json]                        the snapshots in the store, newest first
  snapshot diff <from> [<to>|now] [--json]      what changed: nodes, relationships, findings
  snapshot delete <id>                          delete a snapshot
  serve [--port N] [--demo]                     start the API and web app; --demo imports
                                                fixtures/demo when the store is empty

environment: KNOOPPUNT_DATA (store folder, default .knooppunt), PORT, KNOOPPUNT_TOKEN,
             NEO4J_URI (use Neo4j instead), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE`;

/**
 * Opens the configured store for one command and closes it after, also when the command throws. A
 * command that writes opens it `exclusive`, refused while a server or another import holds the store.
 */
async function withStore(config: KnooppuntConfig, command: (store: GraphStore) => Promise<number>, exclusive = false): Promise<number> {
  const { openStore } = await import('../store/open-store');
  const store = await openStore({ dataDir: config.dataDir, exclusive, ...(config.neo4j ? { neo4j: config.neo4j } : {}) });
  try {
    return await command(store);
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
  const readConfig = async (): Promise<KnooppuntConfig> => (await import('../config')).configFromEnvironment();
  switch (command) {
    case 'import': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { replace: { type: 'boolean', default: false } } });
      const [path] = positionals;
      if (path === undefined || positionals.length > 1) {
        io.err('usage: knooppunt import <dir|file.json|file.zip> [--replace]');
        return 2;
      }
      const { importCommand } = await import('./import-command');
      return withStore(await readConfig(), (store) => importCommand(store, path, values.replace ?? false, io), true);
    }
    case 'findings': {
      const [{ FINDING_QUERY_NAMES, FindingQueryError }, { findingsCommand }] = await Promise.all([
        import('../domain/finding-query'),
        import('./findings-command'),
      ]);
      const queryOptions = Object.fromEntries(FINDING_QUERY_NAMES.map((name) => [name, { type: 'string' as const }]));
      const { values } = parseArgs({ args: rest, options: { ...queryOptions, json: { type: 'boolean', default: false } } });
      const { json, ...query } = values as Record<string, string | boolean | undefined>;
      try {
        return await withStore(await readConfig(), (store) => findingsCommand(store, query as Record<string, string | undefined>, json === true, io));
      } catch (error) {
        if (!(error instanceof FindingQueryError)) throw error;
        io.err(`--${error.message}`);
        return 2;
      }
    }
    case 'export': {
      const { values } = parseArgs({
        args: rest,
        options: { format: { type: 'string' }, zone: { type: 'string' }, output: { type: 'string', short: 'o' } },
      });
      const config = await readConfig();
      const { exportCommand } = await import('./export-command');
      return withStore(config, (store) =>
        exportCommand(store, { format: values.format, zone: values.zone, output: values.output, appVersion: config.version }, io, process.stdout),
      );
    }
    case 'snapshot': {
      const { parseSnapshotArguments, snapshotCommand, SNAPSHOT_USAGE } = await import('./snapshot-command');
      const invocation = parseSnapshotArguments(rest);
      if (invocation === undefined) {
        io.err(SNAPSHOT_USAGE);
        return 2;
      }
      const config = await readConfig();
      return withStore(config, (store) => snapshotCommand(store, invocation, config.version, io));
    }
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { port: { type: 'string' }, demo: { type: 'boolean', default: false } } });
      const config = await readConfig();
      const { startFromConfig } = await import('../serve');
      const port = values.port === undefined ? config.port : Number(values.port);
      const running = await startFromConfig({ ...config, port }, { seedWithDemo: values.demo ?? false, host: process.env.HOST ?? '127.0.0.1', log: io.err });
      io.out(`Knooppunt ${config.version} (${running.store.backend} store in ${running.store.location})`);
      io.out(`open ${running.url}`);
      const stop = () => {
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return new Promise<number>(() => undefined);
    }
    case undefined:
    case 'help':
    case '--help':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

// exitCode, not exit(): stdout to a pipe is written asynchronously, and exit() would cut a long
// `findings --json` short. The process ends by itself once the output is flushed.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
