// Turns the driver's errors into what a user can act on: Neo4j is unreachable, refuses our credentials,
// or lacks the memory (or another configured limit) for the work.
import { Neo4jError } from 'neo4j-driver';
import { StoreCapacityError, StoreUnavailableError } from '../store-errors';
import type { Neo4jConfig } from './neo4j-config';

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Neo4j's limits, by error code: the setting that caps it and what to do about it. */
const CAPACITY_LIMITS: Record<string, { setting: string; advice: string }> = {
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError': {
    setting: 'dbms.memory.transaction.total.max',
    advice: 'the transactions running together need more memory than that setting allows; raise it in neo4j.conf (or the Aura plan), or retry when fewer transactions run',
  },
  'Neo.TransientError.General.TransactionMemoryLimit': {
    setting: 'db.memory.transaction.max',
    advice: 'one transaction needs more memory than that setting allows; raise it in neo4j.conf',
  },
  'Neo.TransientError.General.OutOfMemoryError': {
    setting: 'server.memory.heap.max_size',
    advice: 'Neo4j ran out of heap; give it a larger heap in neo4j.conf',
  },
};

/** The setting a Neo4j capacity error names, if it is one (also recognised by the text, for wrapped errors). */
export function capacityLimit(error: unknown): { setting: string; advice: string } | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const known = CAPACITY_LIMITS[error.code];
  if (known) return known;
  return Object.values(CAPACITY_LIMITS).find(({ setting }) => error.message.includes(`${setting} threshold reached`));
}

export function translateNeo4jError(error: unknown, config: Neo4jConfig): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNREACHABLE_CODES.has(error.code)) {
    return new StoreUnavailableError(`Neo4j at ${config.uri} is unreachable: ${error.message}`, { cause: error });
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError(`authentication failed for user "${config.user}" at ${config.uri}: check NEO4J_USER and NEO4J_PASSWORD`, {
      cause: error,
    });
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(`database "${config.database ?? ''}" does not exist at ${config.uri}: check NEO4J_DATABASE`, { cause: error });
  }
  const limit = capacityLimit(error);
  if (limit) {
    return new StoreCapacityError(`Neo4j at ${config.uri} refused the work: ${limit.setting} reached (${limit.advice})`, { cause: error });
  }
  return error;
}
