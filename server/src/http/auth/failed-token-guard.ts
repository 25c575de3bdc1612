// Failed token attempts per client, so the write token cannot be guessed at a thousand tries a second:
// after `attempts` failures within `windowSeconds` the client gets 429 with Retry-After for
// `blockSeconds`, whatever token it sends. rate-limiter-flexible keeps the counters (in memory, each
// expiring with its window), a well-kept library for exactly this.
import type { Context } from 'hono';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface FailedTokenLimits {
  readonly attempts: number;
  readonly windowSeconds: number;
  readonly blockSeconds: number;
}

export const DEFAULT_FAILED_TOKEN_LIMITS: FailedTokenLimits = { attempts: 10, windowSeconds: 60, blockSeconds: 300 };

/** The client's address as Node saw the connection; in-process requests (tests) share one key. */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'in-process';
}

export class FailedTokenGuard {
  private readonly limiter: RateLimiterMemory;
  private readonly limits: FailedTokenLimits;

  constructor(limits: FailedTokenLimits = DEFAULT_FAILED_TOKEN_LIMITS) {
    this.limits = limits;
    this.limiter = new RateLimiterMemory({ points: limits.attempts, duration: limits.windowSeconds });
  }

  /** Seconds until `client` may try again, or undefined while it still may. */
  async retryAfter(client: string): Promise<number | undefined> {
    const state = await this.limiter.get(client);
    if (state === null || state.consumedPoints < this.limits.attempts) return undefined;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  /** Counts a failed attempt; the one that reaches the limit blocks the client for blockSeconds. */
  async failed(client: string): Promise<void> {
    const state = await this.limiter.consume(client).catch((refusal: unknown) => {
      // A rejection with a RateLimiterRes only says the client is over the limit already.
      if (refusal instanceof RateLimiterRes) return refusal;
      throw refusal;
    });
    if (state.remainingPoints === 0) await this.limiter.block(client, this.limits.blockSeconds);
  }
}
