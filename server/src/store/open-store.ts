// Chooses the backend: Neo4j when NEO4J_URI is set, else the embedded store in KNOOPPUNT_DATA.
import { DEFAULT_RULE_PARAMETERS } from '../domain/findings';
import { EmbeddedStore } from './embedded/embedded-store';
import type { GraphStore } from './graph-store';
import type { Neo4jConfig } from './neo4j/neo4j-config';
import { Neo4jStore } from './neo4j/neo4j-store';

export interface StoreChoice {
  dataDir: string;
  neo4j?: Neo4jConfig;
  /** A writer's open: the embedded store's folder is locked against other writers until close. */
  exclusive?: boolean;
  /** A server's open: answers most requests need are computed ahead where the store computes slowly (Neo4j's findings), indexes built ahead (the embedded store's). */
  serving?: boolean;
}

export async function openStore(choice: StoreChoice): Promise<GraphStore> {
  if (choice.neo4j !== undefined) return new Neo4jStore(choice.neo4j, choice.serving ? { computeFindingsAhead: DEFAULT_RULE_PARAMETERS } : {});
  return EmbeddedStore.open(choice.dataDir, { exclusive: choice.exclusive ?? false, indexAhead: choice.serving ?? false });
}
