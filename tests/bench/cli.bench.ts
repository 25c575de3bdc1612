// The command line's start-up cost (issue 13: `knooppunt --help` within 3× a bare `node -e ''`), both
// measured as whole processes in the same run, interleaved so load on the machine hits both alike; and
// `findings --json` on a generated Flanders-scale store, compiled (server/dist) beside the TypeScript
// sources through tsx, as the CLI ran before.
// Run: pnpm bench cli   (or: node server/scripts/build.mjs && pnpm exec tsx tests/bench/cli.bench.ts [--runs 15] [--findings-runs 3] [--no-findings])
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { openStore } from '@knooppunt/server/store/open-store';
import { percentile, printTable } from './support';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, 'findings-runs': { type: 'string', default: '3' }, 'no-findings': { type: 'boolean', default: false } },
});
const repository = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repository, 'server', 'bin', 'knooppunt.js');
const shim = join(repository, 'node_modules', '.bin', 'knooppunt');
const sourceCli = join(repository, 'server', 'src', 'cli', 'main.ts');

execFileSync(process.execPath, ['server/scripts/build.mjs'], { cwd: repository, stdio: 'inherit' });

interface Command {
  label: string;
  file: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** Wall time of one whole process, from spawn to exit, in ms; a failing command stops the bench. */
function wallTime(command: Command): number {
  const started = performance.now();
  const result = spawnSync(command.file, command.args, { cwd: repository, env: command.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command.label} exited with ${result.status}: ${result.stderr.toString()}`);
  return ms;
}

/** Runs the commands in turn, `runs` rounds, and reports each one's median and range beside the first's. */
function compare(title: string, commands: Command[], runs: number): void {
  const times = commands.map(() => [] as number[]);
  for (const command of commands) wallTime(command); // warms the file cache, not counted
  for (let round = 0; round < runs; round += 1) {
    commands.forEach((command, index) => times[index]!.push(wallTime(command)));
  }
  const medians = times.map((list) => percentile([...list].sort((a, b) => a - b), 0.5));
  printTable(
    `${title} (${runs} runs each, interleaved)`,
    commands.map((command, index) => {
      const sorted = [...times[index]!].sort((a, b) => a - b);
      return {
        command: command.label,
        'median ms': Math.round(medians[index]!),
        'min ms': Math.round(sorted[0]!),
        'max ms': Math.round(sorted.at(-1)!),
        'ratio to first': Number((medians[index]! / medians[0]!).toFixed(2)),
      };
    }),
  );
}

const runs = Number(values.runs);
compare(
  'knooppunt --help beside a bare node start (target: ratio ≤ 3 for the bin)',
  [
    { label: "node -e ''", file: process.execPath, args: ['-e', ''] },
    { label: 'node server/bin/knooppunt.js --help', file: process.execPath, args: [bin, '--help'] },
    { label: 'node_modules/.bin/knooppunt --help (sh shim)', file: shim, args: ['--help'] },
    { label: 'before: node --import tsx server/src/cli/main.ts --help', file: process.execPath, args: ['--import', 'tsx', sourceCli, '--help'] },
  ],
  runs,
);

if (!values['no-findings']) {
  const folder = await mkdtemp(join(tmpdir(), 'knooppunt-cli-bench-'));
  try {
    const dataDir = join(folder, 'data');
    const store = await openStore({ dataDir, exclusive: true });
    await store.importDataset(generateDataset({ seed: 42, scale: 'flanders' }), { replace: true });
    const counts = await store.counts();
    await store.close();
    console.log(`\nFlanders scale (seed 42): ${counts.nodes} nodes, ${counts.relationships} relationships in ${dataDir}`);
    const env = { ...process.env, KNOOPPUNT_DATA: dataDir, NEO4J_URI: '' };
    compare(
      'findings --json as a whole process, Flanders scale, embedded store',
      [
        { label: 'compiled: node server/bin/knooppunt.js findings --json', file: process.execPath, args: [bin, 'findings', '--json'], env },
        { label: 'before: node --import tsx server/src/cli/main.ts findings --json', file: process.execPath, args: ['--import', 'tsx', sourceCli, 'findings', '--json'], env },
      ],
      Number(values['findings-runs']),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
