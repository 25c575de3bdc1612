// Reading Knooppunt's own JSON graph document back (docs/import-format.md) at Flanders or ten-fold scale: a
// valid document, and one whose every node carries an unknown attribute (an error per node, so the error
// cap of domain/import-error.ts is what keeps the answer small). Beside each, JSON.parse of the same text
// as the baseline measured in the same run: what the import costs over reading the JSON at all.
// Run: pnpm bench graph-import   (or: pnpm exec tsx tests/bench/graph-document-import.bench.ts [--scale tenfold] [--repeat 5])
import { parseArgs } from 'node:util';
import { generateDataset, type GeneratorScale } from '@knooppunt/fixtures/generate/generate-dataset';
import { documentEdge, documentNode, GRAPH_DOCUMENT_OPTIONS, exportMetadata } from '@knooppunt/server/domain/graph-document';
import { DatasetValidationError } from '@knooppunt/server/domain/import-error';
import { datasetToGraph } from '@knooppunt/server/graph/dataset-to-graph';
import { parseDatasetJson } from '@knooppunt/server/import/json';
import { printTable, timed } from './support';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'flanders' }, seed: { type: 'string', default: '42' }, repeat: { type: 'string', default: '5' } },
});
const repeat = Number(values.repeat);

const generated = await generateDataset({ seed: Number(values.seed), scale: values.scale as GeneratorScale });
const graph = datasetToGraph(generated);
const metadata = exportMetadata({
  exportedAt: new Date(0).toISOString(),
  appVersion: 'bench',
  filter: {},
  backend: 'embedded',
  counts: { nodes: graph.nodes.length, relationships: graph.relationships.length },
});

/** One element per line, as the JSON export writes it, so every error has a line of its own. */
function documentText(nodes: object[], edges: object[]): string {
  const lines = (elements: object[]) => elements.map((element) => JSON.stringify(element)).join(',\n');
  const head = JSON.stringify({ attributes: { knooppunt: metadata }, options: GRAPH_DOCUMENT_OPTIONS }).slice(0, -1);
  return `${head},"nodes":[\n${lines(nodes)}\n],"edges":[\n${lines(edges)}\n]}`;
}

const nodes = graph.nodes.map(documentNode);
const edges = graph.relationships.map(documentEdge);
const documents = {
  valid: documentText(nodes, edges),
  'unknown attribute on every node': documentText(
    nodes.map((node) => ({ ...node, attributes: { ...node.attributes, colour: 'red' } })),
    edges,
  ),
};

/** The median of `repeat` runs of `work`: wall-clock and CPU milliseconds (CPU time is steadier on a shared machine). */
async function median(work: () => unknown): Promise<{ ms: number; cpuMs: number }> {
  const runs: { ms: number; cpuMs: number }[] = [];
  for (let run = 0; run < repeat; run++) {
    const cpu = process.cpuUsage();
    const { ms } = await timed(work);
    const used = process.cpuUsage(cpu);
    runs.push({ ms, cpuMs: (used.user + used.system) / 1000 });
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ms: middle(runs.map((run) => run.ms)), cpuMs: middle(runs.map((run) => run.cpuMs)) };
}

/** The import's outcome: the rows read, or how many errors it kept and counted. */
function outcome(text: string): string {
  try {
    const dataset = parseDatasetJson(text, 'export.json');
    return `${dataset.municipalities.length + dataset.organisations.length + dataset.offers.length} rows of nodes`;
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    return `${error.errors.length} errors kept, ${error.omitted} counted`;
  }
}

console.log(`dataset: ${values.scale}, seed ${values.seed}: ${nodes.length} nodes, ${edges.length} relationships; median of ${repeat} runs`);
const rows = [];
for (const [name, text] of Object.entries(documents)) {
  const parse = await median(() => JSON.parse(text));
  const read = await median(() => outcome(text));
  rows.push({
    document: name,
    MB: Math.round(text.length / 1e5) / 10,
    'JSON.parse ms': Math.round(parse.ms),
    'import ms': Math.round(read.ms),
    'JSON.parse CPU ms': Math.round(parse.cpuMs),
    'import CPU ms': Math.round(read.cpuMs),
    'import / JSON.parse (CPU)': Math.round((read.cpuMs / parse.cpuMs) * 10) / 10,
    outcome: outcome(text),
  });
}
printTable('graph document import', rows);
