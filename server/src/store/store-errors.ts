// Errors a store raises when its backend cannot answer; the HTTP layer turns them into 503 problems.

/** The backend is down, unreachable or refuses us; the detail says which, in words a user understands. */
export class StoreUnavailableError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'StoreUnavailableError';
  }
}
