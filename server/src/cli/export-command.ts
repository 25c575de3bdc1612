// `knooppunt export --format F [--zone z] [-o file]`: the export on stdout, or written to a file that
// appears only once complete (a failed export leaves no half-written file behind).
import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMATS, isExportFormat } from '../domain/export-format';
import { zoneId } from '../domain/ids';
import { exportGraph } from '../export/export-graph';
import { streamFileAtomic } from '../store/embedded/atomic-file';
import type { GraphStore } from '../store/graph-store';
import type { CommandIo } from './import-command';

export interface ExportOptions {
  format: string | undefined;
  /** zone:<slug> or the bare slug; absent for the whole graph. */
  zone: string | undefined;
  output: string | undefined;
  appVersion: string;
}

export async function exportCommand(store: GraphStore, options: ExportOptions, io: CommandIo, stdout: Writable): Promise<number> {
  const { format, output } = options;
  if (format === undefined || !isExportFormat(format)) {
    io.err(`--format: expected one of ${EXPORT_FORMATS.join(', ')}${format === undefined ? '' : `, not "${format}"`}`);
    return 2;
  }
  const zone = options.zone === undefined || options.zone.startsWith('zone:') ? options.zone : zoneId(options.zone);
  const graphExport = await exportGraph(store, { format, appVersion: options.appVersion, ...(zone !== undefined ? { zone } : {}) });
  if (graphExport === undefined) {
    io.err(`--zone: zone "${zone ?? ''}" does not exist`);
    return 1;
  }
  if (output === undefined) {
    // end: false, because stdout is not ours to close.
    await pipeline(Readable.from(graphExport.chunks), stdout, { end: false });
    return 0;
  }
  await streamFileAtomic(output, graphExport.chunks);
  const { nodes, relationships } = graphExport.metadata.counts;
  io.out(`exported ${nodes} nodes and ${relationships} relationships as ${format} to ${output}`);
  return 0;
}
