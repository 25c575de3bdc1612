// Turns the driver's errors into what a user can act on: Neo4j is unreachable, or refuses our credentials.
import { Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../store-errors';
import type { Neo4jConfig } from './neo4j-config';

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

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
  return error;
}
