// Reads the map's municipality boundaries (fixtures/geo/municipalities-2025.topo.json), checked once at start.
import { readOptionalText } from './optional-text';

/**
 * The TopoJSON text, sent to browsers as it is. A missing file gives none (the map then says it has no
 * shapes); a file that is not a TopoJSON topology with a `municipalities` object is an error at start.
 */
export async function readBoundaries(path: string): Promise<string | undefined> {
  const text = await readOptionalText(path);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message})`);
  }
  const topology = parsed as { type?: unknown; objects?: { municipalities?: { type?: unknown } } };
  if (topology.type !== 'Topology' || topology.objects?.municipalities?.type !== 'GeometryCollection') {
    throw new Error(`${path}: expected a TopoJSON Topology with a "municipalities" GeometryCollection`);
  }
  return text;
}
