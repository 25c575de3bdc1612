// Configuration from the environment (docs/configuration.md), read once at the edge and passed down as a value.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repositoryRoot } from './repository-root';
import { neo4jConfigFromEnvironment, type Neo4jConfig } from './store/neo4j/neo4j-config';

export const DEFAULT_PORT = 5173;

export interface KnooppuntConfig {
  dataDir: string;
  /** Set when NEO4J_URI is: Neo4j is then the backend instead of the embedded store. */
  neo4j?: Neo4jConfig;
  port: number;
  token?: string;
  /** KNOOPPUNT_CORS_ORIGINS, comma-separated: pages of these origins may call the API; none by default. */
  corsOrigins: string[];
  webDist: string;
  centroidsFile: string;
  /** The map's municipality boundaries (TopoJSON). */
  boundariesFile: string;
  demoDataset: string;
  version: string;
}

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot(), 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT: "${raw}" is not a port number (0-65535)`);
  return port;
}

function parseOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin === '*' || !/^https?:\/\/[^/]+$/.test(origin)) {
      throw new Error(`KNOOPPUNT_CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path, no *)`);
    }
  }
  return origins;
}

export function configFromEnvironment(environment: NodeJS.ProcessEnv = process.env): KnooppuntConfig {
  const root = repositoryRoot();
  const token = environment.KNOOPPUNT_TOKEN;
  const neo4j = neo4jConfigFromEnvironment(environment);
  return {
    dataDir: resolve(environment.KNOOPPUNT_DATA ?? '.knooppunt'),
    ...(neo4j ? { neo4j } : {}),
    port: parsePort(environment.PORT),
    ...(token ? { token } : {}),
    corsOrigins: parseOrigins(environment.KNOOPPUNT_CORS_ORIGINS),
    webDist: join(root, 'web', 'dist'),
    centroidsFile: join(root, 'fixtures', 'geo', 'municipality-centroids.csv'),
    boundariesFile: join(root, 'fixtures', 'geo', 'municipalities-2025.topo.json'),
    demoDataset: join(root, 'fixtures', 'demo'),
    version: readVersion(),
  };
}
