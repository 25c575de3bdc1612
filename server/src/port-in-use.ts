// A busy port is the most common reason a start fails: one Dutch line that says what to do, instead of
// EADDRINUSE and a stack trace, and found before the store is opened and the demo imported.
import { createServer } from 'node:net';

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`poort ${port} is bezet; zet PORT=… om een andere te kiezen`);
    this.name = 'PortInUseError';
  }
}

/** True for the error a listen on a port another process holds ends in. */
export function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

/**
 * Resolves when `port` on `host` can be listened on now, and rejects with PortInUseError when another
 * process holds it. Port 0 (any free port) always can. The real listen maps its error the same way,
 * for a port taken between this check and the listen.
 */
export function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(isAddressInUse(error) ? new PortInUseError(port) : error));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolvePromise()));
  });
}
