// Neo4j connection settings from the environment (docs/configuration.md).

export interface Neo4jConfig {
  /** bolt://, bolt+s://, neo4j:// (routing, for clusters) or neo4j+s:// */
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
}

const SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

/** Undefined when NEO4J_URI is unset: then the embedded store is the backend. */
export function neo4jConfigFromEnvironment(environment: NodeJS.ProcessEnv = process.env): Neo4jConfig | undefined {
  const uri = environment.NEO4J_URI;
  if (uri === undefined || uri === '') return undefined;
  let scheme: string;
  try {
    scheme = new URL(uri).protocol;
  } catch {
    throw new Error(`NEO4J_URI: "${uri}" is not a URI (expected e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io)`);
  }
  if (!SCHEMES.includes(scheme)) {
    throw new Error(`NEO4J_URI: unsupported scheme "${scheme}" (expected one of ${SCHEMES.map((s) => `${s}//`).join(', ')})`);
  }
  const database = environment.NEO4J_DATABASE;
  return {
    uri,
    user: environment.NEO4J_USER ?? 'neo4j',
    password: environment.NEO4J_PASSWORD ?? '',
    ...(database ? { database } : {}),
  };
}
