import { createServer, type AddressInfo } from 'node:net';

function isFree(port: number, host: string): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .listen(port, host, () => probe.close(() => done(true)));
  });
}

function anyFreePort(host: string): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
      .once('error', fail)
      .listen(0, host, () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => done(port));
      });
  });
}

/**
 * The first of `candidates` that can be listened on at `host` now, else one the system picks.
 * A port found free can be taken before its caller listens: acceptable for local test and bench
 * servers, which fail loudly on a port in use.
 */
export async function freePort(candidates: Iterable<number> = [], host = '127.0.0.1'): Promise<number> {
  for (const port of candidates) if (await isFree(port, host)) return port;
  return anyFreePort(host);
}

/** `from` to `to`, both included: a port range for `freePort`. */
export function portRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
