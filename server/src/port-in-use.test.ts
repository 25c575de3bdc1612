import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree, PortInUseError } from './port-in-use';

let holder: Server | undefined;
afterEach(async () => {
  await new Promise((resolvePromise) => (holder ? holder.close(resolvePromise) : resolvePromise(undefined)));
  holder = undefined;
});

function holdPort(): Promise<number> {
  return new Promise((resolvePromise) => {
    holder = createServer().listen(0, '127.0.0.1', () => resolvePromise((holder!.address() as { port: number }).port));
  });
}

describe('assertPortFree', () => {
  it('rejects a port another server holds with the Dutch line that names it', async () => {
    const port = await holdPort();
    const refusal = await assertPortFree(port, '127.0.0.1').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PortInUseError);
    expect((refusal as Error).message).toBe(`poort ${port} is bezet; zet PORT=… om een andere te kiezen`);
  });

  it('accepts a port once it is free again, and leaves it free', async () => {
    const port = await holdPort();
    await new Promise((resolvePromise) => holder!.close(resolvePromise));
    holder = undefined;
    await expect(assertPortFree(port, '127.0.0.1')).resolves.toBeUndefined();
    holder = createServer();
    await new Promise<void>((resolvePromise) => holder!.listen(port, '127.0.0.1', () => resolvePromise()));
    expect((holder.address() as { port: number }).port).toBe(port);
  });
});
