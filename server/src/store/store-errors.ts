// Errors a store raises when its backend cannot answer; the HTTP layer turns them into 503 problems.

/** The backend is down, unreachable or refuses us; the detail says which, in words a user understands. */
export class StoreUnavailableError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * The backend is up but refused the work for lack of a configured resource (Neo4j's transaction memory,
 * say). A kind of unavailability (503), since waiting or a larger setting helps; the detail names the
 * setting and what to do.
 */
export class StoreCapacityError extends StoreUnavailableError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'StoreCapacityError';
  }
}
